package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the evaluation on part of the development set; the floors sit a little below the figures measured there. */
class ZyteArticleEvalTest {
    /** The first items of the set, enough to catch a regression in well under half a minute. */
    private static final int LIMIT = 60;

    @Test
    void scoresAtLeastWhatWasMeasured() {
        Path data = SharedData.dataFolder();
        assumeTrue(data != null && Files.isDirectory(data.resolve("article-extraction")), "gold data absent");
        EvalResult result = new ZyteArticleEval(LIMIT).run(data, new PrintStream(OutputStream.nullOutputStream()), false);
        System.out.println(result.summary());
        assertThat(result.items()).isEqualTo(LIMIT);
        assertThat(result.figure("f1")).isGreaterThanOrEqualTo(0.96);
        assertThat(result.figure("precision")).isGreaterThanOrEqualTo(0.965);
        assertThat(result.figure("pages_per_second")).isPositive();
    }

    @Test
    void shinglesAreFourTokenRunsAndShortTextsOneShingle() {
        double[] same = ZyteArticleEval.shingleMatch("The port reopened on Monday.", "the port: reopened on Monday");
        assertThat(same[0]).isLessThan(1.0); // tokens are case-sensitive, as \\w+ leaves them
        double[] exact = ZyteArticleEval.shingleMatch("The port reopened on Monday.", "The port reopened on Monday!");
        assertThat(exact).containsExactly(1.0, 0.0, 0.0);
        double[] half = ZyteArticleEval.shingleMatch("a b c d e", "a b c d");
        assertThat(half[0]).isEqualTo(0.5);
        assertThat(half[2]).isEqualTo(0.5);
        assertThat(ZyteArticleEval.shingles("one two")).containsOnlyKeys(java.util.List.of("one", "two"));
    }
}
