package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.dateline.store.ExampleStories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void archive() {
        db = ExampleStories.archive(dir.resolve("fixture.duckdb")).toString();
    }

    @Test
    void speakerAnswersWithTheirQuotes() throws Exception {
        CliRun r = CliRun.of("query", "--db", db, "--speaker", "Ushakov", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("quote").asText()).isEqualTo("The conversation was frank and businesslike,");
        assertThat(rows.get(0).get("speaker_code").asText()).isEqualTo("RUSGOV");
    }

    @Test
    void actorAndEventAnswerWithEventsInTheDateRange() {
        CliRun r = CliRun.of("query", "--db", db, "--actor", "RUS", "--event", "13", "--format", "csv");
        assertThat(r.out().lines()).hasSize(3); // header and two sanctions threats
        assertThat(r.out()).contains("1312,\"Threaten with sanctions, boycott, embargo\"");
        CliRun since = CliRun.of("query", "--db", db, "--actor", "RUS", "--event", "13", "--since", "2022-01-01",
                "--until", "2022-01-31", "--format", "jsonl");
        assertThat(since.out().lines()).singleElement().satisfies(l -> assertThat(l).contains("\"date\":\"2022-01-10\""));
    }

    @Test
    void textAnswersWithStoriesWhoseBodyOrQuotesHoldIt() {
        CliRun r = CliRun.of("query", "--db", db, "--text", "frank and businesslike", "--format", "table");
        assertThat(r.out()).contains("Kremlin welcomes call").contains("(1 row)").doesNotContain("Geneva");
        assertThat(CliRun.of("query", "--db", db, "--text", "sanctions", "--format", "jsonl").out().lines()).hasSize(2);
    }

    @Test
    void rawSqlReadsButCannotWrite() {
        CliRun r = CliRun.of("query", "--db", db, "--sql", "SELECT root_code, count(*) AS n FROM events GROUP BY ALL ORDER BY 1",
                "--format", "csv");
        assertThat(r.out()).startsWith("root_code,n\r\n04,2\r\n");
        CliRun write = CliRun.of("query", "--db", db, "--sql", "DROP TABLE events");
        assertThat(write.exit()).isEqualTo(2);
        assertThat(write.err()).contains("--sql");
        assertThat(CliRun.of("query", "--db", db, "--sql", "SELECT count(*) AS n FROM events", "--format", "csv").out())
                .contains("\r\n8\r\n");
    }

    @Test
    void badInputIsAUsageErrorNamingTheFlag() {
        assertThat(CliRun.of("query", "--db", db, "--since", "yesterday").err()).contains("yesterday");
        assertThat(CliRun.of("query", "--db", db, "--limit", "0").exit()).isEqualTo(2);
        CliRun missing = CliRun.of("query", "--db", dir.resolve("nope.duckdb").toString(), "--text", "x");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("dateline ingest");
    }
}
