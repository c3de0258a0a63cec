package org.dateline.quote;

import java.util.List;
import org.dateline.actor.Entity;
import org.dateline.text.Text;

/**
 * Finds direct and reported speech and attributes each to its speaker.
 * PLACEHOLDER API: the quote work replaces the bodies, keeping these signatures.
 */
public final class QuoteExtractor {
    private QuoteExtractor() {
    }

    public static QuoteExtractor builtIn() {
        return new QuoteExtractor();
    }

    /** The quotes in {@code text}, in text order, speakers resolved through the entities where possible. */
    public List<Quote> extract(Text text, List<Entity> entities) {
        return List.of();
    }
}
