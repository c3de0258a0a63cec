package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dateline.DatelineException;
import org.dateline.page.Page;
import org.dateline.page.PageExtractor;

/**
 * trafilatura's evaluation set, scored as its README says: {@code with} snippets found in the main text are
 * true positives, missing ones false negatives; {@code without} snippets found are false positives. Title,
 * author and date are right when equal to the gold value (case-insensitive after whitespace normalisation;
 * the date on the day), over pages with a gold value.
 */
public final class TrafilaturaEval implements Evaluation {
    private final int limit;

    /** Scores every item of the set. */
    public TrafilaturaEval() {
        this(Integer.MAX_VALUE);
    }

    /** Scores the first {@code limit} items only, in file order (for quick checks). */
    public TrafilaturaEval(int limit) {
        this.limit = limit;
    }

    @Override
    public String name() {
        return "trafilatura";
    }

    @Override
    public String description() {
        return "page-metadata (trafilatura set): main-text snippet F1; title, author, date accuracy";
    }

    @Override
    public EvalResult run(Path data, PrintStream log, boolean verbose) {
        Path dir = data.resolve("page-metadata");
        Path gold = dir.resolve("evaldata.dev.json");
        JsonNode root = GoldFiles.json(gold, "the trafilatura gold set");
        int tp = 0, fn = 0, fp = 0, tn = 0, pages = 0;
        int[] title = new int[2], author = new int[2], date = new int[2];
        long nanos = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext() && pages < limit; ) {
            Map.Entry<String, JsonNode> item = it.next();
            String url = item.getKey();
            JsonNode g = item.getValue();
            byte[] raw = ZyteArticleEval.gunzip(dir.resolve("html").resolve(g.path("file").asText() + ".gz"));
            long t0 = System.nanoTime();
            Page page;
            try {
                page = PageExtractor.extract(url, raw, url);
            } catch (DatelineException e) {
                page = null;
            }
            nanos += System.nanoTime() - t0;
            pages++;
            String text = page == null ? "" : normalize(page.text());
            for (JsonNode s : g.path("with")) {
                if (text.contains(normalize(s.asText()))) tp++;
                else {
                    fn++;
                    if (verbose) log.printf("MISSING %s\t%s%n", url, s.asText());
                }
            }
            for (JsonNode s : g.path("without")) {
                if (text.contains(normalize(s.asText()))) {
                    fp++;
                    if (verbose) log.printf("EXTRA   %s\t%s%n", url, s.asText());
                } else tn++;
            }
            score(title, g.path("title").asText(""), page == null ? null : page.title(), false, verbose, log, "TITLE", url);
            score(author, g.path("author").asText(""), page == null ? null : String.join("; ", page.authors()), false,
                    verbose, log, "AUTHOR", url);
            score(date, g.path("date").asText(""), page == null ? null : page.published(), true, verbose, log, "DATE", url);
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("f1", precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        figures.put("precision", precision);
        figures.put("recall", recall);
        figures.put("accuracy", (double) (tp + tn) / Math.max(1, tp + tn + fp + fn));
        figures.put("title_accuracy", title[1] == 0 ? 0 : (double) title[0] / title[1]);
        figures.put("author_accuracy", author[1] == 0 ? 0 : (double) author[0] / author[1]);
        figures.put("date_accuracy", date[1] == 0 ? 0 : (double) date[0] / date[1]);
        figures.put("pages_per_second", nanos == 0 ? 0 : pages / (nanos / 1e9));
        return new EvalResult(name(), pages, figures);
    }

    private static void score(int[] counts, String gold, String predicted, boolean isDate, boolean verbose,
                              PrintStream log, String what, String url) {
        if (gold == null || gold.isBlank() || gold.equals("NaN")) return;
        counts[1]++;
        boolean right;
        if (isDate) {
            right = predicted != null && predicted.length() >= 10 && gold.length() >= 10
                    && predicted.substring(0, 10).equals(gold.substring(0, 10));
        } else {
            right = predicted != null && normalize(predicted).toLowerCase(Locale.ROOT)
                    .equals(normalize(gold).toLowerCase(Locale.ROOT));
        }
        if (right) counts[0]++;
        else if (verbose) log.printf("%s %s\tgold=%s\tgot=%s%n", what, url, gold, predicted);
    }

    /**
     * Whitespace runs to one space, trimmed: Python's {@code " ".join(s.split())}, which the trafilatura scorer
     * uses, so every character Python counts as whitespace (no-break and thin spaces, ideographic space, line
     * and paragraph separators, the information separators) splits here too.
     */
    static String normalize(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (pythonSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Python's {@code str.isspace()} for one UTF-16 unit (every such character is in the BMP). */
    static boolean pythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
