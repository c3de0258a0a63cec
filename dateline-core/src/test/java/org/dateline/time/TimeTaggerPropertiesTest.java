package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.text.TextAnalyzer;

/** Whatever the text and anchor, expressions come in order, never overlap, and match the text they cite. */
class TimeTaggerPropertiesTest {

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> pieces = Arbitraries.of(
                "Thursday", "last", "next", "week", "the", "third", "quarter", "-", "year", "years", "ago", "a",
                "earlier", "Jan.", "9", "30", ",", "2021", "1990s", "'80s", "mid-", "March", "May", "p.m.", "3",
                "10:30", "EST", "on", "said", "will", "two", "days", "each", "summer", "fall", "now", "today's",
                "Friday's", "old", "fiscal", "twenty-four", "hours", "noon", ".", " ", " ", " ", "\n\n", "\u2019s");
        return pieces.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<LocalDate> anchors() {
        return Arbitraries.longs().between(LocalDate.of(1980, 1, 1).toEpochDay(), LocalDate.of(2040, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay).injectNull(0.2);
    }

    @Property(tries = 300)
    void expressionsAreOrderedDisjointAndExact(@ForAll("newsLikeText") String text, @ForAll("anchors") LocalDate anchor) {
        List<TimeExpression> found = TimeTagger.builtIn().tag(TextAnalyzer.analyze(text), anchor);
        int previousEnd = 0;
        for (TimeExpression e : found) {
            assertThat(e.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(e.end()).isGreaterThan(e.start());
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
            assertThat(e.type()).isIn("DATE", "TIME", "DURATION", "SET");
            assertThat(e.value()).isNotBlank();
            previousEnd = e.end();
        }
    }
}
