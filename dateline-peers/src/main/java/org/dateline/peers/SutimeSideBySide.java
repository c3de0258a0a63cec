package org.dateline.peers;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.dateline.eval.TempEvalEval;
import org.dateline.eval.TempEvalEval.Document;
import org.dateline.eval.TempEvalEval.Span;
import org.dateline.text.TextAnalyzer;
import org.dateline.time.TimeExpression;
import org.dateline.time.TimeTagger;

/**
 * Dateline's time tagger and Stanford SUTime on the same TempEval-3 TimeBank documents, in one run,
 * scored by the same code ({@link TempEvalEval#score}). Each gets one warm-up pass before it is timed.
 * Run: {@code mvn -q -Ppeers -pl dateline-peers -am package -DskipTests} then
 * {@code java -cp ... org.dateline.peers.SutimeSideBySide ../shared/data} (see bench/README.md).
 */
public final class SutimeSideBySide {
    private SutimeSideBySide() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        List<Document> docs = TempEvalEval.load(data.resolve("time").resolve("TimeBank"));
        PrintStream out = System.out;

        TimeTagger tagger = TimeTagger.builtIn();
        datelineRun(docs, tagger);
        long t0 = System.nanoTime();
        List<List<Span>> ours = datelineRun(docs, tagger);
        double oursSecs = (System.nanoTime() - t0) / 1e9;

        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("tokenize.options", "invertible=true");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        TimeAnnotator sutime = new TimeAnnotator("sutime", new Properties());
        sutimeRun(docs, pipeline, sutime);
        t0 = System.nanoTime();
        List<List<Span>> theirs = sutimeRun(docs, pipeline, sutime);
        double theirSecs = (System.nanoTime() - t0) / 1e9;

        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        Map<String, Double> a = TempEvalEval.score(docs, ours, quiet, false);
        Map<String, Double> b = TempEvalEval.score(docs, theirs, quiet, false);
        out.printf(Locale.ROOT, "TempEval-3 TimeBank dev, %d documents, one thread each%n", docs.size());
        out.printf(Locale.ROOT, "%-22s %10s %10s %10s %10s %12s%n", "system", "strict F1", "relaxed F1", "value F1",
                "type F1", "docs/s");
        row(out, "Dateline TimeTagger", a, docs.size() / oursSecs);
        row(out, "Stanford SUTime 4.5.10", b, docs.size() / theirSecs);
        out.printf(Locale.ROOT, "speed ratio: Dateline %.0fx SUTime (SUTime's time includes its tokenizer and POS tagger, "
                + "Dateline's its own tokenizer)%n", (docs.size() / oursSecs) / (docs.size() / theirSecs));
    }

    private static void row(PrintStream out, String name, Map<String, Double> f, double docsPerSecond) {
        out.printf(Locale.ROOT, "%-22s %10.4f %10.4f %10.4f %10.4f %12.1f%n", name, f.get("strict_f1"), f.get("relaxed_f1"),
                f.get("value_f1"), f.get("type_f1"), docsPerSecond);
    }

    private static List<List<Span>> datelineRun(List<Document> docs, TimeTagger tagger) {
        List<List<Span>> all = new ArrayList<>();
        for (Document d : docs) {
            List<Span> spans = new ArrayList<>();
            for (TimeExpression e : tagger.tag(TextAnalyzer.analyze(d.text()), d.creation())) {
                spans.add(new Span(e.start(), e.end(), e.type(), e.value(), e.text()));
            }
            all.add(spans);
        }
        return all;
    }

    private static List<List<Span>> sutimeRun(List<Document> docs, StanfordCoreNLP pipeline, TimeAnnotator sutime) {
        List<List<Span>> all = new ArrayList<>();
        for (Document d : docs) {
            Annotation doc = new Annotation(d.text());
            doc.set(CoreAnnotations.DocDateAnnotation.class, d.creation() == null ? null : d.creation().toString());
            pipeline.annotate(doc);
            sutime.annotate(doc);
            List<Span> spans = new ArrayList<>();
            List<CoreMap> timexes = doc.get(TimeAnnotations.TimexAnnotations.class);
            if (timexes != null) {
                for (CoreMap m : timexes) {
                    Timex t = m.get(TimeAnnotations.TimexAnnotation.class);
                    int s = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                    int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                    String value = t.value() != null ? t.value() : t.altVal() != null ? t.altVal() : "";
                    spans.add(new Span(s, e, t.timexType(), value, d.text().substring(s, e)));
                }
            }
            all.add(spans);
        }
        return all;
    }
}
