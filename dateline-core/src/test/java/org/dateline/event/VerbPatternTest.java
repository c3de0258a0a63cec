package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityRecognizer;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verb-pattern semantics of the PETRARCH dictionary format (paired codes, {@code ^}, {@code $} and
 * {@code +} on either side of the verb, auxiliaries, synsets with contractions, words in several blocks) and
 * the literal (PETRARCH) convention, on small dictionaries and news sentences of our own.
 */
class VerbPatternTest {
    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);
    @TempDir
    static Path dir;
    private static EntityRecognizer recognizer;
    private static EventCoder literal;
    private static EventCoder reading;

    @BeforeAll
    static void dictionaries() throws IOException {
        Path actors = Files.writeString(dir.resolve("t.actors.txt"), String.join("\n",
                "RUSSIA_ [RUS]", "+RUSSIAN_", "CHINA_ [CHN]", "+CHINESE_", "JAPAN_ [JPN]", "+TOKYO_",
                "INDIA_ [IND]", "NEPAL_ [NPL]", "+NEPALI_", "NEPAL TELEVISION [NPLTV]", ""));
        Path agents = Files.writeString(dir.resolve("t.agents.txt"), String.join("\n",
                "GOVERNMENT [~GOV]", "POLICE {} [~COP]", "STUDENT [~EDU]", "RED_CROSS {} [NGO~]", "MINISTER [~GOV]",
                "LAWMAKER [~LEG]", "OFFICIAL [~GOV]", "BORDER_POLICE {} [~COP]", ""));
        Path verbs = Files.writeString(dir.resolve("t.verbs.txt"), String.join("\n",
                "&NEGAUX", "+DID N'T", "+WILL NOT", "",
                "--- LEFT [032:033] ---", "LEFT", "",
                "--- CELEBRATE [043] ---", "CELEBRATE", "- * FESTIVAL IN ^ + [045]", "",
                "--- RECEIVE [033] ---", "RECEIVE", "- + * LOAN $ [071]", "",
                "--- CLASH [190] ---", "CLASH", "- &NEGAUX * OVER BORDER [036]", "- * OVER BORDER [111]", "",
                "--- DELAY [120] ---", "DELAY", "- % HAVE * [191]", "",
                "--- SHOT [---] ---", "SHOT", "- *_AND_WOUNDED [190]", "",
                "--- SHOT [190] ---", "SHOT", "- + WAS * DEAD IN $ [180]", "",
                "--- CONDEMN [122] ---", "CONDEMN", "",
                "--- PROMISE [050] ---", "PROMISE", "",
                "--- CONTRIBUTE [070] ---", "CONTRIBUTE", "- * RUPEES [071]", "",
                "--- ABANDON [080] ---", "ABANDON", "- * EFFORT [100]", "",
                "--- BREAK [161] ---", "BREAK {BROKE BROKEN}", "",
                "--- WELCOME [041] ---", "WELCOME", "",
                "--- REGRET [111] ---", "REGRET", "- NOTED + * [115]", ""));
        recognizer = EntityRecognizer.load(List.of(actors), agents);
        reading = EventCoder.load(verbs, null, recognizer);
        literal = reading.literal();
    }

    private static Set<String> triples(EventCoder coder, String sentence) {
        Text text = TextAnalyzer.analyze(sentence);
        List<Entity> entities = recognizer.recognize(text, DATE, true);
        Set<String> out = new TreeSet<>();
        for (Event e : coder.code(text, entities, List.of(), List.of(), List.of(), DATE)) {
            out.add(e.source().code() + " " + (e.target() == null ? "---" : e.target().code()) + " " + e.code());
        }
        return out;
    }

    @Test
    void aPairedCodeAlsoCodesTheReverseEvent() {
        // "Nepal's new minister left": a past form after a noun phrase is the verb; the visit is hosted too.
        assertThat(triples(literal, "Nepal's new minister left for Tokyo on Monday for talks on trade."))
                .containsExactlyInAnyOrder("NPLGOV JPN 032", "JPN NPLGOV 033");
    }

    @Test
    void aSkipPassesOverOneNounPhraseBeforeTheTarget() {
        assertThat(triples(literal, "Russia celebrated the festival in Nepal with the envoys of India."))
                .containsExactly("RUS IND 045");
    }

    @Test
    void markersBeforeTheVerbNameTheTargetAndAfterItTheSource() {
        assertThat(triples(literal, "China has received a loan from Japan, the finance ministry said."))
                .containsExactly("JPN CHN 071");
    }

    @Test
    void auxiliariesAndContractionsMeetThePatternsBeforeTheVerb() {
        assertThat(triples(literal, "China didn't clash over the border with India this week."))
                .containsExactly("CHN IND 036");
        assertThat(triples(literal, "China clashed over the border with India this week."))
                .containsExactly("CHN IND 111");
        assertThat(triples(literal, "Russia and China have delayed their summit until spring."))
                .containsExactlyInAnyOrder("RUS CHN 191", "CHN RUS 191");
    }

    @Test
    void aWordInTwoBlocksTakesTheBlockWhosePatternFits() {
        assertThat(triples(literal, "A Nepali was shot dead in India on Sunday."))
                .containsExactly("IND NPL 180");
    }

    @Test
    void coordinatedVerbPhrasesShareTheirSubject() {
        assertThat(triples(literal, "The Russian government condemned a raid by Chinese police in northern Nepal on Friday"
                + " and promised aid to the families in Nepal."))
                .contains("RUSGOV CHNCOP 122", "RUSGOV NPL 050")
                .noneMatch(t -> t.startsWith("NPL"));
    }

    @Test
    void irregularFormsAfterHaveAreVerbs() {
        assertThat(triples(literal, "India has broken its treaty with Nepal.")).containsExactly("IND NPL 161");
    }

    @Test
    void theLiteralConventionCodesWhatTheVerbSaysAndMatchesPatternWordsExactly() {
        String future = "Japan will contribute a million rupees to Nepal, officials said.";
        assertThat(triples(literal, future)).containsExactly("JPN NPL 071");
        // Dateline's own reading: a promised contribution is an intent to give aid.
        assertThat(triples(reading, future)).containsExactly("JPN NPL 033");
        String plural = "India abandoned efforts to help Nepal.";
        assertThat(triples(literal, plural)).containsExactly("IND NPL 080");
        assertThat(triples(reading, plural)).containsExactly("IND NPL 100");
    }

    @Test
    void aPatternReachesIntoTheGoverningClause() {
        // NOTE is no verb of this dictionary: the pattern word alone ties the clauses.
        assertThat(triples(literal, "The Russian government noted that China regretted the delay of the talks."))
                .containsExactly("RUSGOV CHN 115");
    }

    @Test
    void formerAgentsAndSpreadOutActorPhrases() {
        assertThat(triples(literal, "India welcomed former Nepal border police on Monday."))
                .containsExactly("IND NPLELI 041");
        assertThat(triples(literal, "China welcomed Nepal state-run television on Monday."))
                .containsExactly("CHN NPLTV 041");
    }

    @Test
    void aCompoundAgentSpreadsOverACompoundOfCountries() {
        assertThat(triples(literal, "Lawmakers and officials in Russia and China welcomed the offer from Japan."))
                .containsExactlyInAnyOrder("RUSLEG JPN 041", "CHNLEG JPN 041", "RUSGOV JPN 041", "CHNGOV JPN 041");
    }

    @Test
    void agentsFollowTheDictionaryPlusPrefixCodesAndUnnamedActors() {
        assertThat(triples(literal, "Red Cross Nepal promised aid to India.")).containsExactly("NGONPL IND 050");
        // POLICE {} has no plural: "polices" is no agent.
        assertThat(triples(literal, "India condemned Japan's polices.")).containsExactly("IND JPN 122");
        Text text = TextAnalyzer.analyze("Police arrested students on Monday.");
        assertThat(recognizer.recognize(text, DATE, true)).extracting(e -> e.actor() == null ? null : e.actor().code())
                .contains("---COP", "---EDU");
        assertThat(recognizer.recognize(text, DATE)).noneMatch(e -> e.actor() != null && e.actor().code().startsWith("---"));
    }
}
