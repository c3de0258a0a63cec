package org.dateline.place;

/**
 * One place of the gazetteer: a country, a region (state, province) or a populated place.
 *
 * @param geonameId  the GeoNames id (0 for hand-compiled regions)
 * @param name       the GeoNames name ("Genève")
 * @param kind       what sort of place
 * @param country    ISO 3166 alpha-2 code
 * @param admin1     first-order division code within the country ("TX"), or empty
 * @param feature    GeoNames feature code ("PPLC" capital, "PPLA" seat of a first-order division ...), or empty
 * @param lat        latitude
 * @param lon        longitude
 * @param population population, 0 when unknown
 */
public record GazetteerEntry(long geonameId, String name, Kind kind, String country, String admin1, String feature,
                             double lat, double lon, long population) {

    /** What sort of place an entry is. */
    public enum Kind { COUNTRY, REGION, CITY }

    /** A national capital. */
    public boolean isCapital() {
        return feature.equals("PPLC");
    }
}
