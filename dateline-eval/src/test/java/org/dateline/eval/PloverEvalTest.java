package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PloverEvalTest {
    @Test
    void codesAtLeastTheMeasuredShareOfGoldRecords() {
        Path data = SharedData.dataFolder();
        Assumptions.assumeTrue(data != null && Files.exists(data.resolve("plover/PLOVER_GSR_CAMEO.dev.jsonl")), "no gold data");
        boolean verbose = Boolean.getBoolean("eval.verbose");
        EvalResult r = new PloverEval().run(data, new PrintStream(System.out), verbose);
        System.out.println(r.summary());
        assertThat(r.items()).isGreaterThan(200);
        assertThat(r.figure("type")).isGreaterThanOrEqualTo(TYPE_FLOOR);
        assertThat(r.figure("triple")).isGreaterThanOrEqualTo(TRIPLE_FLOOR);
    }

    /** Slightly below the figures measured when this was written (see the report). */
    private static final double TYPE_FLOOR = 0.42; // measured 0.447 (102 of 228)
    private static final double TRIPLE_FLOOR = 0.27; // measured 0.298 (68 of 228)
}
