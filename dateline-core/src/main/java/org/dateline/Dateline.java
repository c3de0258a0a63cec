package org.dateline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityRecognizer;
import org.dateline.event.Event;
import org.dateline.event.EventCoder;
import org.dateline.page.Page;
import org.dateline.page.PageExtractor;
import org.dateline.place.Place;
import org.dateline.place.PlaceResolver;
import org.dateline.quote.Quote;
import org.dateline.quote.QuoteExtractor;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;
import org.dateline.time.TimeExpression;
import org.dateline.time.TimeTagger;

/**
 * The engine's one front door. {@code Dateline.analyze(html)} for one page with the built-in dictionaries;
 * {@code Dateline.builder()...build()} to swap dictionaries. An instance is immutable and thread-safe:
 * build once, analyse a million pages.
 *
 * <p>Data flows one way: page, text, mentions (actors, places, times), quotes, events.
 */
public final class Dateline {
    private static volatile Dateline builtIn;

    private final EntityRecognizer recognizer;
    private final PlaceResolver places;
    private final TimeTagger times;
    private final QuoteExtractor quotes;
    private final EventCoder coder;

    private Dateline(EntityRecognizer recognizer, PlaceResolver places, TimeTagger times, QuoteExtractor quotes,
                     EventCoder coder) {
        this.recognizer = recognizer;
        this.places = places;
        this.times = times;
        this.quotes = quotes;
        this.coder = coder;
    }

    /** The engine with the built-in dictionaries and gazetteer, loaded once. */
    public static Dateline builtIn() {
        Dateline d = builtIn;
        if (d == null) {
            synchronized (Dateline.class) {
                d = builtIn;
                if (d == null) {
                    EntityRecognizer r = EntityRecognizer.builtIn();
                    d = new Dateline(r, PlaceResolver.builtIn(), TimeTagger.builtIn(), QuoteExtractor.builtIn(),
                            EventCoder.builtIn());
                    builtIn = d;
                }
            }
        }
        return d;
    }

    /** Analyses one page (HTML or plain text, told apart by content) with the built-in engine. */
    public static Story analyze(String content) {
        return builtIn().analyze("-", content);
    }

    /** An engine with some dictionaries replaced. */
    public static Builder builder() {
        return new Builder();
    }

    /** Extracts the page from {@code content} and analyses it. */
    public Story analyze(String id, String content) {
        return analyze(PageExtractor.extract(id, content));
    }

    /** Analyses an already extracted page. */
    public Story analyze(Page page) {
        Objects.requireNonNull(page, "page");
        LocalDate date = storyDate(page);
        Text text = TextAnalyzer.analyze(page.text());
        List<Entity> entities = recognizer.recognize(text, date);
        List<TimeExpression> timex = times.tag(text, date);
        List<Place> placeList = places.resolve(text, entities);
        List<Quote> quoteList = quotes.extract(text, entities);
        List<Event> events = coder.code(text, entities, quoteList, timex, placeList, date);
        return new Story(page, text, entities, timex, placeList, quoteList, events);
    }

    /** The date relative expressions and roles are resolved against: the page's, else null. */
    static LocalDate storyDate(Page page) {
        String p = page.published();
        if (p == null || p.length() < 10) return null;
        try {
            return LocalDate.parse(p.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Builds an engine with dictionaries from files; anything not set stays built in. */
    public static final class Builder {
        private final List<Path> actors = new ArrayList<>();
        private Path agents;
        private Path verbs;
        private Path discards;

        private Builder() {
        }

        /** Actor dictionaries ({@code --actors}); replaces the built-in actors. */
        public Builder actors(List<Path> files) {
            actors.clear();
            actors.addAll(files);
            return this;
        }

        public Builder agents(Path file) {
            this.agents = file;
            return this;
        }

        public Builder verbs(Path file) {
            this.verbs = file;
            return this;
        }

        public Builder discards(Path file) {
            this.discards = file;
            return this;
        }

        public Dateline build() {
            if (actors.isEmpty() && agents == null && verbs == null && discards == null) return builtIn();
            EntityRecognizer r = actors.isEmpty() && agents == null ? EntityRecognizer.builtIn()
                    : EntityRecognizer.load(actors, agents);
            EventCoder c = verbs == null && discards == null && r == EntityRecognizer.builtIn()
                    ? EventCoder.builtIn() : EventCoder.load(verbs, discards, r);
            return new Dateline(r, PlaceResolver.builtIn(), TimeTagger.builtIn(), QuoteExtractor.builtIn(), c);
        }
    }
}
