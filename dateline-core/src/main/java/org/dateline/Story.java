package org.dateline;

import java.util.List;
import org.dateline.actor.Entity;
import org.dateline.event.Event;
import org.dateline.page.Page;
import org.dateline.place.Place;
import org.dateline.quote.Quote;
import org.dateline.text.Text;
import org.dateline.time.TimeExpression;

/**
 * The analyst's record of one page: the page itself and everything found in its text. Every span's
 * offsets are UTF-16 indices into {@code page.text()}.
 */
public record Story(Page page, Text text, List<Entity> entities, List<TimeExpression> times, List<Place> places,
                    List<Quote> quotes, List<Event> events) {
    public Story {
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }
}
