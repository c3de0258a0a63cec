package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dateline.DatelineException;
import org.dateline.page.PageExtractor;

/**
 * The Zyte (Scrapinghub) article-body benchmark, scored as its README says: 4-token shingles of {@code \w+}
 * tokens, per-page tp/fp/fn normalised to sum 1, precision and recall averaged over pages, F1 from the means.
 */
public final class ZyteArticleEval implements Evaluation {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    static final int SHINGLE = 4;

    private final int limit;

    /** Scores every item of the set. */
    public ZyteArticleEval() {
        this(Integer.MAX_VALUE);
    }

    /** Scores the first {@code limit} items only, in file order (for quick checks). */
    public ZyteArticleEval(int limit) {
        this.limit = limit;
    }

    @Override
    public String name() {
        return "zyte";
    }

    @Override
    public String description() {
        return "article-extraction (Zyte benchmark): article-body shingle F1, precision, recall, accuracy";
    }

    @Override
    public EvalResult run(Path data, PrintStream log, boolean verbose) {
        return score(data, limit, (id, raw, url) -> {
            try {
                return PageExtractor.extract(id, raw, url).text();
            } catch (DatelineException e) {
                return "";
            }
        }, name(), log, verbose);
    }

    /** An article-body extractor under test: the page's id, its bytes as crawled, its URL; returns the body. */
    @FunctionalInterface
    public interface BodyExtractor {
        String body(String id, byte[] raw, String url);
    }

    /**
     * The benchmark's scorer over any extractor (Dateline's, or a peer's texts looked up by page id), so
     * that a peer is graded by the same code. {@code pages_per_second} times the extractor alone.
     */
    public static EvalResult score(Path data, int limit, BodyExtractor extractor, String name, PrintStream log,
                                   boolean verbose) {
        Path dir = data.resolve("article-extraction");
        Path truthFile = dir.resolve("ground-truth.json");
        JsonNode truth = GoldFiles.json(truthFile, "the Zyte ground truth");
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0, exact = 0, pages = 0;
        long nanos = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext() && pages < limit; ) {
            Map.Entry<String, JsonNode> item = it.next();
            String id = item.getKey();
            String expected = item.getValue().path("articleBody").asText("");
            String url = item.getValue().path("url").asText(null);
            byte[] raw = gunzip(dir.resolve("html").resolve(id + ".html.gz"));
            long t0 = System.nanoTime();
            String predicted = extractor.body(id, raw, url);
            if (predicted == null) predicted = "";
            nanos += System.nanoTime() - t0;
            pages++;
            double[] m = shingleMatch(expected, predicted);
            double tp = m[0], fp = m[1], fn = m[2];
            double p = Double.NaN, r = Double.NaN;
            if (fp == 0 && fn == 0) {
                p = 1;
                r = 1;
            } else {
                if (tp + fp > 0) p = tp / (tp + fp);
                if (tp + fn > 0) r = tp / (tp + fn);
            }
            if (!Double.isNaN(p)) {
                precisionSum += p;
                precisionPages++;
            }
            if (!Double.isNaN(r)) {
                recallSum += r;
                recallPages++;
            }
            if (tokens(expected).equals(tokens(predicted))) exact++;
            if (verbose) log.printf("%s\tP=%.3f\tR=%.3f\t%s%n", id, p, r, url);
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("f1", f1);
        figures.put("precision", precision);
        figures.put("recall", recall);
        figures.put("accuracy", pages == 0 ? 0 : (double) exact / pages);
        figures.put("pages_per_second", nanos == 0 ? 0 : pages / (nanos / 1e9));
        return new EvalResult(name, pages, figures);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The multiset of 4-token shingles; a text of fewer tokens is a single shingle. */
    static Map<List<String>, Integer> shingles(String text) {
        List<String> t = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        if (t.size() < SHINGLE) {
            out.put(t, 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= t.size(); i++) out.merge(t.subList(i, i + SHINGLE), 1, Integer::sum);
        return out;
    }

    /** tp, fp, fn over shingles, normalised to sum to 1. */
    static double[] shingleMatch(String expected, String predicted) {
        Map<List<String>, Integer> truth = shingles(expected);
        Map<List<String>, Integer> pred = shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        java.util.Set<List<String>> keys = new java.util.HashSet<>(truth.keySet());
        keys.addAll(pred.keySet());
        for (List<String> k : keys) {
            int t = truth.getOrDefault(k, 0), p = pred.getOrDefault(k, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double s = tp + fp + fn;
        if (s > 0) {
            tp /= s;
            fp /= s;
            fn /= s;
        }
        return new double[] {tp, fp, fn};
    }

    static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }
}
