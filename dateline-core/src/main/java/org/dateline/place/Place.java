package org.dateline.place;

/**
 * A place mentioned in the text, resolved against the gazetteer.
 *
 * @param start   first UTF-16 index into the article text
 * @param end     one past the last
 * @param text    as written
 * @param name    the gazetteer's name ("Genève")
 * @param country ISO 3166 alpha-2 code ("CH")
 * @param lat     latitude
 * @param lon     longitude
 */
public record Place(int start, int end, String text, String name, String country, double lat, double lon) {
}
