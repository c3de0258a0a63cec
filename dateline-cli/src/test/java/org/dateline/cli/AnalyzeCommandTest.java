package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: inputs, formats, order, overrides, and bad input reported without losing the batch. */
class AnalyzeCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String STORY = """
            Ministers Meet in Oslo

            Norway's foreign minister met her Swedish counterpart in Oslo on Monday, the ministry said.
            "We agreed to work together on energy," the minister told reporters.
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static List<JsonNode> lines(String out) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) if (!line.isBlank()) nodes.add(JSON.readTree(line));
        return nodes;
    }

    @Test
    void jsonLinesOutputHasOneStoryPerInputInInputOrder() throws IOException {
        Path a = write("a.txt", STORY);
        Path b = write("b.html", "<html><head><title>Second</title></head><body><article><p>"
                + "The council voted on Tuesday to extend the programme for another year.</p></article></body></html>");
        CliRun run = CliRun.of("analyze", "--format", "jsonl", b.toString(), a.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> stories = lines(run.out());
        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).get("id").asText()).isEqualTo(b.toString());
        assertThat(stories.get(1).get("id").asText()).isEqualTo(a.toString());
    }

    @Test
    void everySpanPointsAtItsEvidence() throws IOException {
        CliRun run = CliRun.of("analyze", "--format", "jsonl", "--published", "2024-03-04", write("s.txt", STORY).toString());
        JsonNode story = lines(run.out()).get(0);
        String text = story.get("text").asText();
        for (String field : List.of("entities", "times", "places", "quotes")) {
            for (JsonNode span : story.get(field)) {
                assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                        .as(field).isEqualTo(span.get("text").asText());
            }
        }
        for (JsonNode s : story.get("sentences")) {
            assertThat(s.get("start").asInt()).isLessThan(s.get("end").asInt());
            assertThat(s.get("end").asInt()).isLessThanOrEqualTo(text.length());
        }
    }

    @Test
    void publishedFlagIsGivenAndWins() throws IOException {
        CliRun run = CliRun.of("analyze", "--format", "jsonl", "--published", "2024-03-04", write("s.txt", STORY).toString());
        JsonNode story = lines(run.out()).get(0);
        assertThat(story.get("published").asText()).isEqualTo("2024-03-04");
        assertThat(story.get("published_basis").asText()).isEqualTo("given");
    }

    @Test
    void badPublishedDateIsAUsageErrorNamingTheValue() throws IOException {
        CliRun run = CliRun.of("analyze", "--published", "03/04/2024", write("s.txt", STORY).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).contains("03/04/2024").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void jsonLinesInputKeepsTheGivenTextUnchangedSoOffsetsHold() throws IOException {
        String text = "  Leading spaces stay. The minister said on Friday that talks would resume.\n\nSecond paragraph.";
        String line = JSON.writeValueAsString(java.util.Map.of("id", "doc-7", "text", text, "published", "2023-05-05",
                "url", "https://news.example/x"));
        Path in = write("in.jsonl", line + "\n");
        CliRun run = CliRun.of("analyze", "--input", "jsonl", "--format", "jsonl", in.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode story = lines(run.out()).get(0);
        assertThat(story.get("id").asText()).isEqualTo("doc-7");
        assertThat(story.get("text").asText()).isEqualTo(text);
        assertThat(story.get("url").asText()).isEqualTo("https://news.example/x");
        assertThat(story.get("published_basis").asText()).isEqualTo("given");
    }

    @Test
    void badInputsAreReportedOneLineEachAndTheBatchGoesOn() throws IOException {
        Path good = write("good.txt", STORY);
        Path missing = dir.resolve("missing.txt");
        Path binary = dir.resolve("binary.html");
        Files.write(binary, new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 0});
        Path invalid = dir.resolve("corrupt.txt");
        byte[] story = STORY.replace("Norway's", "Norway’s").getBytes(StandardCharsets.UTF_8);
        story[40] = (byte) 0xff;
        Files.write(invalid, story);
        Path empty = write("empty.txt", "   \n\n ");
        Path badGz = dir.resolve("broken.html.gz");
        Files.write(badGz, new byte[] {1, 2, 3, 4});
        CliRun run = CliRun.of("analyze", "--format", "jsonl", missing.toString(), binary.toString(), good.toString(),
                invalid.toString(), empty.toString(), badGz.toString());
        assertThat(run.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(lines(run.out())).extracting(n -> n.get("id").asText()).contains(good.toString());
        List<String> errors = run.err().lines().filter(l -> l.startsWith("dateline: /")).toList();
        assertThat(errors).anySatisfy(l -> assertThat(l).contains(missing.toString()).contains("not found"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains(binary.toString()).contains("binary"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains(empty.toString()).contains("empty"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains(invalid.toString()).contains("invalid UTF-8"));
        assertThat(errors).anySatisfy(l -> assertThat(l).contains(badGz.toString()).contains("gzip"));
        assertThat(run.err()).contains("inputs failed").doesNotContain("at org.");
    }

    @Test
    void directoriesAreWalkedAndGzipIsRead() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("pages/sub"));
        Files.writeString(sub.resolve("one.txt"), STORY);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(dir.resolve("pages/two.html.gz")))) {
            o.write("<html><body><p>The parliament approved the budget on Wednesday after a long debate.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("pages/notes.csv"), "a,b\n");
        CliRun run = CliRun.of("analyze", "--format", "jsonl", dir.resolve("pages").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> stories = lines(run.out());
        assertThat(stories).hasSize(2);
        assertThat(stories.get(1).get("text").asText()).contains("parliament approved the budget");
    }

    @Test
    void badJsonLineIsReportedWithItsLineNumber() throws IOException {
        Path in = write("in.jsonl", "{\"id\":\"a\",\"text\":\"The envoy arrived in Cairo.\"}\n{not json\n{\"id\":\"c\"}\n");
        CliRun run = CliRun.of("analyze", "--input", "jsonl", "--format", "jsonl", in.toString());
        assertThat(run.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(lines(run.out())).hasSize(1);
        assertThat(run.err()).contains(in + ":2").contains("c: bad JSON line");
    }

    @Test
    void textReportSaysWhoSaidWhatAndStripsTerminalEscapes() throws IOException {
        Path p = write("esc.txt", "Title\u001b[31m here\n\nThe mayor said the bridge would reopen\u001b]0;pwned\u0007 soon.\n");
        CliRun run = CliRun.of("analyze", "--format", "text", p.toString());
        assertThat(run.out()).contains("WHO SAID WHAT").contains("WHO DID WHAT TO WHOM").contains("WHEN").contains("WHERE");
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void extractStopsAfterThePageStage() throws IOException {
        CliRun run = CliRun.of("extract", "--format", "jsonl", write("s.txt", STORY).toString());
        JsonNode page = lines(run.out()).get(0);
        assertThat(page.has("text")).isTrue();
        assertThat(page.has("quotes")).isFalse();
        CliRun md = CliRun.of("extract", "--format", "markdown", write("t.txt", STORY).toString());
        assertThat(md.out()).contains("Norway's foreign minister");
    }

    @Test
    void missingDictionaryFileIsOneLineAndExitTwo() throws IOException {
        CliRun run = CliRun.of("analyze", "--verbs", dir.resolve("nope.verbs").toString(), write("s.txt", STORY).toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).contains("nope.verbs").doesNotContain("\n");
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
            g.write(b);
        }
        return bo.toByteArray();
    }
}
