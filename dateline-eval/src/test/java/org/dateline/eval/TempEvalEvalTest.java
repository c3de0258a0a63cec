package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TempEvalEvalTest {

    private static Path sharedData() {
        String property = System.getProperty("dateline.shared");
        String env = System.getenv("DATELINE_SHARED");
        for (String candidate : new String[] {property, env, "/work/shared"}) {
            if (candidate == null) continue;
            Path data = Path.of(candidate).resolve("data");
            if (Files.isDirectory(data.resolve("time").resolve("TimeBank"))) return data;
        }
        return null;
    }

    @Test
    void timeMlIsReducedToPlainTextWithGoldSpansAtTheRightOffsets() {
        String timeml = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\" "
                + "functionInDocument=\"CREATION_TIME\">19980108</TIMEX3></DCT>\n<TEXT>\nStocks <EVENT eid=\"e1\">fell"
                + "</EVENT> &amp; bonds rose <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>."
                + "</TEXT></TimeML>";
        TempEvalEval.Document d = TempEvalEval.parse("x", timeml);
        assertThat(d.text()).isEqualTo("\nStocks fell & bonds rose yesterday.");
        assertThat(d.creation()).hasToString("1998-01-08");
        assertThat(d.gold()).singleElement().satisfies(g -> {
            assertThat(d.text().substring(g.start(), g.end())).isEqualTo("yesterday");
            assertThat(g.value()).isEqualTo("1998-01-07");
            assertThat(g.type()).isEqualTo("DATE");
        });
    }

    @Test
    void timeBankScoresStayAboveTheMeasuredFloor() {
        Path data = sharedData();
        assumeTrue(data != null, "TempEval-3 TimeBank data not found; skipping");
        EvalResult r = new TempEvalEval().run(data, new PrintStream(OutputStream.nullOutputStream()), false);
        assertThat(r.items()).isEqualTo(183);
        // Measured: strict span F1 0.912, relaxed 0.948, value F1 0.834, type F1 0.927.
        assertThat(r.figure("strict_f1")).isGreaterThan(0.90);
        assertThat(r.figure("relaxed_f1")).isGreaterThan(0.935);
        assertThat(r.figure("value_f1")).isGreaterThan(0.815);
        assertThat(r.figure("type_f1")).isGreaterThan(0.915);
    }
}
