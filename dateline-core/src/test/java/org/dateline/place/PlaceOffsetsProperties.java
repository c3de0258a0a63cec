package org.dateline.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.dateline.text.TextAnalyzer;

/** Whatever the text, places come in text order, do not overlap, and their offsets give back their text. */
class PlaceOffsetsProperties {
    private static final List<String> WORDS = List.of("in", "Geneva", "Paris", ",", "Texas", "the", "US", "U.S.",
            "Russia-US", "talks", ".", "Moscow-based", "New", "York", "Jordan", "Peterson", "said", "Washington",
            "state", "Reading", "Nice", "of", "Bank", "England", "\n\n", "Genève", "St.", "Louis", "GENEVA", "’s",
            "Kiev", "to", "Georgia", "Gov.", "Democratic", "People's", "Republic", "Korea", "Va.", "and");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMaxSize(40).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 300)
    void placesAreOrderedDisjointSpans(@ForAll("texts") String text) {
        List<Place> places = PlaceResolver.builtIn().resolve(TextAnalyzer.analyze(text), List.of());
        int previousEnd = 0;
        for (Place p : places) {
            assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
            assertThat(p.country()).hasSize(2);
            assertThat(p.name()).isNotBlank();
            previousEnd = p.end();
        }
    }
}
