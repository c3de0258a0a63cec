package org.dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.actor.ActorMentions.code;
import static org.dateline.actor.ActorMentions.mention;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.DatelineException;
import org.dateline.Problem;
import org.dateline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityRecognizerTest {
    private static final EntityRecognizer BUILT_IN = EntityRecognizer.builtIn();

    private static List<Entity> recognize(String text, LocalDate date) {
        return BUILT_IN.recognize(TextAnalyzer.analyze(text), date);
    }


    @Test
    void titlesWithNamesCombineIntoOneGovernmentMention() {
        List<Entity> es = recognize("French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on "
                + "Monday to discuss energy prices.", LocalDate.of(2022, 3, 7));
        assertThat(code(es, "French President Emmanuel Macron")).isEqualTo("FRAGOV");
        assertThat(code(es, "German Chancellor Olaf Scholz")).isEqualTo("DEUGOV");
        assertThat(mention(es, "German Chancellor Olaf Scholz").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(mention(es, "Berlin").orElseThrow().type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void rolesFollowTheStoryDate() {
        String text = "Joe Biden spoke to reporters in Delaware.";
        assertThat(code(recognize(text, LocalDate.of(2015, 6, 1)), "Joe Biden")).isEqualTo("USAGOV");
        assertThat(code(recognize(text, LocalDate.of(2019, 6, 1)), "Joe Biden")).isEqualTo("USAELI");
        assertThat(code(recognize(text, LocalDate.of(2021, 6, 1)), "Joe Biden")).isEqualTo("USAGOV");
    }

    @Test
    void aTitleBeforeASurnameFindsThePersonsCountry() {
        // The dictionaries list full names only; the surname after a title is enough when it names one country.
        List<Entity> es = recognize("Opposition leaders accused President Mugabe of rigging the vote, while Prime "
                + "Minister Netanyahu stayed silent.", LocalDate.of(2010, 3, 1));
        assertThat(code(es, "President Mugabe")).isEqualTo("ZWEGOV");
        assertThat(code(es, "Prime Minister Netanyahu")).isEqualTo("ISRGOV");
        // A slip of one letter in a long surname still finds its owner.
        assertThat(code(recognize("President Francois Mitterand welcomed the delegation.", LocalDate.of(1990, 5, 1)),
                "President Francois Mitterand")).isEqualTo("FRAGOV");
        // A surname borne in several countries names none.
        List<Entity> kim = recognize("President Kim arrived in the capital.", LocalDate.of(2005, 3, 1));
        assertThat(mention(kim, "President Kim").map(Entity::actor).orElse(null)).isNull();
    }

    @Test
    void leadersAfter2015HoldTheirOfficesOnlyBetweenTheirDates() {
        String text = "Giorgia Meloni and Kaja Kallas discussed the grain deal with Mark Carney.";
        List<Entity> before = recognize(text, LocalDate.of(2020, 6, 1));
        assertThat(code(before, "Giorgia Meloni")).isEqualTo("ITALEG");
        assertThat(code(before, "Kaja Kallas")).isEqualTo("ESTELI");
        assertThat(code(before, "Mark Carney")).isEqualTo("CANELI");
        List<Entity> after = recognize(text, LocalDate.of(2025, 6, 1));
        assertThat(code(after, "Giorgia Meloni")).isEqualTo("ITAGOV");
        assertThat(code(after, "Kaja Kallas")).isEqualTo("IGOEUREEC");
        assertThat(code(after, "Mark Carney")).isEqualTo("CANGOV");
        // An office closed by its holder's successor: Netanyahu was out of office between June 2021 and December 2022.
        assertThat(code(recognize("Benjamin Netanyahu addressed the rally.", LocalDate.of(2022, 3, 1)),
                "Benjamin Netanyahu")).isEqualTo("ISRELI");
    }

    @Test
    void organisationsAndStatesTheOldDictionariesMiss() {
        List<Entity> es = recognize("The African Union and the European Community sent observers to Serbia, "
                + "Montenegro and East Timor.", LocalDate.of(2004, 1, 1));
        assertThat(code(es, "The African Union")).startsWith("IGO");
        assertThat(code(es, "the European Community")).isEqualTo("IGOEUREEC");
        // ISO 3166 codes, as PLOVER uses them, not Phoenix's federation-member codes.
        assertThat(code(es, "Serbia")).isEqualTo("SRB");
        assertThat(code(es, "Montenegro")).isEqualTo("MNE");
        assertThat(code(es, "East Timor")).isEqualTo("TLS");
    }

    @Test
    void peoplesOfOneStateAreCodedWithThatState() {
        List<Entity> es = recognize("Yoruba leaders and Chechen refugees met Kurdish activists.", LocalDate.of(2001, 1, 1));
        assertThat(code(es, "Yoruba leaders")).startsWith("NGA");
        assertThat(code(es, "Chechen refugees")).startsWith("RUS");
        // Kurds live in four states: no country is guessed.
        assertThat(mention(es, "Kurdish activists").map(Entity::actor).map(Actor::code).orElse("none")).doesNotStartWith("TUR");
    }

    @Test
    void aLanguageIsNoActor() {
        List<Entity> es = recognize("Latvia's court lifted limits on the Russian language in schools, angering Russian "
                + "officials.", LocalDate.of(2010, 5, 1));
        assertThat(mention(es, "Russian").map(Entity::actor).orElse(null)).isNull();
        assertThat(code(es, "Russian officials")).startsWith("RUS");
    }

    @Test
    void aTitleInTheTextBeatsAStaleDictionaryRole() {
        // Phoenix (2014) does not know that Scholz led Germany; the title in the sentence says so.
        List<Entity> es = recognize("Chancellor Olaf Scholz rejected the proposal.", LocalDate.of(2023, 1, 10));
        assertThat(code(es, "Chancellor Olaf Scholz")).isEqualTo("DEUGOV");
    }

    @Test
    void capitalsActAsGovernmentsButAreOtherwisePlaces() {
        List<Entity> es = recognize("Beijing warned Tokyo against any provocation. Talks were held in Tokyo later.",
                LocalDate.of(2020, 5, 5));
        assertThat(es).filteredOn(e -> e.text().equals("Tokyo")).extracting(Entity::type)
                .containsExactly(EntityType.COUNTRY, EntityType.PLACE);
        assertThat(code(es, "Beijing")).isEqualTo("CHN");
        // A place keeps its country as actor, so "arrived in Tokyo" can target Japan.
        assertThat(es).filteredOn(e -> e.type() == EntityType.PLACE).extracting(e -> e.actor().code()).containsExactly("JPN");
    }

    @Test
    void possessiveRolesTakeTheCountryOfTheirPrincipal() {
        List<Entity> es = recognize("Erdogan's spokesman said Ankara would not change course.", LocalDate.of(2019, 2, 1));
        assertThat(code(es, "Erdogan's spokesman")).isEqualTo("TURGOV");
        List<Entity> es2 = recognize("The Macron government faced protests, a French official said.", LocalDate.of(2019, 2, 1));
        assertThat(code(es2, "The Macron government")).isEqualTo("FRAGOV");
        assertThat(code(es2, "a French official")).isEqualTo("FRAGOV");
        assertThat(code(es2, "a French official")).isEqualTo("FRAGOV");
    }

    @Test
    void seatsOfGovernmentAndNationalityAdjectives() {
        List<Entity> es = recognize("The White House said Russian troops had moved, and the Kremlin denied it.",
                LocalDate.of(2022, 1, 20));
        assertThat(code(es, "The White House")).isEqualTo("USAGOV");
        assertThat(code(es, "the Kremlin")).isEqualTo("RUSGOV");
        assertThat(code(es, "Russian troops")).isEqualTo("RUSMIL");
    }

    @Test
    void unknownNamesAreFoundWithoutAnActor() {
        List<Entity> es = recognize("Maria Kovacs, who runs a bakery in Szeged, said the Danube Fishing Association "
                + "had complained.", LocalDate.of(2021, 1, 1));
        Entity person = mention(es, "Maria Kovacs").orElseThrow();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.actor()).isNull();
        assertThat(mention(es, "Danube Fishing Association").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(mention(es, "Szeged").orElseThrow().type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Kenyan police said on Tuesday that U.S. Secretary of State Antony Blinken would visit Nairobi.";
        for (Entity e : recognize(text, LocalDate.of(2023, 3, 1))) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
    }

    @Test
    void dictionariesFromFilesReplaceTheBuiltInOnesAndReportBadLines(@TempDir Path dir) throws Exception {
        Path actors = dir.resolve("mini.actors.txt");
        Files.writeString(actors, String.join("\n",
                "# a small actor file",
                "FREEDONIA_ [FRD]",
                "+FREEDONIAN_",
                "RUFUS_FIREFLY_",
                "\t[FRDGOV 19330101-19331231]",
                "\t[FRDELI]",
                "SYLVANIA_ [SYL]",
                "\t[SYLGOV 1933xx01-19340101]",
                "+",
                ""));
        EntityRecognizer r = EntityRecognizer.load(List.of(actors), null);
        List<String> mine = r.warnings().stream().filter(w -> w.contains("mini.actors.txt")).toList();
        assertThat(mine).hasSize(2);
        assertThat(mine.get(0)).contains("line 8").contains("E008");
        assertThat(mine.get(1)).contains("line 9");
        List<Entity> es = r.recognize(TextAnalyzer.analyze("Rufus Firefly insulted the Freedonian ambassador."),
                LocalDate.of(1933, 6, 1));
        assertThat(code(es, "Rufus Firefly")).isEqualTo("FRDGOV");
        assertThat(code(es, "the Freedonian ambassador")).isEqualTo("FRDGOV");
        List<Entity> later = r.recognize(TextAnalyzer.analyze("Rufus Firefly retired."), LocalDate.of(1950, 1, 1));
        assertThat(code(later, "Rufus Firefly")).isEqualTo("FRDELI");
        assertThat(code(r.recognize(TextAnalyzer.analyze("Moscow said nothing."), null), "Moscow")).isNull();
    }

    @Test
    void anUnreadableDictionaryIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> EntityRecognizer.load(List.of(dir.resolve("missing.txt")), null))
                .isInstanceOf(DatelineException.class)
                .satisfies(e -> assertThat(((DatelineException) e).problem()).isEqualTo(Problem.E009));
    }

    @Test
    void theBuiltInDictionariesAreReadOnce() {
        assertThat(EntityRecognizer.builtIn()).isSameAs(EntityRecognizer.builtIn());
        assertThat(EntityRecognizer.load(null, null)).isSameAs(EntityRecognizer.builtIn());
    }
}
