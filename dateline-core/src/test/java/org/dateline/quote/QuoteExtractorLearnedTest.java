package org.dateline.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dateline.quote.internal.Attributor;
import org.dateline.quote.internal.CueLexicon;
import org.dateline.quote.internal.SentenceModel;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Readings beyond the cue rules: the sentence model, transcript turns, signed quotes, main-clause subjects. */
class QuoteExtractorLearnedTest {
    private static final QuoteExtractor EXTRACTOR = QuoteExtractor.builtIn();

    private static List<Quote> extract(String text) {
        List<Quote> quotes = EXTRACTOR.extract(TextAnalyzer.analyze(text), List.of());
        for (Quote q : quotes) assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        return quotes;
    }

    private static Quote containing(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote containing '" + words + "' in " + quotes));
    }

    @Test
    void aSignedQuoteTakesTheNameAfterTheDash() {
        String text = "Readers wrote in after the debate.\n\n"
                + "\u201CHe never answered a single question about the budget.\u201D \u2015 Marta Olsen\n\n"
                + "\u201CI have made up my mind and nothing will change it now.\u201D \u2014 Kevin Brandt (@kbrandt)";
        List<Quote> quotes = extract(text);
        assertThat(containing(quotes, "never answered").speaker().name()).isEqualTo("Marta Olsen");
        assertThat(containing(quotes, "made up my mind").speaker().name()).isEqualTo("Kevin Brandt");
        assertThat(containing(quotes, "never answered").kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void aTranscriptTurnInQuotesBelongsToItsTag() {
        String text = "The host pressed the senator on the bill.\n\n"
                + "\"HARTLEY: Will you vote for the water bill this week?\n\n"
                + "\"GRANGER: Well, look, I have said from the start that the bill is too expensive. "
                + "We can do better for the farmers in my state.";
        List<Quote> quotes = extract(text);
        assertThat(containing(quotes, "Will you vote").speaker().name()).isEqualTo("HARTLEY");
        assertThat(containing(quotes, "too expensive").speaker().name()).isEqualTo("GRANGER");
        assertThat(containing(quotes, "too expensive").text()).doesNotStartWith("GRANGER");
    }

    @Test
    void stanceSentencesWithoutASpeechVerbAreReadWithTheirSubjectAsSource() {
        // No "said" anywhere: intent and stance verbs the sentence model learned ("urged", "wants to", "vowed").
        String text = "Harbor Town Council Weighs New Ferry Plan\n\n"
                + "The town council is weighing a new ferry route across the bay.\n\n"
                + "Mayor Ellen Park urged residents to support the plan at a meeting on Tuesday night.\n\n"
                + "Local fishermen want the council to keep the old harbor open during construction.\n\n"
                + "The ferry company vowed to keep ticket prices below five dollars for at least two years.";
        List<Quote> quotes = extract(text);
        Quote urged = containing(quotes, "support the plan");
        assertThat(urged.speaker()).isNotNull();
        assertThat(urged.speaker().name()).contains("Ellen Park");
        Quote want = containing(quotes, "keep the old harbor open");
        assertThat(want.speaker().name()).containsIgnoringCase("fishermen");
        Quote vowed = containing(quotes, "ticket prices");
        assertThat(vowed.speaker().name()).containsIgnoringCase("ferry company");
    }

    @Test
    void aReadingNeedsASourceThatCanSpeakAndAVerbCue() {
        String text = "Harbor Summit Planned\n\n"
                + "The two-day harbor summit is set to kick off in Lisbon on March 3.\n\n"
                + "The negotiations are expected to wrap up before the end of the month.\n\n"
                + "Port director Ana Sousa wants the ministry to fund a second dredger before the summit.";
        List<Quote> quotes = extract(text);
        assertThat(quotes).noneSatisfy(q -> assertThat(q.text()).contains("kick off"));
        assertThat(quotes).noneSatisfy(q -> assertThat(q.text()).contains("wrap up"));
        Quote wants = containing(quotes, "second dredger");
        assertThat(wants.speaker().name()).contains("Ana Sousa");
    }

    @Test
    void aRelativeClausesSourceIsItsAntecedentWrittenAsWho() {
        String text = "Dairy Rules\n\n"
                + "The new rules are likely to anger dairy farmers in the valley, who have long argued that "
                + "milk prices are set too low by the cooperative.";
        Quote q = containing(extract(text), "milk prices");
        assertThat(q.speaker()).isNotNull();
        assertThat(q.speaker().name()).containsIgnoringCase("farmers");
        assertThat(text.substring(q.speaker().mentionStart(), q.speaker().mentionEnd())).isEqualTo("who");
    }

    @Test
    void theOwnerOfASpeechNounSpeaks() {
        String text = "Budget Fight\n\n"
                + "Councillor Dana Whitfield opened the hearing on Monday.\n\n"
                + "The auditors seized on Whitfield's claim that the deficit had been erased by higher parking fees.";
        Quote q = containing(extract(text), "deficit had been erased");
        assertThat(q.speaker()).isNotNull();
        assertThat(q.speaker().name()).isEqualTo("Dana Whitfield");
        assertThat(text.substring(q.speaker().mentionStart(), q.speaker().mentionEnd())).isEqualTo("Whitfield");
    }

    @Test
    void plainNarrationIsNotReadAsSpeech() {
        String text = "Rain Closes Coastal Road\n\n"
                + "Heavy rain closed the coastal road for six hours on Sunday.\n\n"
                + "The water drained by evening and traffic moved again before midnight.";
        assertThat(extract(text)).isEmpty();
    }

    @Test
    void anOpeningAdjunctIsNotTheSource() {
        String text = "Council Budget\n\n"
                + "After a long debate on Monday, the county commissioners rejected the proposal to raise the sales tax.";
        Quote q = containing(extract(text), "sales tax");
        assertThat(q.speaker()).isNotNull();
        assertThat(q.speaker().name()).contains("commissioners");
    }

    @Test
    void theSentenceModelScoresReportedStanceAboveNarration() {
        SentenceModel model = SentenceModel.builtIn();
        CueLexicon lexicon = CueLexicon.builtIn();
        double stance = probability(model, lexicon, "The senator said she believes the tax cut will hurt families.");
        double narration = probability(model, lexicon, "The bridge was built in 1932 and painted green in 1960.");
        assertThat(stance).isGreaterThan(model.threshold());
        assertThat(narration).isLessThan(model.threshold());
    }

    @Test
    void residualSentencesLeaveOutWhatTheRulesRead() {
        String text = "\u201CWe will win,\u201D Anna Berg said. The roads were empty.";
        Text t = TextAnalyzer.analyze(text);
        List<Attributor.Residual> residual = new Attributor(t, List.of(), CueLexicon.builtIn(), null, 1)
                .residualSentences();
        assertThat(residual).extracting(r -> text.substring(r.start(), r.end())).containsExactly("The roads were empty.");
        assertThat(residual.get(0).features()).contains("<prev>", "<prevdirect>", "roads");
    }

    private static double probability(SentenceModel model, CueLexicon lexicon, String sentence) {
        Text t = TextAnalyzer.analyze(sentence);
        Set<String> f = SentenceModel.features(t.tokens(), 0, t.tokens().size(), lexicon, null);
        return model.probability(f);
    }
}
