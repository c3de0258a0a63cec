package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.DatelineException;
import org.dateline.page.Page;
import org.dateline.page.PageExtractor;
import org.dateline.page.internal.Whitespace;

/**
 * trafilatura's evaluation set, scored as its README says: {@code with} snippets found in the main text are
 * true positives, missing ones false negatives; {@code without} snippets found are false positives. Title,
 * author and date are right when equal to the gold value (case-insensitive after whitespace normalisation;
 * the date on the day), over pages with a gold value. Authors are compared as the set of names: the gold
 * joins several with ", ", " und ", "; " or gives a list, and a list-valued gold counts as a gold value.
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
            scoreAuthors(author, g.path("author"), page == null ? List.of() : page.authors(), verbose, log, url);
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
     * Authors are right when the page's names are the gold's names. The gold writes several authors as one
     * string ("A, B", "A und B", "A; B") or as a list; both sides are split the same way, so a single name is
     * compared as it stands and the separator a page or the gold happened to use does not decide the match.
     */
    private static void scoreAuthors(int[] counts, JsonNode gold, List<String> predicted, boolean verbose,
                                     PrintStream log, String url) {
        List<String> goldNames = new ArrayList<>();
        if (gold.isArray()) for (JsonNode n : gold) goldNames.add(n.asText(""));
        else if (gold.isTextual()) goldNames.add(gold.asText());
        List<String> want = authorKeys(goldNames);
        if (want.isEmpty()) return;
        counts[1]++;
        List<String> got = authorKeys(predicted);
        if (want.equals(got)) counts[0]++;
        else if (verbose) log.printf("AUTHOR %s\tgold=%s\tgot=%s%n", url, String.join("; ", goldNames),
                String.join("; ", predicted));
    }

    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile(
            "\\s*(?:[;,&/]|\\s(?:and|und|et|y|e)\\s)\\s*", Pattern.CASE_INSENSITIVE);

    /** Names, split at separators, whitespace-normalised, lower-cased, sorted. */
    static List<String> authorKeys(List<String> names) {
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank() || name.equals("NaN")) continue;
            for (String part : AUTHOR_SEPARATOR.split(normalize(name))) {
                String k = normalize(part).toLowerCase(Locale.ROOT);
                if (!k.isEmpty()) keys.add(k);
            }
        }
        Collections.sort(keys);
        return keys;
    }

    /**
     * Whitespace runs to one space, trimmed: Python's {@code " ".join(s.split())}, which the trafilatura scorer
     * uses, so every character Python counts as whitespace (no-break and thin spaces, ideographic space, line
     * and paragraph separators, the information separators) splits here too.
     */
    static String normalize(String s) {
        return s == null ? "" : Whitespace.collapse(s, TrafilaturaEval::pythonSpace);
    }

    /** Python's {@code str.isspace()} for one UTF-16 unit (every such character is in the BMP). */
    static boolean pythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }
}
