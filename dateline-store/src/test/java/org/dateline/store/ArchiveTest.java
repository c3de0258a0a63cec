package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dateline.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTest {
    @TempDir
    Path dir;

    private Path fixture() {
        return ExampleStories.archive(dir.resolve("a.duckdb"));
    }

    @Test
    void storesEveryPartOfAStoryAndAddsNothingTwice() {
        Path db = fixture();
        try (Archive a = Archive.open(db)) {
            assertThat(a.counts()).containsEntry("stories", 3L).containsEntry("quotes", 4L).containsEntry("events", 8L)
                    .containsEntry("places", 4L).containsEntry("times", 4L);
            assertThat(a.add(ExampleStories.all(), Instant.now())).isZero();
            assertThat(a.add(ExampleStories.kremlinCall())).isFalse();
            assertThat(a.counts()).containsEntry("stories", 3L).containsEntry("events", 8L);
        }
    }

    @Test
    void theSameUrlWrittenDifferentlyIsTheSameStory() {
        assertThat(StoryKey.canonicalUrl("HTTP://News.Example.org:80/a/b/?utm_source=x&id=3#top"))
                .isEqualTo("https://news.example.org/a/b?id=3");
        assertThat(StoryKey.canonicalUrl("not a url")).isNull();
    }

    @Test
    void offsetsInTheArchivePointAtTheirTextInTheBody() {
        try (Archive a = Archive.openReadOnly(fixture())) {
            Rows r = a.query("SELECT substr(s.text, q.span_start + 1, q.span_end - q.span_start) AS cut, q.text "
                    + "FROM quotes q JOIN stories s ON s.id = q.story_id");
            for (List<Object> row : r.rows()) assertThat(row.get(0)).isEqualTo(row.get(1));
        }
    }

    @Test
    void eventsByActorAndCodeAndDate() {
        try (Archive a = Archive.openReadOnly(fixture())) {
            Rows threats = a.events(Filter.all().withActor("usa").withEvent("13"));
            assertThat(threats.rows()).extracting(r -> r.get(threats.columns().indexOf("code")))
                    .containsExactly("1312", "1312");
            Rows january = a.events(Filter.all().withActor("RUS").withDates(LocalDate.parse("2022-01-01"), null));
            assertThat(january.rows()).extracting(r -> r.get(january.columns().indexOf("code")))
                    .containsExactly("044", "120", "1312");
            assertThat(a.events(Filter.all().withActor("KEN")).size()).isEqualTo(2);
            assertThat(a.events(Filter.all().withActor("CHN")).size()).isZero();
        }
    }

    @Test
    void quotesBySpeakerAndStoriesByWordsInBodyOrQuotes() {
        try (Archive a = Archive.openReadOnly(fixture())) {
            Rows q = a.quotes(Filter.all().withSpeaker("ushakov"));
            assertThat(q.size()).isEqualTo(1);
            assertThat(q.get(0, "quote")).isEqualTo("The conversation was frank and businesslike,");
            assertThat(q.get(0, "speaker")).isEqualTo("Yuri Ushakov");
            Rows s = a.stories(Filter.all().withText("SANCTIONS"));
            assertThat(s.rows()).extracting(r -> r.get(s.columns().indexOf("title")))
                    .containsExactly("Talks in Geneva end without breakthrough", "Kremlin welcomes call as sanctions threat looms");
            assertThat(a.stories(Filter.all().withText("diesel")).size()).isEqualTo(1);
            assertThat(a.stories(Filter.all().withText("100% sure")).size()).isZero();
            // every word, anywhere in body, title or quotes; a phrase in double quotes as written
            assertThat(a.stories(Filter.all().withText("sanctions Geneva")).size()).isEqualTo(1);
            assertThat(a.stories(Filter.all().withText("businesslike Washington")).size()).isEqualTo(1);
            assertThat(a.stories(Filter.all().withText("\"Washington warned\"")).size()).isEqualTo(1);
            assertThat(a.stories(Filter.all().withText("\"warned Washington\"")).size()).isZero();
        }
    }

    @Test
    void pagingIsBoundedAndActorsAreCounted() {
        try (Archive a = Archive.openReadOnly(fixture())) {
            assertThat(a.events(Filter.all().withPage(2, 0)).size()).isEqualTo(2);
            assertThat(a.events(Filter.all().withPage(100, 7)).size()).isEqualTo(1);
            Rows actors = a.actors(Filter.all().withActor("RUSGOV"));
            assertThat(actors.get(0, "code")).isEqualTo("RUSGOV");
            assertThat((Long) actors.get(0, "quotes")).isEqualTo(3L);
        }
        assertThatThrownBy(() -> Filter.all().withPage(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Filter.all().withText("x".repeat(500))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sandboxedSqlCanReadButNeitherWriteNorTouchFiles() {
        Path db = fixture();
        try (Archive a = Archive.openSandboxed(db)) {
            assertThat(a.sql("SELECT count(*) AS n FROM stories", 10).get(0, "n")).isEqualTo(3L);
            assertThatThrownBy(() -> a.sql("DELETE FROM stories", 10)).isInstanceOf(ArchiveException.class);
            String out = dir.resolve("leak.csv").toString();
            assertThatThrownBy(() -> a.sql("COPY stories TO '" + out + "'", 10)).isInstanceOf(ArchiveException.class);
            assertThatThrownBy(() -> a.sql("SELECT * FROM read_csv('/etc/passwd')", 10)).isInstanceOf(ArchiveException.class);
            assertThatThrownBy(() -> a.sql("SET enable_external_access = true", 10)).isInstanceOf(ArchiveException.class);
        }
        try (Archive a = Archive.open(db)) {
            assertThat(a.counts()).containsEntry("stories", 3L);
        }
    }

    @Test
    void aMissingArchiveIsAnErrorThatSaysWhatToDo() {
        assertThatThrownBy(() -> Archive.openReadOnly(dir.resolve("none.duckdb")))
                .isInstanceOf(ArchiveException.class).hasMessageContaining("dateline ingest");
    }

    @Test
    void aStoryWithoutUrlIsKeyedByItsText() {
        Story s = ExampleStories.farmersProtest();
        assertThat(StoryKey.of(s.page())).startsWith("sha256:");
        assertThat(StoryKey.of(ExampleStories.kremlinCall().page())).isEqualTo("url:https://news.example.org/world/kremlin-call");
    }
}
