package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.dateline.store.Archive;
import org.dateline.store.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandTest {
    @TempDir
    Path dir;

    private static final String[] PLACES = {"Lisbon", "Oslo", "Quito", "Hanoi", "Accra", "Lima", "Riga", "Dakar"};
    private static final String[] ACTS = {"opened a new rail line", "cut interest rates", "signed a water treaty",
            "banned night flights", "raised the minimum wage", "closed a coal plant"};

    /** Distinct short news stories, one JSON line each, with a published date and no URL (keyed by text). */
    private Path jsonLines(int n) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String place = PLACES[i % PLACES.length];
            String act = ACTS[(i / PLACES.length) % ACTS.length];
            String text = "The city council of " + place + " " + act + " on Monday, officials said (report " + i + "). "
                    + "\\\"This is a good day for " + place + ",\\\" the mayor told reporters after the vote.";
            lines.add("{\"id\":\"s" + i + "\",\"text\":\"" + text + "\",\"published\":\"2022-03-"
                    + String.format("%02d", 1 + i % 28) + "\"}");
        }
        Path f = dir.resolve("stories.jsonl");
        Files.write(f, lines);
        return f;
    }

    private static Map<String, Long> counts(Path db) {
        try (Archive a = Archive.openReadOnly(db)) {
            return a.counts();
        }
    }

    @Test
    void ingestingTheSameInputTwiceAddsNothingTheSecondTime() throws IOException {
        Path input = jsonLines(12);
        Path db = dir.resolve("a.duckdb");
        CliRun first = CliRun.of("ingest", "--db", db.toString(), input.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.err()).contains("12 stories added");
        Map<String, Long> once = counts(db);
        CliRun second = CliRun.of("ingest", "--db", db.toString(), input.toString(), input.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.err()).contains("0 stories added", "24 already in");
        assertThat(counts(db)).isEqualTo(once).containsEntry("stories", 12L);
        try (Archive a = Archive.openReadOnly(db)) {
            assertThat(a.query("SELECT published_date FROM stories WHERE source = 's3'").get(0, "published_date"))
                    .isEqualTo("2022-03-04");
        }
    }

    @Test
    void warcAndFeedFilesAreIngestedWithTheirUrlsAndDates() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        String page = "<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
                + "<p>Dock workers in Rotterdam returned to work on Friday after a four-day strike over pay, the union "
                + "said on Friday evening in a statement.</p></article></body></html>";
        Files.write(warc, gzipWarc("https://port.example.com/strike", page));
        Path rss = dir.resolve("news.rss");
        Files.writeString(rss, """
                <?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
                <item><title>Ferry service resumes</title><link>https://harbour.example.net/ferry</link>
                <pubDate>Tue, 04 Jan 2022 08:30:00 GMT</pubDate>
                <description>&lt;p&gt;The ferry between the two islands resumed on Monday after a week of storms, the operator said.&lt;/p&gt;</description>
                </item></channel></rss>""");
        Path db = dir.resolve("w.duckdb");
        CliRun run = CliRun.of("ingest", "--db", db.toString(), dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (Archive a = Archive.openReadOnly(db)) {
            Rows r = a.query("SELECT url, text, CAST(published_date AS VARCHAR) AS d FROM stories ORDER BY url");
            assertThat(r.rows()).extracting(x -> x.get(0))
                    .containsExactly("https://harbour.example.net/ferry", "https://port.example.com/strike");
            assertThat(r.get(0, "d")).isEqualTo("2022-01-04");
            assertThat((String) r.get(1, "text")).contains("Dock workers in Rotterdam");
        }
        assertThat(CliRun.of("ingest", "--db", db.toString(), dir.toString()).err()).contains("0 stories added");
    }

    private static byte[] gzipWarc(String url, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        block.write(http.getBytes(StandardCharsets.ISO_8859_1));
        block.write(body);
        String head = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nContent-Type: application/http; "
                + "msgtype=response\r\nContent-Length: " + block.size() + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(head.getBytes(StandardCharsets.ISO_8859_1));
            g.write(block.toByteArray());
            g.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    @Test
    void anIngestKilledHalfwayResumesAndEndsWithTheSameCounts() throws Exception {
        int n = 300;
        Path input = jsonLines(n);
        Path whole = dir.resolve("whole.duckdb");
        assertThat(CliRun.of("ingest", "--db", whole.toString(), input.toString()).exit()).isZero();

        Path killed = dir.resolve("killed.duckdb");
        Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"), "org.dateline.cli.Main",
                "ingest", "--db", killed.toString(), "--batch", "5", "--threads", "1", "--verbose", input.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            int committed = 0;
            while ((line = err.readLine()) != null) {
                if (line.contains("committed") && ++committed == 3) break;
            }
            assertThat(committed).as("the ingest reported its first batches").isEqualTo(3);
            p.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        long partial = counts(killed).get("stories");
        assertThat(partial).as("killed halfway").isBetween(15L, (long) n - 1);

        CliRun resumed = CliRun.of("ingest", "--db", killed.toString(), input.toString());
        assertThat(resumed.exit()).isZero();
        assertThat(resumed.err()).contains(partial + " already in");
        assertThat(counts(killed)).isEqualTo(counts(whole)).containsEntry("stories", (long) n);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
