package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Offsets stay consistent for any text, however odd. */
class TextAnalyzerPropertiesTest {

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> pieces = Arbitraries.of(
                "The", "U.S.", "Mr.", "Smith", "said", "3.5", "1,000", "2021", ".", ",", "!", "?", "\"", "\u201C",
                "\u201D", "'", "(", ")", " ", " ", " ", "\n", "\n\n", "\r\n", "...", "--", "-", "J.", "p.m.",
                "don't", "Putin\u2019s", "\uD83D\uDE00", "\uD83D", "\u00A0", "\t", "a", "Inc.", "No.", "e.g.");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(200);
    }

    @Property(tries = 300)
    void offsetsAreConsistentOnNewsLikeText(@ForAll("newsLikeText") String text) {
        checkOffsets(text);
    }

    @Property(tries = 300)
    void offsetsAreConsistentOnArbitraryText(@ForAll("anyText") String text) {
        checkOffsets(text);
    }

    private static void checkOffsets(String text) {
        Text t = TextAnalyzer.analyze(text);
        List<Token> tokens = t.tokens();
        List<Sentence> sentences = t.sentences();
        int previousEnd = 0;
        for (Token token : tokens) {
            assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(token.end()).isGreaterThan(token.start());
            assertThat(token.text()).isEqualTo(text.substring(token.start(), token.end()));
            // Nothing but white space is skipped between tokens.
            assertThat(text.substring(previousEnd, token.start()).isBlank()
                    || text.substring(previousEnd, token.start()).chars().allMatch(
                            c -> Character.isWhitespace(c) || Character.isSpaceChar(c))).isTrue();
            Sentence s = sentences.get(token.sentence());
            assertThat(token.start()).isGreaterThanOrEqualTo(s.start());
            assertThat(token.end()).isLessThanOrEqualTo(s.end());
            previousEnd = token.end();
        }
        // Sentences come in order, do not overlap, and each starts and ends on one of its tokens.
        int sentenceEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertThat(s.start()).isGreaterThanOrEqualTo(sentenceEnd);
            final int index = i;
            List<Token> inside = tokens.stream().filter(tok -> tok.sentence() == index).toList();
            assertThat(inside).isNotEmpty();
            assertThat(inside.get(0).start()).isEqualTo(s.start());
            assertThat(inside.get(inside.size() - 1).end()).isEqualTo(s.end());
            sentenceEnd = s.end();
        }
        if (!tokens.isEmpty()) assertThat(tokens.get(tokens.size() - 1).sentence()).isEqualTo(sentences.size() - 1);
    }
}
