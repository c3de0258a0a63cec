package org.dateline.event;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityRecognizer;
import org.dateline.place.Place;
import org.dateline.quote.Quote;
import org.dateline.text.Text;
import org.dateline.time.TimeExpression;

/**
 * Codes (source, CAMEO event, target) triples from sentences, with PLOVER type, date, place and evidence.
 * PLACEHOLDER API: the event work replaces the bodies, keeping these signatures.
 */
public final class EventCoder {
    private EventCoder() {
    }

    public static EventCoder builtIn() {
        return new EventCoder();
    }

    /**
     * With dictionaries from files; a null argument keeps the built-in one.
     *
     * @param verbFile    verb dictionary ({@code --verbs})
     * @param discardFile discards ({@code --discards})
     * @param recognizer  the actor recognizer in use (its dictionaries code the actors)
     */
    public static EventCoder load(Path verbFile, Path discardFile, EntityRecognizer recognizer) {
        return new EventCoder();
    }

    /** The events in {@code text}, in text order. {@code storyDate} may be null. */
    public List<Event> code(Text text, List<Entity> entities, List<Quote> quotes, List<TimeExpression> times,
                            List<Place> places, LocalDate storyDate) {
        return List.of();
    }
}
