package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.quote.Quote;
import org.dateline.quote.QuoteKind;
import org.dateline.quote.Speaker;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PolnearEvalTest {
    private static Path shared() {
        String prop = System.getProperty("dateline.shared");
        String env = System.getenv("DATELINE_SHARED");
        for (String candidate : new String[] {prop, env, "/work/shared"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate, "quotes").getParent().resolve("data"))) {
                return Path.of(candidate, "data");
            }
            if (candidate != null && Files.isDirectory(Path.of(candidate, "quotes"))) return Path.of(candidate);
        }
        return null;
    }

    @Test
    void scoresTheDevelopmentSplitAboveTheMeasuredFloor() {
        Path data = shared();
        Assumptions.assumeTrue(data != null && Files.isDirectory(data.resolve("quotes/dev/text")),
                "PolNeAR data absent");
        EvalResult r = new PolnearEval("dev").run(data, new PrintStream(OutputStream.nullOutputStream()), false);
        assertThat(r.items()).isEqualTo(84);
        // Floors a little below the figures measured when this was written: f1 0.859 (precision 0.887,
        // recall 0.833), speaker accuracy 0.883 (speaker span = the mention as written), direct-quote f1 0.926.
        assertThat(r.figure("f1")).isGreaterThan(0.84);
        assertThat(r.figure("speaker_accuracy")).isGreaterThan(0.86);
        assertThat(r.figure("direct_f1")).isGreaterThan(0.91);
        assertThat(r.figure("precision")).isGreaterThan(0.87);
    }

    @Test
    void theSpeakerSpanScoredIsTheMentionAsWrittenBesideTheCue() {
        String text = "Mayor Ana Ruiz opened the bridge. \u201CWe won,\u201D she said.";
        int she = text.indexOf("she");
        int content = text.indexOf('\u201C');
        String ann = String.join("\n",
                "T1\tContent " + content + " " + (she - 1) + "\t\u201CWe won,\u201D",
                "T2\tSource " + she + " " + (she + 3) + "\tshe",
                "T3\tCue " + (she + 4) + " " + (she + 8) + "\tsaid",
                "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2");
        List<PolnearEval.Gold> gold = PolnearEval.parse(ann, text);
        int named = text.indexOf("Ana Ruiz");
        Quote q = new Quote(content + 1, she - 3, "We won", QuoteKind.DIRECT, "said",
                new Speaker("Pat Doe", named, named + 8, null, null, she, she + 3));
        // "she" resolved to a name the gold never gives: right by the span as written beside the cue.
        assertThat(PolnearEval.speakerRight(q, gold.get(0), gold)).isTrue();
        Quote elsewhere = new Quote(content + 1, she - 3, "We won", QuoteKind.DIRECT, "said",
                new Speaker("Pat Doe", she, she + 3, null, null, 0, 5));
        // The named span is not what is compared once a mention is given.
        assertThat(PolnearEval.speakerRight(elsewhere, gold.get(0), gold)).isFalse();
        Quote noMention = new Quote(content + 1, she - 3, "We won", QuoteKind.DIRECT, "said",
                new Speaker("Pat Doe", she, she + 3, null, null, -1, -1));
        assertThat(PolnearEval.speakerRight(noMention, gold.get(0), gold)).isTrue();
    }

    @Test
    void readsSplitContentsAndSourcesFromBratStandoff() {
        String text = "\u201CWe won,\u201D she said. \u201CAgain.\u201D";
        String ann = String.join("\n",
                "T1\tContent 0 9;21 29\t\u201CWe won,\u201D \u201CAgain.\u201D",
                "T2\tSource 10 13\tshe",
                "T3\tCue 14 18\tsaid",
                "T4\tAttribution 14 18\tsaid",
                "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2");
        List<PolnearEval.Gold> gold = PolnearEval.parse(ann, text);
        assertThat(gold).hasSize(1);
        assertThat(gold.get(0).content().length()).isEqualTo(17);
        assertThat(gold.get(0).source().text()).isEqualTo("she");
        assertThat(gold.get(0).direct()).isTrue();
    }
}
