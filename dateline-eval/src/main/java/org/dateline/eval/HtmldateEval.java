package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dateline.DatelineException;
import org.dateline.page.PageExtractor;

/**
 * htmldate's evaluation set, scored as its README says: only the exact day counts; a right date is a true
 * positive, a wrong one a false positive and a false negative, none where one exists a false negative.
 * Items whose gold date is NaN are skipped.
 */
public final class HtmldateEval implements Evaluation {
    private final int limit;

    /** Scores every item of the set. */
    public HtmldateEval() {
        this(Integer.MAX_VALUE);
    }

    /** Scores the first {@code limit} items only, in file order (for quick checks). */
    public HtmldateEval(int limit) {
        this.limit = limit;
    }

    @Override
    public String name() {
        return "htmldate";
    }

    @Override
    public String description() {
        return "publication-dates (htmldate set): publication-date F1 on the exact day";
    }

    @Override
    public EvalResult run(Path data, PrintStream log, boolean verbose) {
        Path dir = data.resolve("publication-dates");
        Path gold = dir.resolve("evaldata.dev.json");
        JsonNode root = GoldFiles.json(gold, "the htmldate gold dates");
        int tp = 0, fp = 0, fn = 0, pages = 0, found = 0;
        long nanos = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext() && pages < limit; ) {
            Map.Entry<String, JsonNode> item = it.next();
            String url = item.getKey();
            JsonNode g = item.getValue();
            JsonNode dateNode = g.path("date");
            if (!dateNode.isTextual() || dateNode.asText().length() < 10) continue;
            String expected = dateNode.asText().substring(0, 10);
            byte[] raw = ZyteArticleEval.gunzip(dir.resolve("html").resolve(g.path("file").asText() + ".gz"));
            long t0 = System.nanoTime();
            String predicted;
            try {
                predicted = PageExtractor.extract(url, raw, url).published();
            } catch (DatelineException e) {
                predicted = null;
            }
            nanos += System.nanoTime() - t0;
            pages++;
            if (predicted == null || predicted.length() < 10) {
                fn++;
                if (verbose) log.printf("NONE  %s\tgold=%s%n", url, expected);
            } else if (predicted.substring(0, 10).equals(expected)) {
                tp++;
                found++;
            } else {
                fp++;
                fn++;
                found++;
                if (verbose) log.printf("WRONG %s\tgold=%s\tgot=%s%n", url, expected, predicted);
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("f1", 2.0 * tp / Math.max(1, 2 * tp + fp + fn));
        figures.put("precision", tp + fp == 0 ? 0 : (double) tp / (tp + fp));
        figures.put("recall", tp + fn == 0 ? 0 : (double) tp / (tp + fn));
        figures.put("coverage", pages == 0 ? 0 : (double) found / pages);
        figures.put("pages_per_second", nanos == 0 ? 0 : pages / (nanos / 1e9));
        return new EvalResult(name(), pages, figures);
    }
}
