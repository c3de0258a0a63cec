package org.dateline.peers;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.dateline.actor.EntityRecognizer;
import org.dateline.eval.EvalResult;
import org.dateline.eval.PolnearEval;
import org.dateline.quote.Quote;
import org.dateline.quote.QuoteExtractor;
import org.dateline.quote.QuoteKind;
import org.dateline.quote.Speaker;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;

/**
 * Dateline's quote extractor and Stanford CoreNLP's {@code quote} annotator with quote attribution on the
 * same PolNeAR development articles, in one run, both scored by the same code ({@link PolnearEval#score},
 * what {@code ./dateline eval polnear} runs). CoreNLP gets its documented pipeline for attribution
 * (tokenize, ssplit, pos, lemma, ner, depparse, coref, quote) with default settings; its model loading is
 * timed apart. Each system is warmed up before it is timed. Run: {@code bench/peers.sh quotes}.
 */
public final class QuoteSideBySide {
    /** Articles CoreNLP annotates untimed first: enough for the JIT, cheap next to a full pass. */
    private static final int CORENLP_WARMUP_ARTICLES = 4;
    private static final int DATELINE_WARMUP_PASSES = 3;
    private static final int DATELINE_TIMED_PASSES = 3;

    private QuoteSideBySide() {
    }

    /**
     * Which CoreNLP span a mapped speaker's mention ({@link Speaker#mentionStart()}, the span the scorer
     * compares) is: the mention as written or the canonical one. Either way {@link Speaker#start()} points
     * at the canonical (named) mention when coreference found one, else at the mention.
     */
    public enum SpeakerSpan {
        /** The mention next to the quote ("he", "the senator"), as Dateline's {@link Speaker} keeps it. */
        AS_WRITTEN,
        /** The canonical mention in the mention's place too: the scorer then compares the named span. */
        CANONICAL
    }

    /** One article as CoreNLP saw it, reduced to what is scored. */
    private record Mapped(List<Quote> canonical, List<Quote> asWritten, int sentences) {
    }

    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        String split = "dev";
        List<String> articles = articles(data.resolve("quotes").resolve(split).resolve("text"));
        PrintStream out = System.out;
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        int sentences = 0;
        for (String a : articles) sentences += TextAnalyzer.analyze(a).sentences().size();

        QuoteExtractor extractor = QuoteExtractor.builtIn();
        EntityRecognizer recognizer = EntityRecognizer.builtIn();
        for (int i = 0; i < DATELINE_WARMUP_PASSES; i++) datelineRun(articles, extractor, recognizer);
        Map<String, List<Quote>> ours = null;
        long t0 = System.nanoTime();
        long c0 = cpu();
        for (int i = 0; i < DATELINE_TIMED_PASSES; i++) ours = datelineRun(articles, extractor, recognizer);
        double oursSecs = (System.nanoTime() - t0) / 1e9 / DATELINE_TIMED_PASSES;
        double oursCpu = (cpu() - c0) / 1e9 / DATELINE_TIMED_PASSES;

        t0 = System.nanoTime();
        StanfordCoreNLP pipeline = new StanfordCoreNLP(coreNlpProperties());
        double loadSecs = (System.nanoTime() - t0) / 1e9;
        coreNlpRun(articles.subList(0, Math.min(CORENLP_WARMUP_ARTICLES, articles.size())), pipeline);
        t0 = System.nanoTime();
        c0 = cpu();
        Map<String, Mapped> theirs = coreNlpRun(articles, pipeline);
        double theirSecs = (System.nanoTime() - t0) / 1e9;
        double theirCpu = (cpu() - c0) / 1e9;
        int theirSentences = theirs.values().stream().mapToInt(Mapped::sentences).sum();

        Map<String, List<Quote>> finalOurs = ours;
        EvalResult a = PolnearEval.score(data, split, lookup(finalOurs), quiet, false);
        EvalResult b = PolnearEval.score(data, split, lookup(predictions(theirs, SpeakerSpan.AS_WRITTEN)), quiet, false);
        EvalResult c = PolnearEval.score(data, split, lookup(predictions(theirs, SpeakerSpan.CANONICAL)), quiet, false);

        out.printf(Locale.ROOT, "PolNeAR %s, %d articles, %d sentences (Dateline's splitter; CoreNLP's ssplit: %d), "
                + "one thread each, scored by PolnearEval.score%n", split, articles.size(), sentences, theirSentences);
        out.printf(Locale.ROOT, "%-30s %7s %7s %7s %8s %7s %7s %7s %10s %12s%n", "system", "P", "R", "F1", "speaker",
                "dir P", "dir R", "dir F1", "articles/s", "sentences/s");
        row(out, "Dateline QuoteExtractor", a, articles.size() / oursSecs, sentences / oursSecs);
        row(out, "CoreNLP 4.5.10 quote+attrib.", b, articles.size() / theirSecs, sentences / theirSecs);
        out.printf(Locale.ROOT, "CoreNLP speaker accuracy with its speaker span = the canonical mention (not the "
                + "mention as written, which both rows above use): %.4f%n", c.figure("speaker_accuracy"));
        out.printf(Locale.ROOT, "predicted quotes: Dateline %.0f, CoreNLP %.0f; gold attributions %.0f%n",
                a.figure("predicted_quotes"), b.figure("predicted_quotes"), a.figure("gold_attributions"));
        out.printf(Locale.ROOT, "CoreNLP model loading %.1f s (not counted); Dateline mean of %d timed passes after %d "
                + "warm-up passes, CoreNLP one pass after %d warm-up articles%n", loadSecs, DATELINE_TIMED_PASSES,
                DATELINE_WARMUP_PASSES, CORENLP_WARMUP_ARTICLES);
        out.printf(Locale.ROOT, "speed ratio: Dateline %.0fx CoreNLP (CoreNLP's time includes the tagging, parsing and "
                + "coreference its attribution needs; Dateline's its own tokenizer and entity recognizer)%n",
                theirSecs / oursSecs);
        out.printf(Locale.ROOT, "on the CPU time of the running thread (the machine is shared): Dateline %.2f articles/s "
                + "%.1f sentences/s, CoreNLP %.3f articles/s %.2f sentences/s, ratio %.0fx%n", articles.size() / oursCpu,
                sentences / oursCpu, articles.size() / theirCpu, sentences / theirCpu, theirCpu / oursCpu);
        out.println("CoreNLP time per annotator (warm-up included): " + pipeline.timingInformation().replace('\n', ' '));
        out.println("caveat: PolNeAR also annotates indirect (reported) speech, which CoreNLP's quote annotator does "
                + "not attempt; the dir P/R/F1 columns (gold contents in quotation marks) compare like with like.");
    }

    /** CoreNLP's documented pipeline for quote attribution, all else at its defaults. */
    static Properties coreNlpProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("quote.attributeQuotes", "true");
        return props;
    }

    /**
     * CoreNLP's top-level quotes of an annotated document as Dateline quotes: the span of the quote with its
     * marks, kind direct, no cue (CoreNLP finds none), and the speaker: named by the canonical speaker when
     * coreference found one, else by CoreNLP's speaker, else by the mention as written.
     */
    public static List<Quote> toQuotes(Annotation doc, SpeakerSpan speakerSpan) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        List<Quote> out = new ArrayList<>();
        if (quotes == null) return out;
        for (CoreMap q : quotes) {
            int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new Quote(start, end, text.substring(start, end), QuoteKind.DIRECT, null,
                    speaker(q, tokens, speakerSpan)));
        }
        return out;
    }

    private static Speaker speaker(CoreMap q, List<CoreLabel> tokens, SpeakerSpan speakerSpan) {
        Integer mentionFirst = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer mentionLast = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        Integer canonicalFirst = q.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class);
        Integer canonicalLast = q.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class);
        String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
        String speaker = q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
        String mention = q.get(QuoteAttributionAnnotator.MentionAnnotation.class);
        String name = canonical != null ? canonical : speaker != null ? speaker : mention;
        if (name == null || name.isBlank()) return null;
        // Both token ranges are inclusive of their last token, as CoreNLP's CoreQuote reads them.
        boolean hasMention = mentionFirst != null && mentionLast != null;
        boolean hasCanonical = canonicalFirst != null && canonicalLast != null;
        if (!hasMention && !hasCanonical) {
            // A speaker without a mention in the text: no span to point at.
            return new Speaker(name, 0, 0, null, null, -1, -1);
        }
        int mentionStart = hasMention ? tokens.get(mentionFirst).beginPosition() : -1;
        int mentionEnd = hasMention ? tokens.get(mentionLast).endPosition() : -1;
        int start = hasCanonical ? tokens.get(canonicalFirst).beginPosition() : mentionStart;
        int end = hasCanonical ? tokens.get(canonicalLast).endPosition() : mentionEnd;
        if (speakerSpan == SpeakerSpan.CANONICAL || !hasMention) return new Speaker(name, start, end, null, null);
        return new Speaker(name, start, end, null, null, mentionStart, mentionEnd);
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Map<String, List<Quote>> datelineRun(List<String> articles, QuoteExtractor extractor,
            EntityRecognizer recognizer) {
        Map<String, List<Quote>> all = new HashMap<>();
        for (String a : articles) {
            Text text = TextAnalyzer.analyze(a);
            all.put(a, extractor.extract(text, recognizer.recognize(text, null)));
        }
        return all;
    }

    private static Map<String, Mapped> coreNlpRun(List<String> articles, StanfordCoreNLP pipeline) {
        Map<String, Mapped> all = new HashMap<>();
        for (String a : articles) {
            Annotation doc = new Annotation(a);
            pipeline.annotate(doc);
            all.put(a, new Mapped(toQuotes(doc, SpeakerSpan.CANONICAL), toQuotes(doc, SpeakerSpan.AS_WRITTEN),
                    doc.get(CoreAnnotations.SentencesAnnotation.class).size()));
        }
        return all;
    }

    private static Map<String, List<Quote>> predictions(Map<String, Mapped> mapped, SpeakerSpan span) {
        Map<String, List<Quote>> out = new HashMap<>();
        mapped.forEach((k, v) -> out.put(k, span == SpeakerSpan.CANONICAL ? v.canonical() : v.asWritten()));
        return out;
    }

    /** The scorer asks by article text; every article it scores was run above. */
    private static java.util.function.Function<String, List<Quote>> lookup(Map<String, List<Quote>> predicted) {
        return text -> {
            List<Quote> q = predicted.get(text);
            if (q == null) throw new IllegalStateException("an article the scorer reads was not run");
            return q;
        };
    }

    private static void row(PrintStream out, String name, EvalResult r, double articlesPerSecond,
            double sentencesPerSecond) {
        out.printf(Locale.ROOT, "%-30s %7.4f %7.4f %7.4f %8.4f %7.4f %7.4f %7.4f %10.3f %12.1f%n", name,
                r.figure("precision"), r.figure("recall"), r.figure("f1"), r.figure("speaker_accuracy"),
                r.figure("direct_precision"), r.figure("direct_recall"), r.figure("direct_f1"), articlesPerSecond,
                sentencesPerSecond);
    }

    private static List<String> articles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
