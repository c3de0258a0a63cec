package org.dateline.place;

import java.util.List;

/**
 * A country or territory of the gazetteer.
 *
 * @param iso2       ISO 3166 alpha-2 code ("CH")
 * @param iso3       ISO 3166 alpha-3 code ("CHE"), which CAMEO actor codes start with
 * @param name       GeoNames' English name ("Switzerland")
 * @param capital    the capital's name, or empty
 * @param lat        latitude of the capital (of the largest city when the capital is not in the extract)
 * @param lon        longitude, likewise
 * @param population population
 * @param neighbours ISO alpha-2 codes of the countries it borders
 */
public record Country(String iso2, String iso3, String name, String capital, double lat, double lon, long population,
                      List<String> neighbours) {
    public Country {
        neighbours = List.copyOf(neighbours);
    }
}
