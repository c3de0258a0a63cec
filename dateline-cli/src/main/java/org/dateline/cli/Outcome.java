package org.dateline.cli;

import org.dateline.DatelineException;
import org.dateline.Problem;
import org.dateline.Story;
import org.dateline.page.Page;

/** What became of one input: a story (or just a page), or the one-line reason it failed. */
record Outcome(InputDocument input, Page page, Story story, String error) {
    static Outcome of(InputDocument doc, boolean pageOnly, Pipeline pipeline) {
        if (doc.failure() != null) return new Outcome(doc, null, null, doc.failure());
        try {
            if (pageOnly) return new Outcome(doc, pipeline.page(doc), null, null);
            Story s = pipeline.story(doc);
            return new Outcome(doc, s.page(), s, null);
        } catch (DatelineException e) {
            return new Outcome(doc, null, null, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug or a pathological page must not end a batch of a million: report it and go on.
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Outcome(doc, null, null, Problem.E013.format(doc.id(), why.split("\n")[0]));
        }
    }

    boolean failed() {
        return error != null;
    }
}
