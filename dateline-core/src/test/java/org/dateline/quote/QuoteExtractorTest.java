package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.actor.Actor;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityType;
import org.dateline.text.TextAnalyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {
    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builtIn();

    private static List<Quote> extract(String text) {
        return extract(text, List.of());
    }

    private static List<Quote> extract(String text, List<Entity> entities) {
        List<Quote> quotes = EXTRACTOR.extract(TextAnalyzer.analyze(text), entities);
        for (Quote q : quotes) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            if (q.speaker() != null) assertThat(q.speaker().end()).isGreaterThan(q.speaker().start());
        }
        return quotes;
    }

    private static Quote containing(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote containing '" + words + "' in " + quotes));
    }

    private static String speakerName(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    @Test
    void reportedSpeechWithoutSpeakerPhraseTakesTheSentencesSubject() {
        String text = "Harbour fees rise again\n\nThe port authority under Paula Moreno raised its fees again on "
                + "Tuesday.\n\nMoreno shot back in a statement, saying she\u2019s \u201Cnever lost money in a season.\u201D";
        Quote q = containing(extract(text), "lost money");
        assertThat(q.speaker()).isNotNull();
        assertThat(q.speaker().name()).isEqualTo("Paula Moreno");
    }

    @Test
    void aSubjectJoinedByAndSpeaksAsAWhole() {
        String text = "The European Union and its partners have repeatedly warned that the fishing ban would hurt coastal towns.";
        Quote q = containing(extract(text), "fishing ban");
        assertThat(q.speaker()).isNotNull();
        assertThat(text.substring(q.speaker().mentionStart(), q.speaker().mentionEnd())).isEqualTo("The European Union and its partners");
    }

    @Test
    void straightQuotesWithInvertedCueAndApposition() {
        String text = "\"We will not back down,\" said Maria Lopez, the mayor of Springfield. "
                + "\"This city deserves better than a closed factory.\"";
        List<Quote> quotes = extract(text);
        assertThat(quotes).hasSize(2);
        Quote first = quotes.get(0);
        assertThat(first.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(first.text()).isEqualTo("We will not back down");
        assertThat(first.cue()).isEqualTo("said");
        assertThat(first.speaker().name()).isEqualTo("Maria Lopez");
        assertThat(first.speaker().role()).isEqualTo("the mayor of Springfield");
        assertThat(speakerName(quotes.get(1))).isEqualTo("Maria Lopez");
    }

    @Test
    void guillemetsAfterColonAndTitleAsRole() {
        String text = "Finance Minister Hans Keller told reporters on Monday: \u00ABInflation has peaked and will fall "
                + "next year.\u00BB";
        Quote q = containing(extract(text), "Inflation has peaked");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speaker().name()).isEqualTo("Hans Keller");
        assertThat(q.speaker().role()).isEqualTo("Finance Minister");
        assertThat(q.cue()).isEqualTo("told");
    }

    @Test
    void quoteRunsOnAcrossParagraphsWhenTheClosingMarkIsLeftOut() {
        String text = "The governor spoke for an hour.\n\n"
                + "\u201CWe have rebuilt the bridges and the schools in record time.\n\n"
                + "\u201CNow we must rebuild trust,\u201D Governor Ellen Price said.";
        List<Quote> quotes = extract(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).startsWith("We have rebuilt").endsWith("rebuild trust");
        assertThat(quotes.get(0).speaker().name()).isEqualTo("Ellen Price");
    }

    @Test
    void nestedQuoteStaysInsideTheOuterOne() {
        String text = "\u201CHe looked at me and said \u2018never again\u2019, and I believed him,\u201D "
                + "Tom Hardwick said.";
        List<Quote> quotes = extract(text);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).contains("\u2018never again\u2019");
        assertThat(speakerName(quotes.get(0))).isEqualTo("Tom Hardwick");
    }

    @Test
    void singleQuotesAndRolePhraseResolvedToTheNamedPerson() {
        String text = "Foreign Minister Anna Berg met her Swedish counterpart in Oslo on Tuesday.\n\n"
                + "\u2018The deal is off until the border is reopened,\u2019 the minister said.";
        Quote q = containing(extract(text), "The deal is off");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speaker().name()).isEqualTo("Anna Berg");
        assertThat(text.substring(q.speaker().start(), q.speaker().end())).isEqualTo("Anna Berg");
    }

    @Test
    void theMentionBesideTheCueIsKeptApartFromTheNameItResolvesTo() {
        String text = "Governor Rosa Delgado toured the flooded district on Monday.\n\n"
                + "\u201CEvery family here will get help,\u201D she said. The governor added that the levee "
                + "would be rebuilt by spring.";
        List<Quote> quotes = extract(text);
        Quote help = containing(quotes, "Every family");
        assertThat(help.speaker().name()).isEqualTo("Rosa Delgado");
        assertThat(text.substring(help.speaker().start(), help.speaker().end())).isEqualTo("Rosa Delgado");
        assertThat(help.speaker().hasMention()).isTrue();
        assertThat(text.substring(help.speaker().mentionStart(), help.speaker().mentionEnd())).isEqualTo("she");
        Quote levee = containing(quotes, "levee");
        assertThat(levee.speaker().name()).isEqualTo("Rosa Delgado");
        assertThat(text.substring(levee.speaker().mentionStart(), levee.speaker().mentionEnd()))
                .isEqualTo("The governor");
    }

    @Test
    void anAppositionRunningOverSeveralCommasStillReachesTheCue() {
        String text = "\u201CThe permit was rushed through,\u201D Karen Olsen, the county's chief engineer, a "
                + "veteran of three flood seasons, said on Monday.\n\n"
                + "\u201CWe will appeal,\u201D Senate Minority Leader Tom Hale, R-Neb., said Tuesday.";
        List<Quote> quotes = extract(text);
        Quote rushed = containing(quotes, "permit was rushed");
        assertThat(rushed.speaker().name()).isEqualTo("Karen Olsen");
        assertThat(rushed.speaker().role()).startsWith("the county's chief engineer");
        assertThat(speakerName(containing(quotes, "We will appeal"))).isEqualTo("Tom Hale");
    }

    @Test
    void speakersFoundPastTimePhrasesPlacesAndPrepositions() {
        String text = "Dam Dispute\n\n"
                + "Norvik Power just this week announced it would close the old turbine hall by April.\n\n"
                + "In a speech in Tromso, Norway Friday, Ingrid Vold laid out her plan to cap electricity prices.\n\n"
                + "The families, who asked the company to delay the closure, were not consulted, lawyers for the "
                + "village said.";
        var analysed = TextAnalyzer.analyze(text);
        List<Quote> quotes = extract(text, org.dateline.actor.EntityRecognizer.builtIn().recognize(analysed, null));
        assertThat(speakerName(containing(quotes, "turbine hall"))).isEqualTo("Norvik Power");
        Quote laid = containing(quotes, "cap electricity prices");
        assertThat(laid.speaker().name()).isEqualTo("Ingrid Vold");
        Quote consulted = containing(quotes, "not consulted");
        assertThat(text.substring(consulted.speaker().mentionStart(), consulted.speaker().mentionEnd()))
                .isEqualTo("lawyers for the village");
    }

    @Test
    void aQuoteEndingItsSentenceIsNotGivenTheNextSentencesSpeaker() {
        String text = "Neighbours React\n\n"
                + "Finland called the drills \u201Ca needless provocation on our border.\u201D Estonia insisted that "
                + "the exercises \u201Cthreaten no one.\u201D";
        Quote provocation = containing(extract(text), "needless provocation");
        assertThat(speakerName(provocation)).isNotEqualTo("Estonia");
    }

    @Test
    void aNameAfterALowerCaseRoleIsTheSpeakerAndTheRoleIsKept() {
        String text = "\u201CThe base must stay open,\u201D said retired Navy admiral Carla Mendes.";
        Quote q = containing(extract(text), "base must stay open");
        assertThat(q.speaker().name()).isEqualTo("Carla Mendes");
        assertThat(q.speaker().role()).isEqualTo("retired Navy admiral");
    }

    @Test
    void closingQuoteGluedToTheSpeakerName() {
        String text = "\u201CThe harvest failed for the third year running, \u201DPedro Alvarez said.";
        Quote q = extract(text).get(0);
        assertThat(q.text()).isEqualTo("The harvest failed for the third year running");
        assertThat(q.speaker().name()).isEqualTo("Pedro Alvarez");
    }

    @Test
    void pronounsPointBackToTheLastPersonOfTheirGender() {
        String text = "Senator Laura Chen met the union leaders on Friday. She argued that the pension plan "
                + "was unfair to younger workers. Later, Mr. David Okafor said the plan was fair. "
                + "He warned that any delay would cost millions.";
        List<Quote> quotes = extract(text);
        Quote argued = containing(quotes, "pension plan");
        assertThat(argued.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(argued.cue()).isEqualTo("argued");
        assertThat(argued.speaker().name()).isEqualTo("Laura Chen");
        assertThat(speakerName(containing(quotes, "the plan was fair"))).isEqualTo("David Okafor");
        Quote warned = containing(quotes, "any delay");
        assertThat(warned.speaker().name()).isEqualTo("David Okafor");
        assertThat(text.substring(warned.speaker().start(), warned.speaker().end())).isEqualTo("David Okafor");
    }

    @Test
    void reportedSpeechConstructions() {
        String text = "According to the health ministry, 40 people were taken to hospital. "
                + "Rescue chief Omar Haddad told local radio that the search would continue overnight. "
                + "The airline denied that the pilots had ignored the warnings. "
                + "Two more bodies were found near the river, police said on Sunday.";
        List<Quote> quotes = extract(text);
        assertThat(speakerName(containing(quotes, "40 people"))).isEqualTo("the health ministry");
        assertThat(containing(quotes, "40 people").cue()).isEqualTo("According to");
        Quote told = containing(quotes, "search would continue");
        assertThat(told.speaker().name()).isEqualTo("Omar Haddad");
        assertThat(told.text()).isEqualTo("the search would continue overnight.");
        assertThat(speakerName(containing(quotes, "pilots had ignored"))).isEqualTo("the airline");
        Quote police = containing(quotes, "Two more bodies");
        assertThat(police.speaker().name()).isEqualTo("police");
        assertThat(police.text()).isEqualTo("Two more bodies were found near the river");
    }

    @Test
    void partialQuoteMakesReportedSpeechMixed() {
        String text = "Industry Secretary Paul Varga said the new tariffs were \u201Ca gift to our competitors\u201D "
                + "and would be reversed. Prices rose by 3 percent, with Varga noting that exporters had been "
                + "\u201Cpunished for their success.\u201D";
        List<Quote> quotes = extract(text);
        Quote gift = containing(quotes, "gift to our competitors");
        assertThat(gift.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(gift.text()).startsWith("the new tariffs");
        assertThat(gift.speaker().name()).isEqualTo("Paul Varga");
        Quote punished = containing(quotes, "punished");
        assertThat(punished.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(punished.cue()).isEqualTo("noting");
        assertThat(punished.speaker().name()).isEqualTo("Paul Varga");
    }

    @Test
    void organisationSpeakerCarriesTheActorCodeOfItsEntity() {
        String text = "\u201CThe exercise is purely defensive,\u201D a Pentagon spokesman said on Wednesday.";
        int p = text.indexOf("Pentagon");
        Entity pentagon = new Entity(p, p + 8, "Pentagon", EntityType.ORGANIZATION, new Actor("USAMIL", "Pentagon"));
        Quote q = extract(text, List.of(pentagon)).get(0);
        assertThat(q.speaker().name()).isEqualTo("a Pentagon spokesman");
        assertThat(q.speaker().code()).isEqualTo("USAMIL");
    }

    @Test
    void transcriptLinesNameTheirSpeaker() {
        String text = "KELLER: We are not going to raise taxes this year.\n\nMORALES: Then how will you pay for it?";
        List<Quote> quotes = extract(text);
        assertThat(speakerName(containing(quotes, "raise taxes"))).isEqualTo("KELLER");
        assertThat(speakerName(containing(quotes, "pay for it"))).isEqualTo("MORALES");
        assertThat(containing(quotes, "raise taxes").cue()).isEqualTo(":");
    }

    @Test
    void accordingToAfterTheContent() {
        String text = "The bridge will reopen on Monday, according to a city transport official.";
        Quote q = extract(text).get(0);
        assertThat(q.text()).isEqualTo("The bridge will reopen on Monday");
        assertThat(q.speaker().name()).isEqualTo("a city transport official");
        assertThat(q.cue()).isEqualTo("according to");
    }

    @Test
    void pronounGenderLearnedFromTheText() {
        // Neither given name is in the engine's short list; "his" after Bello tells "she" is not him.
        String text = "Adaeze Okonkwo met the teachers on Monday. Taiwo Bello arrived later with his driver. "
                + "\u201CThe numbers are sound and the schools will get their money,\u201D she said.";
        Quote q = containing(extract(text), "numbers are sound");
        assertThat(q.speaker().name()).isEqualTo("Adaeze Okonkwo");
    }

    @Test
    void speechAfterTheCueOfAQuote() {
        String text = "\u201CWe will win this state,\u201D Lena Park said, adding that the polls were wrong.";
        List<Quote> quotes = extract(text);
        assertThat(quotes).hasSize(2);
        Quote adding = containing(quotes, "polls were wrong");
        assertThat(adding.cue()).isEqualTo("adding");
        assertThat(adding.speaker().name()).isEqualTo("Lena Park");
    }

    @Test
    void noInputBreaksItAndEverySpanPointsIntoTheText() {
        // Fragments of news syntax shuffled at random: unbalanced marks, dangling cues, empty names.
        String[] pieces = {" said ", " told ", " according to ", " He ", " that ", " Smith ", ", ", "\u201C", "\u201D",
                "\"", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", ":", ".", "\n\n", "Mr. ", "(R-Ga.) ", "''", "a", "X"};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) sb.append(pieces[random.nextInt(pieces.length)]);
            String text = sb.toString();
            for (Quote q : extract(text)) {
                if (q.speaker() != null) {
                    assertThat(q.speaker().start()).isBetween(0, text.length());
                    assertThat(q.speaker().end()).isBetween(0, text.length());
                }
            }
        }
    }

    @Test
    void scareQuotesWithoutACueAreNotQuotes() {
        String text = "The so-called \u201Cpeace dividend\u201D never arrived in the valley towns.";
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void examplePage() throws IOException {
        Path page = Path.of(System.getProperty("dateline.shared", "/work/shared"), "examples",
                "kremlin-pleased-biden-putin-talks.txt");
        if (!Files.exists(page)) page = Path.of("/work/shared/examples/kremlin-pleased-biden-putin-talks.txt");
        Assumptions.assumeTrue(Files.exists(page), "example page absent");
        String all = Files.readString(page);
        String body = all.substring(all.indexOf("\n") + 1, all.indexOf("RT, previously known"));
        List<Quote> quotes = extract(body);

        Quote clear = containing(quotes, "Biden made it clear");
        assertThat(clear.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(clear.speaker().name()).isEqualTo("Yuri Ushakov");
        assertThat(clear.speaker().role()).isEqualTo("Putin\u2019s foreign policy adviser");

        // "said speaking to the Russian media" is how he spoke, not what he said
        assertThat(quotes).noneMatch(q -> q.text().startsWith("speaking"));

        Quote official = containing(quotes, "We are not going to draw conclusions");
        assertThat(official.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(official.speaker().name()).isEqualTo("a White House official");

        Quote west = containing(quotes, "If the West, under any pretext");
        assertThat(west.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(west.speaker().name()).isEqualTo("Yuri Ushakov");

        Quote escalation = containing(quotes, "further escalation of the situation");
        assertThat(escalation.speaker().name()).isEqualTo("Yuri Ushakov");

        Quote colossal = containing(quotes, "colossal mistake");
        assertThat(colossal.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(colossal.cue()).isEqualTo("went on to argue");
        assertThat(colossal.speaker().name()).isEqualTo("Yuri Ushakov");
        assertThat(body.substring(colossal.speaker().start(), colossal.speaker().end())).isEqualTo("Ushakov");

        Quote pointed = containing(quotes, "this was also one of the goals");
        assertThat(pointed.cue()).isEqualTo("pointed out");
        assertThat(pointed.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(pointed.speaker().name()).isEqualTo("Yuri Ushakov");

        Quote seriously = containing(quotes, "quite seriously");
        assertThat(seriously.kind()).isEqualTo(QuoteKind.MIXED);
        assertThat(seriously.text()).startsWith("Biden appeared");
        assertThat(seriously.speaker().name()).isEqualTo("Yuri Ushakov");

        Quote pledge = containing(quotes, "Biden made a pledge");
        assertThat(pledge.cue()).isEqualTo("revealed");
        assertThat(pledge.speaker().name()).isEqualTo("the Kremlin");
    }
}
