package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private static List<String> sentences(String text) {
        Text t = TextAnalyzer.analyze(text);
        return t.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    private static List<String> tokens(String text) {
        return TextAnalyzer.analyze(text).tokens().stream().map(Token::text).toList();
    }

    @Test
    void splitsPlainNewsParagraphIntoSentences() {
        String text = "The council met on Tuesday. It approved the budget! Did anyone object? Nobody did.";
        assertThat(sentences(text)).containsExactly(
                "The council met on Tuesday.", "It approved the budget!", "Did anyone object?", "Nobody did.");
    }

    @Test
    void abbreviationInsideSentenceDoesNotEndIt() {
        String text = "The U.S. military said U.S. officials met Mr. Smith and Dr. Jones in St. Louis on Jan. 9. "
                + "They left.";
        assertThat(sentences(text)).containsExactly(
                "The U.S. military said U.S. officials met Mr. Smith and Dr. Jones in St. Louis on Jan. 9.",
                "They left.");
        assertThat(tokens(text)).contains("U.S.", "Mr", ".");
    }

    @Test
    void abbreviationClosingASentenceEndsItBeforeAUsualOpener() {
        String text = "The talks were held in the U.S. The next round opens at 3 p.m. But nobody came.";
        assertThat(sentences(text)).containsExactly(
                "The talks were held in the U.S.", "The next round opens at 3 p.m.", "But nobody came.");
    }

    @Test
    void initialsStayInsideTheSentence() {
        String text = "George W. Bush met J.K. Rowling and E. B. White yesterday. Reporters waited.";
        assertThat(sentences(text)).containsExactly(
                "George W. Bush met J.K. Rowling and E. B. White yesterday.", "Reporters waited.");
    }

    @Test
    void closingQuoteAfterTheStopBelongsToTheSentence() {
        String text = "\u201CWe are not going to draw conclusions.\u201D The official left. "
                + "He said \"quite seriously.\" Then he went home. (It rained.) Later it cleared.";
        assertThat(sentences(text)).containsExactly(
                "\u201CWe are not going to draw conclusions.\u201D", "The official left.",
                "He said \"quite seriously.\"", "Then he went home.", "(It rained.)", "Later it cleared.");
    }

    @Test
    void quotedQuestionFollowedByLowerCaseAttributionStaysOneSentence() {
        String text = "\"Why now?\" he asked. She shrugged.";
        assertThat(sentences(text)).containsExactly("\"Why now?\" he asked.", "She shrugged.");
    }

    @Test
    void numbersWithDecimalPointsAndThousandsSeparatorsAreOneToken() {
        String text = "Growth was 3.5 percent, or 1,000 jobs, in 2021. Prices rose 2.5.";
        assertThat(tokens(text)).containsExactly(
                "Growth", "was", "3.5", "percent", ",", "or", "1,000", "jobs", ",", "in", "2021", ".",
                "Prices", "rose", "2.5", ".");
        assertThat(sentences(text)).hasSize(2);
    }

    @Test
    void numberAbbreviationBeforeDigitDoesNotEndTheSentence() {
        assertThat(sentences("He ranked No. 5 in the poll. The answer was no. Then he left."))
                .containsExactly("He ranked No. 5 in the poll.", "The answer was no.", "Then he left.");
    }

    @Test
    void paragraphBreakAlwaysEndsASentence() {
        String text = "Kremlin Says Pleased With Talks\n\nMoscow is pleased with the results\n\n\nand more";
        assertThat(sentences(text)).containsExactly(
                "Kremlin Says Pleased With Talks", "Moscow is pleased with the results", "and more");
        assertThat(sentences("Talks resume Jan.\n\nMr.\r\n\r\nSmith")).hasSize(3);
    }

    @Test
    void possessiveAndContractionsSplitAsBefore() {
        assertThat(tokens("Putin\u2019s aide didn't say Russia-US talks ended."))
                .containsExactly("Putin", "\u2019s", "aide", "didn't", "say", "Russia-US", "talks", "ended", ".");
    }

    @Test
    void tokensCarrySentenceIndexAndExactOffsets() {
        String text = "  First one.  Second one here.";
        Text t = TextAnalyzer.analyze(text);
        assertThat(t.sentences()).containsExactly(new Sentence(2, 12), new Sentence(14, 30));
        assertThat(t.tokens().get(3)).isEqualTo(new Token(14, 20, "Second", 1));
    }

    @Test
    void emojiIsNeverSplitInHalf() {
        String text = "Great news \uD83D\uDE00 today.";
        assertThat(tokens(text)).containsExactly("Great", "news", "\uD83D\uDE00", "today", ".");
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(TextAnalyzer.analyze("").sentences()).isEmpty();
        assertThat(TextAnalyzer.analyze(" \n\n ").tokens()).isEmpty();
    }
}
