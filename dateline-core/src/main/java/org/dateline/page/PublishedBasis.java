package org.dateline.page;

import java.util.Locale;

/** Where a story's publication date came from. */
public enum PublishedBasis {
    /** Stated by the page itself (metadata, byline, URL). */
    PAGE,
    /** Inferred from the page's own evidence, such as the earliest comment date. */
    INFERRED,
    /** Given by the caller ({@code --published}, a JSON line's {@code published}). */
    GIVEN;

    /** The name used in the JSON contract. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
