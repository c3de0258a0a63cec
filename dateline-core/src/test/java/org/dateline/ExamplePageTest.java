package org.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.event.Event;
import org.dateline.page.PublishedBasis;
import org.dateline.quote.Quote;
import org.dateline.quote.QuoteKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reference page, end to end, as an analyst reads the record. Nothing in the engine names this page:
 * each stage's own tests show the same behaviour on other text.
 */
class ExamplePageTest {
    static Story story;

    static Path shared() {
        String p = System.getProperty("dateline.shared");
        if (p == null) p = System.getenv("DATELINE_SHARED");
        if (p == null || !Files.isDirectory(Path.of(p))) p = "/work/shared";
        return Path.of(p);
    }

    @BeforeAll
    static void analyse() throws IOException {
        Path page = shared().resolve("examples/kremlin-pleased-biden-putin-talks.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(page), "shared data absent");
        story = Dateline.builtIn().analyze(page.toString(), Files.readString(page));
    }

    @Test
    void pageIsSplitFromWhatSurroundsIt() {
        var p = story.page();
        assertThat(p.title()).startsWith("Kremlin Says").endsWith("Mistake");
        assertThat(p.text()).startsWith("Moscow is pleased").endsWith("future generations.");
        assertThat(p.text()).doesNotContain("RT, previously known", "Leave a Reply", "One thought on", "brighter future");
        assertThat(p.comments()).hasSize(1);
        assertThat(p.comments().get(0).published()).startsWith("2021-12-31");
        assertThat(p.outlet().name()).isEqualTo("RT");
        assertThat(p.outlet().labels()).contains("state-funded");
        assertThat(p.published()).isIn("2021-12-30", "2021-12-31");
        assertThat(p.publishedBasis()).isEqualTo(PublishedBasis.INFERRED);
    }

    /** The four quoted passages, each with its speaker; the last one is reached through "He". */
    @Test
    void fourDirectQuotesWithTheirSpeakers() {
        assertQuoted("does not intend to deploy offensive strike weapons", "Ushakov");
        assertQuoted("can lead to a total collapse of the relations", "Ushakov");
        assertQuoted("colossal mistake", "Ushakov");
        assertQuoted("We are not going to draw conclusions", "White House official");
        assertThat(story.quotes()).filteredOn(q -> q.kind() == QuoteKind.DIRECT).hasSizeGreaterThanOrEqualTo(3);
    }

    private static void assertQuoted(String passage, String speaker) {
        assertThat(story.quotes()).as(passage).anySatisfy(q -> {
            assertThat(q.kind()).isIn(QuoteKind.DIRECT, QuoteKind.MIXED);
            assertThat(q.text()).contains(passage);
            assertThat(q.speaker()).isNotNull();
            assertThat(q.speaker().name()).containsIgnoringCase(speaker);
        });
    }

    /** A scheduling sentence is narration: talks cannot speak and "kick off" is no cue. */
    @Test
    void theScheduleOfTheTalksIsNoQuote() {
        assertThat(story.quotes()).noneSatisfy(q -> assertThat(q.text()).contains("set to kick off"));
        assertThat(story.quotes()).allSatisfy(q -> {
            if (q.speaker() != null) assertThat(q.speaker().name()).doesNotContainIgnoringCase("talks");
        });
        assertThat(story.quotes()).filteredOn(q -> q.kind() != QuoteKind.DIRECT)
                .filteredOn(q -> q.speaker() != null && q.speaker().name().contains("Ushakov")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void reportedSpeechIsAttributed() {
        assertThat(story.quotes()).anySatisfy(q -> {
            assertThat(q.kind()).isIn(QuoteKind.INDIRECT, QuoteKind.MIXED);
            assertThat(q.text()).contains("one of the goals Moscow hopes to achieve");
            assertThat(q.speaker().name()).contains("Ushakov");
        });
    }

    @Test
    void timesAreResolvedAgainstThePublicationDate() {
        assertThat(story.times()).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo("Thursday");
            assertThat(t.value()).isEqualTo("2021-12-30");
        });
        assertThat(story.times()).anySatisfy(t -> {
            assertThat(t.text()).contains("January 9");
            assertThat(t.value()).isEqualTo("2022-01-09");
        });
    }

    @Test
    void genevaIsInSwitzerland() {
        assertThat(story.places()).anySatisfy(p -> {
            assertThat(p.text()).isEqualTo("Geneva");
            assertThat(p.country()).isEqualTo("CH");
        });
    }

    @Test
    void eventsOfTheStory() {
        List<Event> events = story.events();
        assertThat(events).anySatisfy(e -> {
            assertThat(e.code()).startsWith("04");
            assertThat(List.of(e.source().code().substring(0, 3), e.target() == null ? "" : e.target().code().substring(0, 3)))
                    .containsExactlyInAnyOrder("RUS", "USA");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.code()).startsWith("13");
            assertThat(e.source().code()).startsWith("USA");
            assertThat(e.target()).isNotNull();
            assertThat(e.target().code()).startsWith("RUS");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.date()).isEqualTo("2022-01-09");
            assertThat(e.place()).isNotNull();
            assertThat(e.place().country()).isEqualTo("CH");
        });
        // Nobody acts on himself: "Putin outlined ... Russia's proposals" has no target, not Putin -> Putin.
        assertThat(events).noneMatch(e -> e.target() != null && e.target().equals(e.source()));
        for (Event e : events) {
            assertThat(e.start()).isLessThan(e.end());
            assertThat(e.end()).isLessThanOrEqualTo(story.page().text().length());
        }
    }

    @Test
    void everySpanPointsIntoTheText() {
        String t = story.page().text();
        story.entities().forEach(e -> assertThat(t.substring(e.start(), e.end())).isEqualTo(e.text()));
        story.times().forEach(e -> assertThat(t.substring(e.start(), e.end())).isEqualTo(e.text()));
        story.places().forEach(e -> assertThat(t.substring(e.start(), e.end())).isEqualTo(e.text()));
        story.quotes().forEach(e -> assertThat(t.substring(e.start(), e.end())).isEqualTo(e.text()));
    }
}
