package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the evaluation on part of the development set; the floors sit a little below the figures measured there. */
class HtmldateEvalTest {
    /** The first items of the set, enough to catch a regression in well under half a minute. */
    private static final int LIMIT = 150;

    @Test
    void scoresAtLeastWhatWasMeasured() {
        Path data = SharedData.dataFolder();
        assumeTrue(data != null && Files.isDirectory(data.resolve("publication-dates")), "gold data absent");
        EvalResult result = new HtmldateEval(LIMIT).run(data, new PrintStream(OutputStream.nullOutputStream()), false);
        System.out.println(result.summary());
        assertThat(result.items()).isEqualTo(LIMIT);
        assertThat(result.figure("f1")).isGreaterThanOrEqualTo(0.87);
        assertThat(result.figure("pages_per_second")).isPositive();
    }
}
