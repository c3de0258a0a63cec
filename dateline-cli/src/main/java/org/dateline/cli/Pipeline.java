package org.dateline.cli;

import java.time.LocalDate;
import java.util.List;
import org.dateline.Dateline;
import org.dateline.DatelineException;
import org.dateline.Problem;
import org.dateline.Story;
import org.dateline.page.Outlet;
import org.dateline.page.Page;
import org.dateline.page.PageExtractor;
import org.dateline.page.PublishedBasis;

/** From one input document to a page or a story, with the caller's overrides applied. */
final class Pipeline {
    private final Dateline engine;
    private final String published;

    /**
     * @param engine    the engine to analyse with
     * @param published {@code --published}, already validated, or null
     */
    Pipeline(Dateline engine, String published) {
        this.engine = engine;
        this.published = published;
    }

    /** Validates a {@code --published} value; a bad one is a usage error. */
    static String checkDate(String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new DatelineException(Problem.E007, "--published", value);
        }
    }

    Page page(InputDocument doc) {
        Page page;
        if (doc.content() != null && doc.plainText()) {
            // A JSON line's text is the story text unchanged, so that the caller's offsets hold.
            if (doc.content().isBlank()) throw new DatelineException(Problem.E005, doc.id());
            page = new Page(doc.id(), null, null, null, null, List.of(), Outlet.UNKNOWN, List.of(), doc.content(),
                    List.of(), null);
        } else if (doc.content() != null) {
            page = PageExtractor.extract(doc.id(), doc.content()).withId(doc.id());
        } else {
            page = PageExtractor.extract(doc.id(), doc.bytes()).withId(doc.id());
        }
        page = page.withUrlIfAbsent(doc.url());
        if (doc.published() != null) {
            String date = doc.published();
            try {
                LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date);
            } catch (java.time.format.DateTimeParseException e) {
                throw new DatelineException(Problem.E007, doc.id(), date);
            }
            page = page.withPublished(date, PublishedBasis.GIVEN);
        }
        if (published != null) page = page.withPublished(published, PublishedBasis.GIVEN);
        return page;
    }

    Story story(InputDocument doc) {
        return engine.analyze(page(doc));
    }
}
