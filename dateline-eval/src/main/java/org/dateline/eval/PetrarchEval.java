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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.DatelineException;
import org.dateline.Problem;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityRecognizer;
import org.dateline.event.Event;
import org.dateline.event.EventCoder;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;

/**
 * PETRARCH's unit-test suite ({@code cameo/PETR.UnitTest.dev.xml}), coded from each record's {@code <Text>}
 * alone with the {@code PETR.Validate.*} dictionaries. A record passes when the set of (source, target, code)
 * triples equals the expected set exactly; records of category ERROR and those whose expected codes are
 * quoted phrases are not scored (cameo/README.md). The engine codes with PETRARCH's conventions
 * ({@link EventCoder#literal()}, agents of no named actor as "---" actors), and a negated event counts as
 * produced, since PETRARCH does not read negation.
 */
public final class PetrarchEval implements Evaluation {
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*)>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("(\\w+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

    public PetrarchEval() {
    }

    @Override
    public String name() {
        return "petrarch";
    }

    @Override
    public String description() {
        return "PETRARCH unit-test suite (CAMEO, validation dictionaries): share of records coded exactly";
    }

    /** One scored record. */
    record Item(String id, String category, LocalDate date, String text, Set<String> expected) {
    }

    static List<Item> read(Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Item> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(xml);
        while (m.find()) {
            Map<String, String> attrs = attrs(m.group(1));
            String body = m.group(2);
            String category = attrs.getOrDefault("category", "");
            if (category.equals("ERROR")) continue;
            Matcher t = TEXT.matcher(body);
            if (!t.find()) continue;
            Set<String> expected = new TreeSet<>();
            boolean quoted = false;
            Matcher c = CODING.matcher(body);
            while (c.find()) {
                Map<String, String> a = attrs(c.group(1));
                if (a.containsKey("noevents") || a.containsKey("error")) continue;
                String s = a.get("sourcecode");
                String tg = a.get("targetcode");
                String code = a.get("eventcode");
                if (s == null || tg == null || code == null) continue;
                if (s.contains("\"") || tg.contains("\"") || code.contains("\"")) quoted = true;
                expected.add(s + " " + tg + " " + code);
            }
            if (quoted) continue;
            String d = attrs.getOrDefault("date", "");
            LocalDate date = d.length() == 8 ? LocalDate.of(Integer.parseInt(d.substring(0, 4)),
                    Integer.parseInt(d.substring(4, 6)), Integer.parseInt(d.substring(6, 8))) : null;
            String text = t.group(1).replaceAll("\\s+", " ").strip();
            out.add(new Item(attrs.getOrDefault("id", "?"), category, date, unescape(text), expected));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    private static Map<String, String> attrs(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher a = ATTR.matcher(s);
        while (a.find()) out.put(a.group(1), a.group(2).substring(1, a.group(2).length() - 1));
        return out;
    }

    /** The (source, target, code) triples the engine codes from one text. */
    static Set<String> triples(EntityRecognizer recognizer, EventCoder coder, String s, LocalDate date) {
        Text text = TextAnalyzer.analyze(s);
        List<Entity> entities = recognizer.recognize(text, date, true);
        Set<String> out = new TreeSet<>();
        for (Event e : coder.code(text, entities, List.of(), List.of(), List.of(), date)) {
            // PETRARCH does not read negation: its suite expects "will not attack" coded as an attack.
            if (e.target() == null) continue;
            out.add(e.source().code() + " " + e.target().code() + " " + e.code());
        }
        return out;
    }

    @Override
    public EvalResult run(Path data, PrintStream log, boolean verbose) {
        Path dir = data.resolve("cameo");
        Path suite = dir.resolve("PETR.UnitTest.dev.xml");
        Path dicts = dir.resolve("dictionaries");
        if (!Files.exists(suite)) throw new DatelineException(Problem.E012, suite.toString(), "the PETRARCH unit suite");
        EntityRecognizer recognizer = EntityRecognizer.load(List.of(dicts.resolve("PETR.Validate.actors.txt")),
                dicts.resolve("PETR.Validate.agents.txt"));
        EventCoder coder = EventCoder.load(dicts.resolve("PETR.Validate.verbs.txt"),
                dicts.resolve("PETR.Validate.discards.txt"), recognizer).literal();
        List<Item> items = read(suite);
        int pass = 0;
        int expectedTotal = 0;
        int producedTotal = 0;
        int matched = 0;
        for (Item item : items) {
            Set<String> got = triples(recognizer, coder, item.text(), item.date());
            boolean ok = got.equals(item.expected());
            if (ok) pass++;
            expectedTotal += item.expected().size();
            producedTotal += got.size();
            for (String g : got) if (item.expected().contains(g)) matched++;
            if (verbose && !ok) {
                log.printf("FAIL %s [%s] %s%n  expected %s%n  got      %s%n", item.id(), item.category(), item.text(),
                        item.expected(), got);
            }
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("records_passed", items.isEmpty() ? 0 : (double) pass / items.size());
        figures.put("triple_precision", producedTotal == 0 ? 0 : (double) matched / producedTotal);
        figures.put("triple_recall", expectedTotal == 0 ? 0 : (double) matched / expectedTotal);
        return new EvalResult(name(), items.size(), figures);
    }
}
