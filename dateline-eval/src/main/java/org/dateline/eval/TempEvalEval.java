package org.dateline.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;
import org.dateline.time.TimeExpression;
import org.dateline.time.TimeTagger;

/**
 * TempEval-3 Task A on the TimeBank part of TBAQ-cleaned ({@code time/TimeBank/*.tml}): the text inside
 * {@code <TEXT>} with markup stripped is tagged against the document creation time; pooled over documents,
 * strict span F1 (same start and end), relaxed span F1 (overlap), value F1 (overlap and same value) and
 * type F1 (overlap and same type).
 */
public final class TempEvalEval implements Evaluation {
    private static final Pattern DCT = Pattern.compile(
            "<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9_]+)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(\\w+)=\"([^\"]*)\"");

    @Override
    public String name() {
        return "tempeval";
    }

    @Override
    public String description() {
        return "TempEval-3 TimeBank (183 docs): TIMEX3 strict/relaxed span F1, value F1, type F1";
    }

    /** One gold or predicted time expression in a document's plain text. */
    public record Span(int start, int end, String type, String value, String text) {
    }

    /** A TimeML document reduced to its plain text, creation date and gold expressions. */
    public record Document(String id, String text, LocalDate creation, List<Span> gold) {
    }

    @Override
    public EvalResult run(Path data, PrintStream log, boolean verbose) {
        List<Document> documents = load(data.resolve("time").resolve("TimeBank"));
        TimeTagger tagger = TimeTagger.builtIn();
        List<List<Span>> predicted = new ArrayList<>();
        int sentences = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        long t0 = System.nanoTime();
        for (Document d : documents) {
            Text text = TextAnalyzer.analyze(d.text());
            sentences += text.sentences().size();
            List<Span> spans = new ArrayList<>();
            for (TimeExpression e : tagger.tag(text, d.creation())) {
                spans.add(new Span(e.start(), e.end(), e.type(), e.value(), e.text()));
            }
            predicted.add(spans);
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - t0) / 1e9);
        // CPU time of this thread: throughput that does not depend on how busy the machine is.
        double cpuSeconds = cpu0 < 0 ? seconds : Math.max(1e-9, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
        Map<String, Double> figures = score(documents, predicted, log, verbose);
        figures.put("docs_per_second", documents.size() / seconds);
        figures.put("sentences_per_second", sentences / seconds);
        figures.put("docs_per_cpu_second", documents.size() / cpuSeconds);
        figures.put("sentences_per_cpu_second", sentences / cpuSeconds);
        return new EvalResult(name(), documents.size(), figures);
    }

    /**
     * TempEval-3 Task A scoring, pooled over documents: strict and relaxed span, value and type
     * precision/recall/F1. Public so that a peer's predictions (SUTime) are scored by the same code.
     */
    public static Map<String, Double> score(List<Document> documents, List<List<Span>> predicted, PrintStream log,
                                            boolean verbose) {

        int goldCount = 0;
        int predCount = 0;
        int strictPred = 0, strictGold = 0, relaxedPred = 0, relaxedGold = 0;
        int valuePred = 0, valueGold = 0, typePred = 0, typeGold = 0;
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            List<Span> gold = d.gold();
            List<Span> pred = predicted.get(i);
            goldCount += gold.size();
            predCount += pred.size();
            for (Span p : pred) {
                boolean strict = false, relaxed = false, value = false, type = false;
                for (Span g : gold) {
                    if (!overlaps(p, g)) continue;
                    relaxed = true;
                    strict |= p.start() == g.start() && p.end() == g.end();
                    value |= p.value().equals(g.value());
                    type |= p.type().equals(g.type());
                }
                strictPred += strict ? 1 : 0;
                relaxedPred += relaxed ? 1 : 0;
                valuePred += value ? 1 : 0;
                typePred += type ? 1 : 0;
                if (verbose && !value) {
                    Span g = gold.stream().filter(x -> overlaps(p, x)).findFirst().orElse(null);
                    log.printf("%s\t%s\tpred [%s] %s %s\tgold %s\t%s%n", d.id(), relaxed ? "WRONG" : "FALSE+", p.text(),
                            p.type(), p.value(), g == null ? "-" : "[" + g.text() + "] " + g.type() + " " + g.value(),
                            context(d.text(), p));
                } else if (verbose && !strict) {
                    Span g = gold.stream().filter(x -> overlaps(p, x)).findFirst().orElse(null);
                    log.printf("%s\tSPAN\tpred [%s]\tgold [%s]%n", d.id(), p.text(), g.text());
                }
            }
            for (Span g : gold) {
                boolean strict = false, relaxed = false, value = false, type = false;
                for (Span p : pred) {
                    if (!overlaps(p, g)) continue;
                    relaxed = true;
                    strict |= p.start() == g.start() && p.end() == g.end();
                    value |= p.value().equals(g.value());
                    type |= p.type().equals(g.type());
                }
                strictGold += strict ? 1 : 0;
                relaxedGold += relaxed ? 1 : 0;
                valueGold += value ? 1 : 0;
                typeGold += type ? 1 : 0;
                if (verbose && !relaxed) {
                    log.printf("%s\tMISSED\t[%s] %s %s\t%s%n", d.id(), g.text(), g.type(), g.value(),
                            context(d.text(), g));
                }
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("strict_precision", ratio(strictPred, predCount));
        figures.put("strict_recall", ratio(strictGold, goldCount));
        figures.put("strict_f1", f1(ratio(strictPred, predCount), ratio(strictGold, goldCount)));
        figures.put("relaxed_precision", ratio(relaxedPred, predCount));
        figures.put("relaxed_recall", ratio(relaxedGold, goldCount));
        figures.put("relaxed_f1", f1(ratio(relaxedPred, predCount), ratio(relaxedGold, goldCount)));
        figures.put("value_precision", ratio(valuePred, predCount));
        figures.put("value_recall", ratio(valueGold, goldCount));
        figures.put("value_f1", f1(ratio(valuePred, predCount), ratio(valueGold, goldCount)));
        figures.put("type_f1", f1(ratio(typePred, predCount), ratio(typeGold, goldCount)));
        figures.put("gold_expressions", (double) goldCount);
        figures.put("predicted_expressions", (double) predCount);
        return figures;
    }

    private static String context(String text, Span g) {
        int from = Math.max(0, g.start() - 60);
        int to = Math.min(text.length(), g.end() + 40);
        return text.substring(from, g.start()).replace('\n', ' ') + "[[" + g.text() + "]]"
                + text.substring(g.end(), to).replace('\n', ' ');
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Every {@code .tml} document in {@code folder}, in file-name order. */
    public static List<Document> load(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Document> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
                out.add(parse(f.getFileName().toString().replace(".tml", ""),
                        Files.readString(f, StandardCharsets.UTF_8)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain text inside {@code <TEXT>}, tags removed and entities decoded, with the TIMEX3 spans. */
    public static Document parse(String id, String timeml) {
        Matcher dct = DCT.matcher(timeml);
        LocalDate creation = dct.find() ? LocalDate.parse(dct.group(1)) : null;
        int from = timeml.indexOf("<TEXT>");
        int to = timeml.lastIndexOf("</TEXT>");
        String body = from < 0 ? "" : timeml.substring(from + "<TEXT>".length(), to < 0 ? timeml.length() : to);
        StringBuilder text = new StringBuilder();
        List<Span> gold = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        int pos = 0;
        int openStart = -1;
        Map<String, String> open = null;
        while (tag.find()) {
            appendDecoded(text, body.substring(pos, tag.start()));
            pos = tag.end();
            if (!tag.group(2).equals("TIMEX3")) continue;
            if (tag.group(1).isEmpty()) {
                open = new LinkedHashMap<>();
                Matcher a = ATTRIBUTE.matcher(tag.group(3));
                while (a.find()) open.put(a.group(1), a.group(2));
                openStart = text.length();
            } else if (open != null) {
                gold.add(new Span(openStart, text.length(), open.getOrDefault("type", ""),
                        open.getOrDefault("value", ""), text.substring(openStart)));
                open = null;
            }
        }
        appendDecoded(text, body.substring(pos));
        return new Document(id, text.toString(), creation, gold);
    }

    private static void appendDecoded(StringBuilder out, String s) {
        out.append(s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&"));
    }
}
