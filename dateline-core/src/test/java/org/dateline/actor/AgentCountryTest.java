package org.dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.actor.ActorMentions.code;
import static org.dateline.actor.ActorMentions.mention;

import java.time.LocalDate;
import java.util.List;
import org.dateline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Agents named without a country ("police", "the rebels") and ethnic groups take the country their text gives. */
class AgentCountryTest {
    private static final EntityRecognizer BUILT_IN = EntityRecognizer.builtIn();
    private static final LocalDate DATE = LocalDate.of(2012, 5, 14);

    private static List<Entity> recognize(String text) {
        return BUILT_IN.recognize(TextAnalyzer.analyze(text), DATE);
    }


    @Test
    void anAgentAloneTakesTheCountryTheSentenceIsAbout() {
        List<Entity> es = recognize("Kenya's interior minister said police would not allow the rally, and opposition "
                + "leaders vowed to march anyway.");
        assertThat(code(es, "police")).isEqualTo("KENCOP");
        assertThat(code(es, "opposition leaders")).isEqualTo("KENOPP");
    }

    @Test
    void anAgentPlacedInACountryTakesThatCountry() {
        List<Entity> es = recognize("Police in Karachi detained dozens of protesters after clashes on Friday.");
        assertThat(code(es, "Police in Karachi")).isEqualTo("PAKCOP");
        assertThat(code(es, "protesters")).isEqualTo("PAKOPP");
        // "The United States accused rebels in Syria": the place beats the country named first.
        assertThat(code(recognize("The United States accused rebels in Syria of shelling a market."), "rebels in Syria"))
                .startsWith("SYR");
    }

    @Test
    void aCountryNamedAsTheObjectOfAnActIsNotTheAgentsOwn() {
        List<Entity> es = recognize("Activists called for sanctions against Myanmar.");
        assertThat(mention(es, "Activists")).isEmpty();
        // A country named later in the agent's own clause is.
        assertThat(code(recognize("The rebel group insisted on its demands that Burundi grant more rights."),
                "The rebel group")).isEqualTo("BDIREB");
    }

    @Test
    void aTitleBeforeAnUnknownNameTakesTheSentencesCountry() {
        List<Entity> es = recognize("The Malawian rebels said they would free Minister Kandodo Phiri on Sunday.");
        assertThat(code(es, "Minister Kandodo Phiri")).isEqualTo("MWIGOV");
    }

    @Test
    void anAgentRightAfterAnOrganisationBelongsToIt() {
        List<Entity> es = recognize("Britain called up reservists on Tuesday while UN arms inspectors said they needed more time.");
        assertThat(code(es, "inspectors")).startsWith("IGO");
        // Not across a verb: the government the EU urges is no EU body.
        List<Entity> eu = recognize("The European Union urged the government to release jailed journalists.");
        assertThat(eu).noneMatch(e -> e.text().contains("government") && e.actor() != null
                && e.actor().code().startsWith("IGO"));
    }

    @Test
    void doersTheTextCallsUnidentifiedGetNoCountry() {
        List<Entity> es = recognize("Unidentified gunmen killed three Kenyan soldiers near the border on Sunday.");
        assertThat(es).noneMatch(e -> e.text().contains("gunmen") && e.actor() != null
                && e.actor().code().startsWith("KEN"));
        // Named doers of the same act still take the sentence's country.
        assertThat(code(recognize("Kenyan police said rebels killed three soldiers near the border."), "rebels"))
                .isEqualTo("KENREB");
    }

    @Test
    void theSentenceBeforeGivesTheCountryWhenThisOneNamesNone() {
        List<Entity> es = recognize("Floods hit northern Peru on Monday. Rescuers said police closed the roads.");
        assertThat(code(es, "police")).isEqualTo("PERCOP");
    }

    @Test
    void anAgentUsedAsAModifierOrAThingIsNoActor() {
        List<Entity> es = recognize("Thailand received military aid and police equipment from Japan.");
        assertThat(es).noneMatch(e -> e.text().contains("police") || e.text().contains("military"));
        List<Entity> village = recognize("Floods in Bangladesh destroyed a village and cut off communities.");
        assertThat(village).noneMatch(e -> e.text().contains("village") || e.text().contains("communities"));
    }

    @Test
    void anEthnicGroupIsCodedWithTheStateItLivesIn() {
        List<Entity> es = recognize("Ethnic Hungarians in Romania rallied for autonomy on Sunday.");
        assertThat(code(es, "Hungarians")).isEqualTo("ROUETH");
        // An adjective of a state before a people of several states gives its state.
        assertThat(code(recognize("Iraqi Kurds voted in a referendum."), "Iraqi Kurds")).isEqualTo("IRQETH");
        // With no other state in sight the group keeps the one its name gives.
        assertThat(code(recognize("Ethnic Albanians marched through the town."), "Albanians")).startsWith("ALB");
    }

    @Test
    void aCitySharedByTwoStatesIsTheOneOfTheStateTheSentenceNames() {
        assertThat(codeOfPlace(recognize("Gunmen attacked a bank in Hyderabad on Monday, the Pakistani police said."),
                "Hyderabad")).startsWith("PAK");
        assertThat(codeOfPlace(recognize("Floods closed schools in Hyderabad on Monday."), "Hyderabad")).startsWith("IND");
    }

    /** The code of the mention naming {@code place}, alone or ending a compound ("schools in Hyderabad"). */
    private static String codeOfPlace(List<Entity> entities, String place) {
        return entities.stream().filter(e -> e.text().endsWith(place) && e.actor() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no coded mention of " + place + " in " + entities)).actor().code();
    }

    @Test
    void shortDemonymsHavePluralsToo() {
        List<Entity> es = recognize("Turks and Poles queued at the border while Thais waited in Bangkok.");
        assertThat(code(es, "Turks")).isEqualTo("TUR");
        assertThat(code(es, "Poles")).isEqualTo("POL");
        assertThat(code(es, "Thais")).isEqualTo("THA");
        // A four-letter acronym grows no plural.
        assertThat(mention(recognize("Both NATOs were discussed."), "NATOs").map(Entity::actor).orElse(null)).isNull();
    }

    @Test
    void arabicNamesWithALowerCaseArticleAreFound() {
        assertThat(code(recognize("The attack was claimed by al-Qaeda."), "al-Qaeda")).startsWith("IMG");
    }

    @Test
    void petrarchsConventionKeepsUnnamedAgentsUncoded() {
        List<Entity> es = BUILT_IN.recognize(TextAnalyzer.analyze("Kenya's interior minister said police would not "
                + "allow the rally."), DATE, true);
        assertThat(code(es, "police")).isEqualTo("---COP");
    }
}
