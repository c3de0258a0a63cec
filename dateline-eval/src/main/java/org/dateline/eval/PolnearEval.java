package org.dateline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dateline.DatelineException;
import org.dateline.Problem;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityRecognizer;
import org.dateline.quote.Quote;
import org.dateline.quote.QuoteExtractor;
import org.dateline.quote.Speaker;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;

/**
 * Who said what, scored on PolNeAR (the development split of {@code quotes/}) as its README says:
 * articles pooled; a predicted quote matches a gold attribution when their contents overlap by at least
 * half of the shorter (characters); precision, recall and F1 over those matches; speaker accuracy over
 * matched pairs whose gold has a Source; direct-quote F1 over gold contents in quotation marks.
 *
 * <p>Readings where the README leaves room: a split content counts the characters of its pieces; a gold
 * is found when any prediction matches it, and every matching (prediction, gold) pair is a matched pair
 * for speaker accuracy; direct-quote precision counts predictions of kind {@code direct}.
 *
 * <p>A predicted speaker is right when either holds:
 * <ul>
 * <li>the predicted speaker span overlaps the gold Source span. The predicted speaker span is the
 * mention as written beside the cue, {@link org.dateline.quote.Speaker#mentionStart()}..{@code
 * mentionEnd()} ("He", "the Russian official", "who", "Yuri Ushakov"), which is what PolNeAR annotates as
 * the Source; when the speaker has no mention in the text ({@link org.dateline.quote.Speaker#hasMention()}
 * false) its named span {@code start()..end()} stands in. The named span the mention was resolved to is
 * not compared: a pronoun resolved to a name far back is judged by the name rule below;</li>
 * <li>the name rule, for a pronoun or role resolved to a name: the last word of
 * {@link org.dateline.quote.Speaker#name()} occurs in the gold Source text, or in the nearest preceding
 * gold Source that is not a pronoun (the corpus links no coreference, so that is the mention a pronoun or
 * role phrase leans on).</li>
 * </ul>
 */
public final class PolnearEval implements Evaluation {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her",
            "their", "its", "him", "them");

    /** Which split to score: "dev" (default) or "train"; the system property {@code dateline.polnear.split}. */
    private final String split;

    public PolnearEval() {
        this(System.getProperty("dateline.polnear.split", "dev"));
    }

    public PolnearEval(String split) {
        this.split = split;
    }

    @Override
    public String name() {
        return "polnear";
    }

    @Override
    public String description() {
        return "PolNeAR political-news attributions (dev): quote F1 at half overlap, speaker accuracy";
    }

    /** A stretch of characters made of one or more pieces. */
    record Spans(int[][] pieces, String text) {
        int length() {
            int n = 0;
            for (int[] p : pieces) n += p[1] - p[0];
            return n;
        }

        int first() {
            int m = Integer.MAX_VALUE;
            for (int[] p : pieces) m = Math.min(m, p[0]);
            return m;
        }

        int overlap(int a, int b) {
            int n = 0;
            for (int[] p : pieces) n += Math.max(0, Math.min(p[1], b) - Math.max(p[0], a));
            return n;
        }
    }

    /** One gold attribution: its content, and its source when annotated. */
    record Gold(Spans content, Spans source, String cue) {
        boolean direct() {
            String t = content.text().strip();
            return t.length() >= 2 && isQuoteMark(t.charAt(0)) && isQuoteMark(t.charAt(t.length() - 1));
        }
    }

    @Override
    public EvalResult run(Path data, PrintStream log, boolean verbose) {
        QuoteExtractor extractor = QuoteExtractor.builtIn();
        EntityRecognizer recognizer = EntityRecognizer.builtIn();
        long[] sentences = {0};
        long[] nanos = {0};
        EvalResult r = score(data, split, content -> {
            long t0 = System.nanoTime();
            Text text = TextAnalyzer.analyze(content);
            List<Entity> entities = recognizer.recognize(text, null);
            List<Quote> predicted = extractor.extract(text, entities);
            nanos[0] += System.nanoTime() - t0;
            sentences[0] += text.sentences().size();
            return predicted;
        }, log, verbose);
        Map<String, Double> figures = new LinkedHashMap<>(r.figures());
        figures.put("sentences_per_second", nanos[0] == 0 ? 0 : sentences[0] / (nanos[0] / 1e9));
        return new EvalResult(r.name(), r.items(), figures);
    }

    /**
     * Scores any quote extractor on a PolNeAR split by this data's README: the entry point for peers
     * (another system's quotes mapped to {@link Quote} records with offsets into the article text).
     *
     * @param data      the shared data folder holding {@code quotes/}
     * @param split     "dev" or "train"
     * @param extractor the article text (title first, as in {@code text/NAME.txt}) to its quotes; a quote's
     *                  speaker span is the mention as written,
     *                  {@link org.dateline.quote.Speaker#mentionStart()}..{@code mentionEnd()} (the named
     *                  span {@code start()..end()} when it has none), its name
     *                  {@link org.dateline.quote.Speaker#name()}; its kind counts only for direct-quote F1
     * @param log       where to print per-item detail (FP, FN, wrong speakers) when {@code verbose}
     * @return precision, recall, f1, speaker_accuracy, direct_precision, direct_recall, direct_f1 and counts
     */
    public static EvalResult score(Path data, String split, Function<String, List<Quote>> extractor, PrintStream log,
            boolean verbose) {
        Path dir = data.resolve("quotes").resolve(split);
        if (!Files.isDirectory(dir.resolve("text"))) {
            throw new DatelineException(Problem.E012, dir.toString(), "the PolNeAR " + split + " split");
        }
        Tally all = new Tally();
        Tally direct = new Tally();
        int speakerPairs = 0;
        int speakerRight = 0;
        List<Path> texts = list(dir.resolve("text"));
        for (Path textFile : texts) {
            String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = firstAnnotation(dir.resolve("attributions"), name);
            if (ann == null) continue;
            String content = read(textFile);
            List<Gold> gold = parse(read(ann), content);
            List<Quote> predicted = extractor.apply(content);

            boolean[] goldMatched = new boolean[gold.size()];
            for (Quote q : predicted) {
                all.predicted++;
                boolean isDirect = q.kind().label().equals("direct");
                if (isDirect) direct.predicted++;
                boolean matched = false;
                boolean matchedDirect = false;
                for (int g = 0; g < gold.size(); g++) {
                    if (!matches(gold.get(g).content(), q)) continue;
                    // Every gold a prediction matches counts as found, and every such pair is a matched pair.
                    matched = true;
                    goldMatched[g] = true;
                    Gold m = gold.get(g);
                    if (m.direct()) matchedDirect = true;
                    if (m.source() == null) continue;
                    speakerPairs++;
                    if (speakerRight(q, m, gold)) {
                        speakerRight++;
                    } else if (verbose) {
                        log.printf("%s SPEAKER want '%s' got '%s' {%s} %s | %s%n", name, m.source().text(),
                                speakerAsWritten(q, content),
                                q.cue(), q.kind().label(), clip(q.text()));
                    }
                }
                if (matched) all.predictedMatched++;
                if (isDirect && matchedDirect) direct.predictedMatched++;
                if (!matched && verbose) {
                    log.printf("%s FP %s [%s] {%s} %s%n", name, q.kind().label(), speaker(q), q.cue(), clip(q.text()));
                }
            }
            for (int g = 0; g < gold.size(); g++) {
                all.gold++;
                if (goldMatched[g]) all.goldMatched++;
                if (gold.get(g).direct()) {
                    direct.gold++;
                    if (directPredictionCovers(predicted, gold.get(g))) direct.goldMatched++;
                }
                if (!goldMatched[g] && verbose) {
                    Gold m = gold.get(g);
                    log.printf("%s FN [%s] {%s} %s%n", name, m.source() == null ? "-" : m.source().text(),
                            m.cue(), clip(m.content().text()));
                }
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("precision", all.precision());
        figures.put("recall", all.recall());
        figures.put("f1", all.f1());
        figures.put("speaker_accuracy", speakerPairs == 0 ? 0 : (double) speakerRight / speakerPairs);
        figures.put("direct_precision", direct.precision());
        figures.put("direct_recall", direct.recall());
        figures.put("direct_f1", direct.f1());
        figures.put("gold_attributions", (double) all.gold);
        figures.put("predicted_quotes", (double) all.predicted);
        figures.put("speaker_pairs", (double) speakerPairs);
        return new EvalResult("polnear-" + split, texts.size(), figures);
    }

    /** The README's match: contents overlap by at least half of the shorter one, in characters. */
    static boolean matches(Spans gold, Quote q) {
        int ov = gold.overlap(q.start(), q.end());
        return ov > 0 && 2 * ov >= Math.min(gold.length(), q.end() - q.start());
    }

    /**
     * Trains the learned cue weights shipped with the quote stage: for every lower-cased word of the
     * training articles, how often it is (part of) an annotated cue and how often it occurs. Only these
     * counts are written, never text. Run: {@code java ... PolnearEval train DATA OUT} (words seen as a cue
     * fewer than {@code minCue} times are left out).
     */
    public static Map<String, int[]> trainCueCounts(Path data, int minCue) {
        Path dir = data.resolve("quotes").resolve("train");
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (Path textFile : list(dir.resolve("text"))) {
            String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = firstAnnotation(dir.resolve("attributions"), name);
            if (ann == null) continue;
            String content = read(textFile);
            boolean[] cue = new boolean[content.length() + 1];
            for (String line : read(ann).split("\n")) {
                String[] f = line.split("\t");
                if (f.length < 2 || !f[0].startsWith("T") || !f[1].startsWith("Cue ")) continue;
                for (String piece : f[1].substring(4).split(";")) {
                    String[] ab = piece.trim().split(" ");
                    int a = Integer.parseInt(ab[0]);
                    int b = Math.min(Integer.parseInt(ab[1]), content.length());
                    for (int k = Math.max(0, a); k < b; k++) cue[k] = true;
                }
            }
            Text text = TextAnalyzer.analyze(content);
            for (var t : text.tokens()) {
                if (t.text().isEmpty() || !Character.isLetter(t.text().charAt(0))) continue;
                int[] c = counts.computeIfAbsent(t.text().toLowerCase(Locale.ROOT), k -> new int[2]);
                c[1]++;
                if (cue[t.start()]) c[0]++;
            }
        }
        counts.values().removeIf(c -> c[0] < minCue);
        return counts;
    }

    /** One training article as the sentence-model trainer sees it. */
    private record Article(Text text, List<Entity> entities, List<Gold> gold,
            List<org.dateline.quote.internal.Attributor.Residual> residual) {
    }

    /**
     * Trains the quote stage's sentence model on the training split only: logistic regression (plain SGD,
     * L2) over {@link org.dateline.quote.internal.SentenceModel#features} of the sentences the rules left
     * unread, a sentence being positive when its whole span matches a gold content under this scorer's
     * rule. The threshold is the one with the best F1 on a held-out tenth of the training articles (every
     * tenth by name) for a model fitted on the other nine tenths; the shipped model is then refitted on all
     * of them. Features seen in fewer than 3 training sentences are dropped. Deterministic.
     */
    public static String trainSentenceModel(Path data, PrintStream report) {
        Path dir = data.resolve("quotes").resolve("train");
        var lexicon = org.dateline.quote.internal.CueLexicon.builtIn();
        EntityRecognizer recognizer = EntityRecognizer.builtIn();
        List<Article> articles = new ArrayList<>();
        for (Path textFile : list(dir.resolve("text"))) {
            String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = firstAnnotation(dir.resolve("attributions"), name);
            if (ann == null) continue;
            String content = read(textFile);
            Text text = TextAnalyzer.analyze(content);
            List<Entity> entities = recognizer.recognize(text, null);
            var residual = new org.dateline.quote.internal.Attributor(text, entities, lexicon, null, 1)
                    .residualSentences();
            articles.add(new Article(text, entities, parse(read(ann), content), residual));
        }
        List<Article> fit = new ArrayList<>();
        List<Article> held = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) (i % 10 == 0 ? held : fit).add(articles.get(i));
        var nine = fitSentenceModel(fit, 0.5);
        double bestThreshold = 0.5;
        double bestF1 = -1;
        for (double t = 0.25; t <= 0.701; t += 0.05) {
            Tally tally = new Tally();
            for (Article a : held) {
                List<Quote> predicted = new org.dateline.quote.internal.Attributor(a.text(), a.entities(), lexicon,
                        nine, t).extract();
                boolean[] found = new boolean[a.gold().size()];
                for (Quote q : predicted) {
                    tally.predicted++;
                    boolean any = false;
                    for (int g = 0; g < found.length; g++) {
                        if (matches(a.gold().get(g).content(), q)) {
                            found[g] = true;
                            any = true;
                        }
                    }
                    if (any) tally.predictedMatched++;
                }
                for (boolean f : found) {
                    tally.gold++;
                    if (f) tally.goldMatched++;
                }
            }
            // The classifier alone: residual sentences of the held-out tenth read right or wrong.
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Article a : held) {
                for (var r : a.residual()) {
                    boolean pos = false;
                    for (Gold g : a.gold()) {
                        int ov = g.content().overlap(r.start(), r.end());
                        if (ov > 0 && 2 * ov >= Math.min(g.content().length(), r.end() - r.start())) pos = true;
                    }
                    boolean said = nine.probability(r.features()) >= t;
                    if (said && pos) tp++;
                    else if (said) fp++;
                    else if (pos) fn++;
                }
            }
            report.printf(Locale.ROOT, "held-out tenth, threshold %.2f: attribution precision %.4f recall %.4f f1 %.4f;"
                    + " sentence classifier precision %.4f recall %.4f%n", t, tally.precision(), tally.recall(), tally.f1(),
                    tp + fp == 0 ? 0 : (double) tp / (tp + fp), tp + fn == 0 ? 0 : (double) tp / (tp + fn));
            if (tally.f1() > bestF1 + 1e-9) {
                bestF1 = tally.f1();
                bestThreshold = t;
            }
        }
        report.printf(Locale.ROOT, "chosen threshold %.2f%n", bestThreshold);
        var all = fit(articles, bestThreshold);
        StringBuilder sb = new StringBuilder();
        sb.append("# Sentence model of the quote stage: feature<TAB>weight (logistic regression) over the sentences\n");
        sb.append("# the rules leave unread. Trained by org.dateline.eval.PolnearEval on the PolNeAR v1.0.0 training\n");
        sb.append("# split (840 articles); see README.md. Features are lower-cased words, word pairs and a few flags;\n");
        sb.append("# no text is included. <threshold> was chosen on a held-out tenth of the training split.\n");
        sb.append(String.format(Locale.ROOT, "<threshold>\t%.2f%n", bestThreshold));
        sb.append(String.format(Locale.ROOT, "<bias>\t%.4f%n", all.bias()));
        new java.util.TreeMap<>(all.weights()).forEach((f, v) -> {
            if (Math.abs(v) >= 0.03) sb.append(f).append('\t').append(String.format(Locale.ROOT, "%.3f", v)).append('\n');
        });
        return sb.toString();
    }

    private record Fitted(Map<String, Double> weights, double bias, org.dateline.quote.internal.SentenceModel model) {
    }

    private static org.dateline.quote.internal.SentenceModel fitSentenceModel(List<Article> articles, double threshold) {
        return fit(articles, threshold).model();
    }

    private static Fitted fit(List<Article> articles, double threshold) {
        List<java.util.Set<String>> xs = new ArrayList<>();
        List<Boolean> ys = new ArrayList<>();
        Map<String, Integer> df = new java.util.HashMap<>();
        for (Article a : articles) {
            for (var r : a.residual()) {
                boolean pos = false;
                for (Gold g : a.gold()) {
                    int ov = g.content().overlap(r.start(), r.end());
                    if (ov > 0 && 2 * ov >= Math.min(g.content().length(), r.end() - r.start())) pos = true;
                }
                xs.add(r.features());
                ys.add(pos);
                for (String w : r.features()) df.merge(w, 1, Integer::sum);
            }
        }
        Map<String, Double> w = new java.util.HashMap<>();
        double bias = 0;
        double rate = 0.05;
        double l2 = 1e-4;
        java.util.Random random = new java.util.Random(42);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) order.add(i);
        for (int epoch = 0; epoch < 10; epoch++) {
            java.util.Collections.shuffle(order, random);
            for (int i : order) {
                double z = bias;
                for (String f : xs.get(i)) if (df.get(f) >= 3) z += w.getOrDefault(f, 0.0);
                double p = 1 / (1 + Math.exp(-z));
                double g = (ys.get(i) ? 1 : 0) - p;
                bias += rate * g;
                for (String f : xs.get(i)) {
                    if (df.get(f) < 3) continue;
                    double old = w.getOrDefault(f, 0.0);
                    w.put(f, old + rate * (g - l2 * old));
                }
            }
            rate *= 0.75;
        }
        // Weights as shipped (rounded, small ones dropped), so the held-out figures are the shipped model's.
        Map<String, Double> shipped = new java.util.HashMap<>();
        w.forEach((f, v) -> {
            if (Math.abs(v) >= 0.03) shipped.put(f, Math.round(v * 1000) / 1000.0);
        });
        double b = Math.round(bias * 10000) / 10000.0;
        return new Fitted(shipped, b, new org.dateline.quote.internal.SentenceModel(shipped, b, threshold));
    }

    /** Writes {@link #trainCueCounts} as the quote stage's {@code cue-weights.tsv}. */
    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("train-sentences")) {
            Files.writeString(Path.of(args[2]), trainSentenceModel(Path.of(args[1]), System.out), StandardCharsets.UTF_8);
            return;
        }
        if (args.length < 3 || !args[0].equals("train")) {
            System.err.println("usage: PolnearEval train|train-sentences DATA_DIR OUT_FILE");
            return;
        }
        Map<String, int[]> counts = trainCueCounts(Path.of(args[1]), 3);
        StringBuilder sb = new StringBuilder();
        sb.append("# Learned cue weights: word<TAB>times part of an annotated cue<TAB>occurrences.\n");
        sb.append("# Counted by org.dateline.eval.PolnearEval on the PolNeAR v1.0.0 training split (840 articles);\n");
        sb.append("# see README.md. No text of the articles is included.\n");
        counts.forEach((w, c) -> sb.append(w).append('\t').append(c[0]).append('\t').append(c[1]).append('\n'));
        Files.writeString(Path.of(args[2]), sb.toString(), StandardCharsets.UTF_8);
    }

    private static boolean directPredictionCovers(List<Quote> predicted, Gold g) {
        Spans c = g.content();
        for (Quote q : predicted) {
            if (q.kind().label().equals("direct") && matches(c, q)) return true;
        }
        return false;
    }

    static boolean speakerRight(Quote q, Gold g, List<Gold> gold) {
        if (q.speaker() == null) return false;
        Spans src = g.source();
        Speaker sp = q.speaker();
        int a = sp.hasMention() ? sp.mentionStart() : sp.start();
        int b = sp.hasMention() ? sp.mentionEnd() : sp.end();
        if (src.overlap(a, b) > 0) return true;
        String last = lastWord(q.speaker().name());
        if (last == null) return false;
        if (containsWord(src.text(), last)) return true;
        // The nearest preceding named source: what a pronoun or role phrase in the gold leans on.
        Spans nearest = null;
        for (Gold o : gold) {
            Spans s = o.source();
            if (s == null || s.first() >= src.first() || PRONOUNS.contains(s.text().strip().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (nearest == null || s.first() > nearest.first()) nearest = s;
        }
        return nearest != null && containsWord(nearest.text(), last);
    }

    private static String lastWord(String name) {
        String[] words = name.strip().split("[\\s]+");
        String w = words[words.length - 1].replaceAll("[^\\p{L}\\p{N}-]", "");
        return w.isEmpty() ? null : w;
    }

    private static boolean containsWord(String text, String word) {
        for (String w : text.split("[^\\p{L}\\p{N}-]+")) {
            if (w.equalsIgnoreCase(word)) return true;
        }
        return false;
    }

    /** The brat standoff file's attributions, with their contents and sources. */
    static List<Gold> parse(String ann, String text) {
        Map<String, Spans> spans = new LinkedHashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : ann.split("\n")) {
            if (line.startsWith("T")) {
                String[] f = line.split("\t");
                if (f.length < 2) continue;
                String[] typeAndSpans = f[1].split(" ", 2);
                if (typeAndSpans.length < 2) continue;
                String[] parts = typeAndSpans[1].split(";");
                int[][] pieces = new int[parts.length][];
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < parts.length; i++) {
                    String[] ab = parts[i].trim().split(" ");
                    int a = Integer.parseInt(ab[0]);
                    int b = Integer.parseInt(ab[1]);
                    pieces[i] = new int[] {a, b};
                    if (a >= 0 && b <= text.length() && a <= b) sb.append(i > 0 ? " " : "").append(text, a, b);
                }
                spans.put(f[0], new Spans(pieces, sb.toString()));
            } else if (line.startsWith("E")) {
                String[] f = line.split("\t");
                if (f.length >= 2) events.add(f[1].trim().split(" "));
            }
        }
        List<Gold> out = new ArrayList<>();
        for (String[] args : events) {
            List<int[]> content = new ArrayList<>();
            StringBuilder contentText = new StringBuilder();
            Spans source = null;
            String cue = "";
            for (String arg : args) {
                int colon = arg.indexOf(':');
                if (colon < 0) continue;
                String role = arg.substring(0, colon);
                Spans sp = spans.get(arg.substring(colon + 1));
                if (sp == null) continue;
                if (role.startsWith("Content")) {
                    for (int[] p : sp.pieces()) content.add(p);
                    contentText.append(contentText.length() > 0 ? " " : "").append(sp.text());
                } else if (role.equals("Source")) {
                    source = sp;
                } else if (role.equals("Cue")) {
                    cue = sp.text();
                }
            }
            if (content.isEmpty()) continue;
            out.add(new Gold(new Spans(content.toArray(new int[0][]), contentText.toString()), source, cue));
        }
        return out;
    }

    private static Path firstAnnotation(Path dir, String article) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(article + "_") && f.endsWith(".ann")
                        && f.substring(article.length() + 1).indexOf('_') < 0;
            }).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\'' || c == '\u2018' || c == '\u2019'
                || c == '\u00AB' || c == '\u00BB';
    }

    private static String speaker(Quote q) {
        return q.speaker() == null ? "-" : q.speaker().name();
    }

    /** The speaker as the verbose log shows it: the name, and the mention as written when it differs. */
    private static String speakerAsWritten(Quote q, String text) {
        Speaker sp = q.speaker();
        if (sp == null) return "-";
        if (!sp.hasMention() || sp.mentionEnd() > text.length()) return sp.name();
        String written = text.substring(sp.mentionStart(), sp.mentionEnd());
        return written.equals(sp.name()) ? sp.name() : sp.name() + "' as '" + written;
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 140 ? one.substring(0, 140) + "..." : one;
    }

    private static final class Tally {
        int predicted;
        int predictedMatched;
        int gold;
        int goldMatched;

        double precision() {
            return predicted == 0 ? 0 : (double) predictedMatched / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) goldMatched / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
