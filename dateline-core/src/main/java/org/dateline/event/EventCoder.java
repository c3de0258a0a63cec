package org.dateline.event;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.actor.Actor;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityRecognizer;
import org.dateline.actor.EntityType;
import org.dateline.actor.internal.Dictionaries;
import org.dateline.event.internal.CodeBook;
import org.dateline.event.internal.Discards;
import org.dateline.event.internal.SentenceCoder;
import org.dateline.event.internal.VerbDictionary;
import org.dateline.place.Place;
import org.dateline.quote.Quote;
import org.dateline.text.Sentence;
import org.dateline.text.Text;
import org.dateline.text.Token;
import org.dateline.time.TimeExpression;

/**
 * Codes (source, CAMEO event, target) triples from sentences, with PLOVER type, date, place and evidence,
 * using the CAMEO verb dictionary and a shallow syntax of our own (no parser). Immutable and thread-safe.
 */
public final class EventCoder {
    private static final System.Logger LOG = System.getLogger(EventCoder.class.getName());
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static volatile EventCoder builtIn;

    private final VerbDictionary verbs;
    private final Discards discards;
    private final List<String> warnings;
    private final boolean literal;

    private EventCoder(VerbDictionary verbs, Discards discards, boolean shipped) {
        this.verbs = verbs;
        this.discards = discards;
        this.warnings = List.copyOf(verbs.warnings());
        this.literal = false;
        // CAMEO.2.0 has a few known bad lines: only a user's own files warn loudly.
        for (String w : warnings) LOG.log(shipped ? Level.DEBUG : Level.WARNING, w);
    }

    private EventCoder(EventCoder from, boolean literal) {
        this.verbs = from.verbs;
        this.discards = from.discards;
        this.warnings = from.warnings;
        this.literal = literal;
    }

    /**
     * This coder with PETRARCH's convention: every verb is coded as its dictionary says, whatever its
     * modality. "Will attack" stays an attack (not a threat, 138), "plans to visit" a visit, conditional and
     * "should" clauses are coded too, and a pattern word meets only that word (no plural). Negated verbs still
     * carry {@link Event#negated()}. This is what PETRARCH's validation suite expects; the default reading
     * suits news analysis better.
     */
    public EventCoder literal() {
        return literal ? this : new EventCoder(this, true);
    }

    /** With the built-in CAMEO verb dictionary and Phoenix discards, read once per JVM. */
    public static EventCoder builtIn() {
        EventCoder c = builtIn;
        if (c == null) {
            synchronized (EventCoder.class) {
                c = builtIn;
                if (c == null) {
                    c = new EventCoder(builtInVerbs(), builtInDiscards(), true);
                    builtIn = c;
                }
            }
        }
        return c;
    }

    private static VerbDictionary builtInVerbs() {
        VerbDictionary v = new VerbDictionary();
        Dictionaries.readResource("CAMEO.2.0.txt", r -> v.read(r, "CAMEO.2.0.txt"));
        Dictionaries.readResource("dateline-updates.verbs.txt", r -> v.read(r, "dateline-updates.verbs.txt", true));
        return v;
    }

    private static Discards builtInDiscards() {
        Discards d = new Discards();
        Dictionaries.readResource("Phoenix.discards.txt", r -> d.read(r, "Phoenix.discards.txt"));
        return d;
    }

    /**
     * With dictionaries from files; a null argument keeps the built-in one. Malformed lines are skipped with
     * a warning naming file and line (Problem E008, see {@link #warnings()}).
     *
     * @param verbFile    verb dictionary ({@code --verbs})
     * @param discardFile discards ({@code --discards})
     * @param recognizer  the actor recognizer in use (its dictionaries code the actors)
     * @throws org.dateline.DatelineException E009 when a file cannot be read
     */
    public static EventCoder load(Path verbFile, Path discardFile, EntityRecognizer recognizer) {
        if (verbFile == null && discardFile == null) return builtIn();
        VerbDictionary v;
        if (verbFile == null) {
            v = builtIn().verbs;
        } else {
            v = new VerbDictionary();
            Dictionaries.readFile(verbFile, r -> v.read(r, verbFile.toString()));
        }
        Discards d;
        if (discardFile == null) {
            d = builtIn().discards;
        } else {
            d = new Discards();
            Dictionaries.readFile(discardFile, r -> d.read(r, discardFile.toString()));
        }
        return new EventCoder(v, d, false);
    }

    /** Problems met reading the verb dictionary, one line each (Problem E008). */
    public List<String> warnings() {
        return warnings;
    }

    /** The events in {@code text}, in text order. {@code storyDate} may be null. */
    public List<Event> code(Text text, List<Entity> entities, List<Quote> quotes, List<TimeExpression> times,
                            List<Place> places, LocalDate storyDate) {
        String s = text.text();
        List<Entity> actors = actorMentions(entities);
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        SentenceCoder coder = new SentenceCoder(verbs, literal);
        SentenceCoder.Context ctx = new SentenceCoder.Context();
        List<Token> tokens = text.tokens();
        int t = 0;
        int a = 0;
        for (Sentence sentence : text.sentences()) {
            String sentenceText = s.substring(sentence.start(), sentence.end());
            List<Token> st = new ArrayList<>();
            while (t < tokens.size() && tokens.get(t).start() < sentence.end()) st.add(tokens.get(t++));
            // PETRARCH voids a sentence naming a past year ("in 1961", "two weeks ago"); otherwise only the
            // clause that carries it is history, and the rest of the sentence is coded.
            List<int[]> temporal = literal ? null : new ArrayList<>();
            int verdict = discards.match(sentenceText, temporal);
            if (verdict == 1) return List.of();
            List<SentenceCoder.Mention> mentions = new ArrayList<>();
            while (a < actors.size() && actors.get(a).start() < sentence.start()) a++;
            for (int k = a; k < actors.size() && actors.get(k).start() < sentence.end(); k++) {
                Entity e = actors.get(k);
                int from = -1;
                int to = -1;
                for (int i = 0; i < st.size(); i++) {
                    Token tok = st.get(i);
                    if (tok.end() > e.start() && tok.start() < e.end()) {
                        if (from < 0) from = i;
                        to = i + 1;
                    }
                }
                if (from >= 0) {
                    mentions.add(new SentenceCoder.Mention(from, to, e.start(), e.end(), e.actor(), e.type() == EntityType.PLACE));
                }
            }
            if (verdict == 0 || st.isEmpty()) continue;
            List<Integer> historic = new ArrayList<>();
            if (temporal != null) {
                for (int[] r : temporal) {
                    for (int i = 0; i < st.size(); i++) {
                        Token tok = st.get(i);
                        if (tok.start() < sentence.start() + r[1] && tok.end() > sentence.start() + r[0]) historic.add(i);
                    }
                }
            }
            ctx.historic(historic);
            Quote quote = quoteWithSpeaker(quotes, sentence);
            if (quote != null) {
                ctx.quote(new Actor(quote.speaker().code(), quote.speaker().name()), quote.start(), quote.end());
            } else {
                ctx.quote(null, -1, -1);
            }
            for (SentenceCoder.Coded c : coder.code(st, mentions, ctx)) {
                Event e = event(c, s, sentence, quotes, times, places, storyDate);
                String key = e.code() + "|" + (e.source() == null ? "" : e.source().code()) + "|" + (e.target() == null ? "" : e.target().code())
                        + "|" + e.start() + "|" + e.negated();
                if (seen.add(key)) out.add(e);
            }
        }
        return out;
    }

    /** Entities that can act: with an actor, not a place; a mention inside a longer one gives way to it. */
    private static List<Entity> actorMentions(List<Entity> entities) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.actor() == null || e.actor().code() == null) continue;
            boolean inside = false;
            for (Entity f : entities) {
                if (f != e && f.actor() != null && f.start() <= e.start() && e.end() <= f.end()
                        && f.end() - f.start() > e.end() - e.start()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) out.add(e);
        }
        out.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start()) : Integer.compare(x.end(), y.end()));
        return out;
    }

    /** A preposition that attaches a place to an event ("talks in Geneva", "at the summit in Vienna"). */
    private static final Pattern LOCATIVE = Pattern.compile(
            "(?i)\\b(?:in|at|near|outside|inside|across|throughout)\\s+(?:the\\s+)?"
                    + "(?:(?:city|capital|town|village|region|province|port|state) of\\s+)?$");

    private static boolean locative(String text, Place p, int sentenceStart) {
        int from = Math.max(sentenceStart, p.start() - 40);
        return LOCATIVE.matcher(text.substring(from, p.start())).find();
    }

    /** Index of the first quote whose content holds character {@code pos}, or -1. */
    private static int quoteAt(List<Quote> quotes, int pos) {
        if (quotes == null) return -1;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.start() <= pos && pos < q.end()) return i;
        }
        return -1;
    }

    private static Quote quoteWithSpeaker(List<Quote> quotes, Sentence sentence) {
        if (quotes == null) return null;
        for (Quote q : quotes) {
            if (q.speaker() != null && q.speaker().code() != null && q.start() < sentence.end() && q.end() > sentence.start()) {
                return q;
            }
        }
        return null;
    }

    private static Event event(SentenceCoder.Coded c, String text, Sentence sentence, List<Quote> quotes, List<TimeExpression> times,
                               List<Place> places, LocalDate storyDate) {
        CodeBook book = CodeBook.get();
        String date = storyDate == null ? null : storyDate.toString();
        String basis = storyDate == null ? null : "story";
        TimeExpression when = null;
        if (times != null) {
            for (TimeExpression te : times) {
                if (te.start() >= sentence.start() && te.end() <= sentence.end() && "DATE".equals(te.type())
                        && te.value() != null && FULL_DATE.matcher(te.value()).matches()) {
                    if (when == null || Math.abs(te.start() - c.anchorChar()) < Math.abs(when.start() - c.anchorChar())) when = te;
                }
            }
        }
        if (when != null) {
            date = when.value();
            basis = "text";
        }
        Event.EventPlace where = null;
        if (places != null) {
            Place best = null;
            int anchorQuote = quoteAt(quotes, c.anchorChar());
            for (Place p : places) {
                if (p.start() < sentence.start() || p.end() > sentence.end()) continue;
                // What a speaker says and the saying happen apart: "“... weapons in Ukraine,” he said" does
                // not place the saying in Ukraine, nor does "he said in Geneva" place what he spoke of there.
                if (quoteAt(quotes, p.start()) != anchorQuote) continue;
                if (c.placeChar() >= 0) {
                    if (p.start() <= c.placeChar() && c.placeChar() < p.end()) {
                        best = p;
                        break;
                    }
                    continue;
                }
                // Only a place the sentence attaches with a locative preposition is where it happened:
                // "warned the US" or "Moscow is pleased" name actors, not the scene.
                if (!locative(text, p, sentence.start())) continue;
                if (best == null || Math.abs(p.start() - c.anchorChar()) < Math.abs(best.start() - c.anchorChar())) best = p;
            }
            if (best != null) where = new Event.EventPlace(best.name(), best.country());
        }
        int at = quoteAt(quotes, c.anchorChar());
        Integer quote = at < 0 ? null : at;
        return new Event(c.code(), book.name(c.code()), book.plover(c.code()), c.source(), c.target(), date, basis, where,
                sentence.start(), sentence.end(), quote, c.negated());
    }
}
