/**
 * Not API. The place stage's machinery: name keys ({@link org.dateline.place.internal.Names}), the name index and
 * its loader, and the finder/resolver ({@link org.dateline.place.internal.PlaceFinder}). Depends on
 * {@code org.dateline.place}, {@code text} and {@code actor}; only {@code org.dateline.place} may depend on it.
 */
package org.dateline.place.internal;
