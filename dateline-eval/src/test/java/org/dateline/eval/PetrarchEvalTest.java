package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PetrarchEvalTest {
    @Test
    void passesAtLeastTheMeasuredShareOfTheUnitSuite() {
        Path data = SharedData.dataFolder();
        Assumptions.assumeTrue(data != null && Files.exists(data.resolve("cameo/PETR.UnitTest.dev.xml")), "no gold data");
        boolean verbose = Boolean.getBoolean("eval.verbose");
        EvalResult r = new PetrarchEval().run(data, new PrintStream(System.out), verbose);
        System.out.println(r.summary());
        assertThat(r.items()).isGreaterThan(150);
        assertThat(r.figure("records_passed")).isGreaterThanOrEqualTo(FLOOR);
    }

    /** Slightly below the figure measured when this was written (see the report). */
    private static final double FLOOR = 0.62; // measured 0.647 (134 of 207)
}
