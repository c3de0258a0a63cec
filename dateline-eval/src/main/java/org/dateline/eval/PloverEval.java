package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
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
import org.dateline.DatelineException;
import org.dateline.Problem;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityRecognizer;
import org.dateline.event.Event;
import org.dateline.event.EventCoder;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;

/**
 * PLOVER gold records ({@code plover/PLOVER_GSR_CAMEO.dev.jsonl}) coded with the built-in dictionaries,
 * dated 2000-01-01 (plover/README.md). <em>type</em>: some event has the gold PLOVER type; <em>triple</em>:
 * some event has the gold type and the gold source and target countries (first three letters; an empty
 * gold side must be empty).
 *
 * <p>The gold records were coded in 2016 with PLOVER's first vocabulary, while the engine reports the types
 * of the 2021 conversion table. The headline figures therefore compare in the gold's vocabulary, translating
 * each event's CAMEO code ({@link #goldVocabulary}); {@code type_2021_names} compares the 2021 names
 * literally, for reference. The translation, with the gold records that show each difference:
 * <ul>
 *   <li>renamed types: CAMEO 02 and 10 DEMAND (2021: REQUEST), 11 DISAPPROVE (ACCUSE), 09 INVESTIGATE
 *       (ACCUSE);</li>
 *   <li>CAMEO 19 and 20 are FIGHT (2021: ASSAULT): "shelled", "tanks fired", "ethnic cleansing", "forced
 *       out from their homes";</li>
 *   <li>CAMEO 191 blockade and 192 occupation stay COERCE as in 2021 ("reimposed blockades");</li>
 *   <li>CAMEO 163 sanctions is SANCTION (2021: COERCE): "imposed sanctions";</li>
 *   <li>CAMEO 1712 destroying property, 181 abduction and 184 human shields are COERCE (2021: ASSAULT): "blew
 *       up power lines", "set fire to the offices", "kidnapped", "holding ... as human shields";</li>
 *   <li>CAMEO 0813 and 0814 easing a curfew or emergency are CONCEDE (2021: RETREAT): "lifted a night
 *       curfew", "eased emergency measures"; 0831 stepping down is RETREAT (2021: CONCEDE): "resigned".</li>
 * </ul>
 */
public final class PloverEval implements Evaluation {
    private static final LocalDate DATE = LocalDate.of(2000, 1, 1);

    public PloverEval() {
    }

    @Override
    public String name() {
        return "plover";
    }

    @Override
    public String description() {
        return "PLOVER gold records (built-in dictionaries): event type, and type with source and target countries";
    }

    /** The PLOVER type of an event in the gold's (2016) vocabulary (see the class comment). */
    static String goldVocabulary(Event e) {
        String c = e.code();
        if (c.startsWith("09")) return "INVESTIGATE";
        if (c.startsWith("02") || c.startsWith("10")) return "DEMAND";
        if (c.startsWith("11")) return "DISAPPROVE";
        if (c.startsWith("191") || c.startsWith("192")) return "COERCE";
        if (c.startsWith("19") || c.startsWith("20")) return "FIGHT";
        if (c.startsWith("163")) return "SANCTION";
        if (c.startsWith("171") || c.startsWith("181") || c.startsWith("184")) return "COERCE";
        if (c.equals("0813") || c.equals("0814")) return "CONCEDE";
        if (c.equals("0831")) return "RETREAT";
        return e.plover();
    }

    private static Set<String> countries(JsonNode side) {
        Set<String> out = new TreeSet<>();
        if (side == null || !side.isArray()) return out;
        for (JsonNode a : side) {
            String code = a.path("code").asText("");
            if (code.length() >= 3) out.add(code.substring(0, 3).toUpperCase());
        }
        return out;
    }

    private static String country(org.dateline.actor.Actor a) {
        return a == null || a.code() == null || a.code().length() < 3 ? null : a.code().substring(0, 3);
    }

    @Override
    public EvalResult run(Path data, PrintStream log, boolean verbose) {
        Path file = data.resolve("plover").resolve("PLOVER_GSR_CAMEO.dev.jsonl");
        if (!Files.exists(file)) throw new DatelineException(Problem.E012, file.toString(), "the PLOVER gold records");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) if (!line.isBlank()) records.add(json.readTree(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EntityRecognizer recognizer = EntityRecognizer.builtIn();
        EventCoder coder = EventCoder.builtIn();
        int type = 0;
        int triple = 0;
        int literal = 0;
        for (JsonNode rec : records) {
            String gold = rec.path("event").asText();
            Set<String> src = countries(rec.get("source"));
            Set<String> tgt = countries(rec.get("target"));
            Text text = TextAnalyzer.analyze(rec.path("text").asText());
            List<Entity> entities = recognizer.recognize(text, DATE);
            List<Event> events = coder.code(text, entities, List.of(), List.of(), List.of(), DATE);
            boolean typeOk = false;
            boolean tripleOk = false;
            boolean literalOk = false;
            for (Event e : events) {
                if (gold.equals(e.plover())) literalOk = true;
                if (!gold.equals(goldVocabulary(e))) continue;
                typeOk = true;
                String s = country(e.source());
                String t = country(e.target());
                boolean sourceOk = src.isEmpty() ? s == null : s != null && src.contains(s);
                boolean targetOk = tgt.isEmpty() ? t == null : t != null && tgt.contains(t);
                if (sourceOk && targetOk) tripleOk = true;
            }
            if (typeOk) type++;
            if (tripleOk) triple++;
            if (literalOk) literal++;
            if (verbose && !tripleOk) {
                StringBuilder got = new StringBuilder();
                for (Event e : events) {
                    got.append(' ').append(goldVocabulary(e)).append('(').append(e.code()).append(' ')
                            .append(country(e.source())).append("->").append(country(e.target())).append(')');
                }
                log.printf("%s %s %s->%s | %s%n  got:%s%n", typeOk ? "WRONG-ACTORS" : "WRONG-TYPE", gold, src, tgt,
                        rec.path("text").asText(), got);
            }
        }
        int n = records.size();
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("type", n == 0 ? 0 : (double) type / n);
        figures.put("triple", n == 0 ? 0 : (double) triple / n);
        figures.put("type_2021_names", n == 0 ? 0 : (double) literal / n);
        return new EvalResult(name(), n, figures);
    }
}
