package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code dateline bench} reports: pages, warm-up passes, rates; a broken page counted, not fatal. */
class BenchCommandTest {
    private static final Pattern REPORT = Pattern.compile(
            "dateline \\(page stage, 1 thread\\): (\\d+) pages, [\\d.]+ MB, (\\d+) warm-up passes, 2 rounds: "
                    + "([\\d.]+) pages/s, [\\d.]+ MB/s(?: \\(([\\d.]+) pages per CPU second\\))?");

    @TempDir
    Path dir;

    private void page(String name, String headline) throws IOException {
        Files.writeString(dir.resolve(name), "<html><head><title>" + headline + "</title></head><body><article><p>"
                + "The council voted on Tuesday to extend the programme for another year, officials said.</p>"
                + "</article></body></html>", StandardCharsets.UTF_8);
    }

    @Test
    void warmsUpForTheSecondsAskedThenReportsPagesPerSecond() throws IOException {
        page("a.html", "Council extends programme");
        page("b.html", "Second vote");
        CliRun run = CliRun.of("bench", "--stage", "page", "--warmup", "1", "--warmup-seconds", "2", "--rounds", "2",
                dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Matcher m = REPORT.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        assertThat(m.group(1)).isEqualTo("2");
        // Two small pages take well under 2 s a pass, even cold, so the warm-up must have gone on past the one pass asked.
        assertThat(Integer.parseInt(m.group(2))).isGreaterThan(1);
        assertThat(Double.parseDouble(m.group(3))).isPositive();
        // The CPU-second rate shows when enough CPU time went by to be told.
        if (m.group(4) != null) assertThat(Double.parseDouble(m.group(4))).isPositive();
    }

    @Test
    void makesTheWarmUpPassesAskedWhenNoSecondsAreGiven() throws IOException {
        page("a.html", "Council extends programme");
        CliRun run = CliRun.of("bench", "--stage", "page", "--warmup", "3", "--rounds", "2", dir.toString());
        Matcher m = REPORT.matcher(run.out());
        assertThat(m.find()).as(run.out()).isTrue();
        assertThat(m.group(2)).isEqualTo("3");
    }

    @Test
    void anUnreadablePageIsReportedAndTheRestTimed() throws IOException {
        page("a.html", "Council extends programme");
        Files.write(dir.resolve("empty.html"), new byte[0]);
        CliRun run = CliRun.of("bench", "--stage", "page", "--warmup", "0", "--rounds", "2", dir.toString());
        assertThat(run.exit()).isEqualTo(Main.SOME_FAILED);
        assertThat(run.err()).contains("empty.html");
        assertThat(run.out()).contains("1 failed");
    }
}
