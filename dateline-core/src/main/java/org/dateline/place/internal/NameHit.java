package org.dateline.place.internal;

import org.dateline.place.GazetteerEntry;

/**
 * A gazetteer entry reached by one of its names.
 *
 * @param entry     the place
 * @param alternate reached by an alternate name, not the entry's own name
 * @param common    the name is also a common English word ("Nice", "Reading")
 * @param exactForm when non-null the name matches only when written exactly so ("US", not "us" or "Us")
 */
public record NameHit(GazetteerEntry entry, boolean alternate, boolean common, String exactForm) {
}
