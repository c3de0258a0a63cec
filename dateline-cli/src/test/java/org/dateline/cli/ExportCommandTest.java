package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.store.Archive;
import org.dateline.store.ExampleStories;
import org.dateline.store.Export;
import org.dateline.store.Rows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void archive() {
        db = ExampleStories.archive(dir.resolve("fixture.duckdb")).toString();
    }

    @Test
    void gdeltExportReadsBackAsSixtyOneTabSeparatedColumns() throws Exception {
        Path out = dir.resolve("events.gdelt.tsv");
        CliRun r = CliRun.of("export", "--db", db, "--format", "gdelt", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(8).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(61));
        try (Archive scratch = Archive.open(dir.resolve("scratch.duckdb"))) {
            // Read it the way GDELT files are read: no header, tabs, GDELT's own column names.
            String names = "['" + String.join("', '", Export.GDELT_COLUMNS) + "']";
            Rows rows = scratch.query("SELECT SQLDATE, EventCode, EventRootCode, QuadClass, Actor1CountryCode "
                    + "FROM read_csv(?, delim = '\\t', header = false, all_varchar = true, quote = '', names = " + names
                    + ") ORDER BY GLOBALEVENTID", out.toString());
            assertThat(rows.size()).isEqualTo(8);
            assertThat(rows.rows()).extracting(x -> x.get(1)).contains("040", "1312", "044", "175");
            assertThat(rows.rows()).allSatisfy(x -> assertThat((String) x.get(0)).matches("20(21|22)\\d{4}"));
            assertThat(rows.rows()).allSatisfy(x -> assertThat((String) x.get(1)).startsWith((String) x.get(2)));
            assertThat(rows.rows()).extracting(x -> x.get(3)).containsOnly("1", "3", "4");
            assertThat(rows.rows()).extracting(x -> x.get(4)).contains("RUS", "USA", "KEN");
        }
        assertThat(Export.GDELT_COLUMNS).hasSize(61);
    }

    @Test
    void parquetAndCsvAndJsonLinesOpenAgain() throws Exception {
        Path parquet = dir.resolve("events.parquet");
        assertThat(CliRun.of("export", "--db", db, "--format", "parquet", "--out", parquet.toString()).exit()).isZero();
        Path csv = dir.resolve("quotes.csv");
        assertThat(CliRun.of("export", "--db", db, "--format", "csv", "--table", "quotes", "--out", csv.toString()).exit())
                .isZero();
        try (Archive scratch = Archive.open(dir.resolve("scratch.duckdb"))) {
            assertThat(scratch.query("SELECT count(*) AS n FROM read_parquet(?) WHERE code = '1312'", parquet.toString())
                    .get(0, "n")).isEqualTo(2L);
            assertThat(scratch.query("SELECT count(*) AS n FROM read_csv(?)", csv.toString()).get(0, "n")).isEqualTo(4L);
        }
        CliRun jsonl = CliRun.of("export", "--db", db, "--format", "jsonl", "--table", "stories");
        assertThat(jsonl.out().lines()).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
    }

    @Test
    void parquetNeedsAFileAndTablesAreChecked() {
        assertThat(CliRun.of("export", "--db", db, "--format", "parquet").exit()).isEqualTo(2);
        assertThat(CliRun.of("export", "--db", db, "--format", "csv", "--table", "stories; DROP TABLE x").err())
                .contains("--table must be one of");
    }
}
