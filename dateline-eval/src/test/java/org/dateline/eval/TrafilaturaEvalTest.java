package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the evaluation on part of the development set; the floors sit a little below the figures measured there. */
class TrafilaturaEvalTest {
    /** The first items of the set, enough to catch a regression in well under half a minute. */
    private static final int LIMIT = 150;

    @Test
    void scoresAtLeastWhatWasMeasured() {
        Path data = SharedData.dataFolder();
        assumeTrue(data != null && Files.isDirectory(data.resolve("page-metadata")), "gold data absent");
        EvalResult result = new TrafilaturaEval(LIMIT).run(data, new PrintStream(OutputStream.nullOutputStream()), false);
        System.out.println(result.summary());
        assertThat(result.items()).isEqualTo(LIMIT);
        assertThat(result.figure("f1")).isGreaterThanOrEqualTo(0.92);
        assertThat(result.figure("title_accuracy")).isGreaterThanOrEqualTo(0.74);
        assertThat(result.figure("date_accuracy")).isGreaterThanOrEqualTo(0.83);
        assertThat(result.figure("author_accuracy")).isGreaterThanOrEqualTo(0.50);
        assertThat(result.figure("pages_per_second")).isPositive();
    }

    @Test
    void snippetsMatchAcrossEveryKindOfSpacePythonSplitsOn() {
        // No-break, narrow no-break and ideographic spaces and a line separator, as pages and the gold file hold them.
        assertThat(TrafilaturaEval.normalize(" Prix\u00a0:\u202f12\u3000€\u2028 fin\t")).isEqualTo("Prix : 12 € fin");
        assertThat(TrafilaturaEval.normalize("a\u001fb")).isEqualTo("a b");
        assertThat(TrafilaturaEval.normalize("zero\u200bwidth")).isEqualTo("zero\u200bwidth");
    }
}
