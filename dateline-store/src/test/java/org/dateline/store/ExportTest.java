package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    Path dir;

    private Archive archive() {
        Path db = ExampleStories.archive(dir.resolve("a.duckdb"));
        return Archive.openReadOnly(db);
    }

    @Test
    void gdeltRowsHaveSixtyOneColumnsWithCameoCodesAndDates() throws Exception {
        StringWriter out = new StringWriter();
        try (Archive a = archive()) {
            assertThat(Export.gdelt(a, out)).isEqualTo(8);
        }
        List<String[]> rows = out.toString().lines().map(l -> l.split("\t", -1)).toList();
        assertThat(rows).hasSize(8).allSatisfy(r -> assertThat(r).hasSize(61));
        String[] threat = rows.stream().filter(r -> r[26].equals("1312")).findFirst().orElseThrow();
        int c = Export.GDELT_COLUMNS.indexOf("SQLDATE");
        assertThat(threat[c]).isEqualTo("20211230");
        assertThat(threat[Export.GDELT_COLUMNS.indexOf("EventBaseCode")]).isEqualTo("131");
        assertThat(threat[Export.GDELT_COLUMNS.indexOf("EventRootCode")]).isEqualTo("13");
        assertThat(threat[Export.GDELT_COLUMNS.indexOf("QuadClass")]).isEqualTo("3");
        assertThat(threat[Export.GDELT_COLUMNS.indexOf("Actor1Code")]).isEqualTo("USAGOV");
        assertThat(threat[Export.GDELT_COLUMNS.indexOf("Actor1CountryCode")]).isEqualTo("USA");
        assertThat(threat[Export.GDELT_COLUMNS.indexOf("Actor1Type1Code")]).isEqualTo("GOV");
        assertThat(threat[Export.GDELT_COLUMNS.indexOf("SOURCEURL")]).isEqualTo("https://news.example.org/world/kremlin-call");
        assertThat(threat[Export.GDELT_COLUMNS.indexOf("DATEADDED")]).matches("\\d{14}");
        String[] meeting = rows.stream().filter(r -> r[26].equals("044")).findFirst().orElseThrow();
        assertThat(meeting[Export.GDELT_COLUMNS.indexOf("ActionGeo_CountryCode")]).isEqualTo("CH");
        assertThat(meeting[Export.GDELT_COLUMNS.indexOf("ActionGeo_Lat")]).isEqualTo("46.2022");
        assertThat(meeting[Export.GDELT_COLUMNS.indexOf("QuadClass")]).isEqualTo("1");
        assertThat(Arrays.stream(rows.get(0)).filter(String::isEmpty).count()).isGreaterThan(20);
    }

    @Test
    void actorCodesSplitIntoCountryGroupAndTypes() {
        String[] row = new String[61];
        Arrays.fill(row, "");
        Export.actor(row, 5, "IGOWSTNAT", "NATO");
        assertThat(row[5 + 3]).isEqualTo("NAT");
        assertThat(row[5 + 7]).isEqualTo("IGO");
        assertThat(row[5 + 2]).isEmpty();
    }

    @Test
    void parquetAndCsvExportsOpenInDuckDb() throws Exception {
        Path parquet = dir.resolve("events.parquet");
        Path csv = dir.resolve("quotes.csv");
        try (Archive a = archive()) {
            Export.copy(a, "events", "parquet", parquet);
            Export.copy(a, "quotes", "csv", csv);
        }
        try (Archive scratch = Archive.open(dir.resolve("scratch.duckdb"))) {
            Rows p = scratch.query("SELECT count(*) AS n, count(DISTINCT code) AS codes FROM read_parquet(?)", parquet.toString());
            assertThat(p.get(0, "n")).isEqualTo(8L);
            Rows q = scratch.query("SELECT speaker FROM read_csv(?) ORDER BY speaker", csv.toString());
            assertThat(q.rows()).extracting(r -> r.get(0)).contains("Yuri Ushakov", "Grace Wanjiru");
        }
    }

    @Test
    void jsonLinesHaveOneObjectPerRow() throws Exception {
        StringWriter out = new StringWriter();
        try (Archive a = archive()) {
            assertThat(Export.jsonLines(a, "quotes", out)).isEqualTo(4);
        }
        assertThat(out.toString().lines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("{\"story_id\":"));
    }
}
