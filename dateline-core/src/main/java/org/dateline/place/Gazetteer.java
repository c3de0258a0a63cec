package org.dateline.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.place.internal.GazetteerLoader;
import org.dateline.place.internal.NameHit;
import org.dateline.place.internal.NameIndex;
import org.dateline.place.internal.Names;

/**
 * The built-in gazetteer: GeoNames' places of more than 15,000 people, its countries, and a hand-compiled list of
 * states and regions. Loaded once; immutable and thread-safe.
 */
public final class Gazetteer {
    private static volatile Gazetteer builtIn;

    private final List<Country> countries;
    private final Map<String, Country> countryByCode = new HashMap<>();
    private final Map<String, GazetteerEntry> countryEntries;
    private final NameIndex index;
    private final int size;

    private Gazetteer(GazetteerLoader.Loaded loaded) {
        this.countries = loaded.countries();
        this.countryEntries = loaded.countryEntries();
        this.index = loaded.index();
        this.size = loaded.places();
        for (Country c : countries) {
            countryByCode.put(c.iso2(), c);
            countryByCode.put(c.iso3(), c);
        }
    }

    /** The built-in gazetteer, read from the jar on first use. */
    public static Gazetteer builtIn() {
        Gazetteer g = builtIn;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = builtIn;
                if (g == null) {
                    g = new Gazetteer(GazetteerLoader.load());
                    builtIn = g;
                }
            }
        }
        return g;
    }

    /** All countries and territories with coordinates. */
    public List<Country> countries() {
        return countries;
    }

    /** A country by ISO alpha-2 or alpha-3 code (any case), name or common alias ("Britain", "U.S."). */
    public Optional<Country> country(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) return Optional.empty();
        String s = codeOrName.trim();
        if (s.length() <= 3) {
            Country c = countryByCode.get(s.toUpperCase(Locale.ROOT));
            if (c != null) return Optional.of(c);
        }
        for (NameHit h : index.hits(Names.key(s))) {
            if (h.entry().kind() == GazetteerEntry.Kind.COUNTRY) return Optional.ofNullable(countryByCode.get(h.entry().country()));
        }
        return Optional.empty();
    }

    /**
     * The ISO alpha-2 code of the country a CAMEO actor code starts with ("RUSGOV" to "RU"), or empty for
     * codes that do not start with a country ("IGOEUREEC", "NGO").
     */
    public Optional<String> iso2OfActorCode(String cameoCode) {
        if (cameoCode == null || cameoCode.length() < 3) return Optional.empty();
        Country c = countryByCode.get(cameoCode.substring(0, 3).toUpperCase(Locale.ROOT));
        return c == null || !c.iso3().equalsIgnoreCase(cameoCode.substring(0, 3)) ? Optional.empty() : Optional.of(c.iso2());
    }

    /** The gazetteer entry standing for a whole country (its capital's coordinates). */
    public Optional<GazetteerEntry> countryEntry(String iso2) {
        return Optional.ofNullable(countryEntries.get(iso2));
    }

    /**
     * Every entry a name may mean, most likely first without context: countries, then by population.
     * Case and diacritics are ignored ("geneve" finds Genève).
     */
    public List<GazetteerEntry> lookup(String name) {
        List<GazetteerEntry> out = new ArrayList<>();
        for (NameHit h : index.hits(Names.key(name))) out.add(h.entry());
        out.sort(Comparator.comparingInt((GazetteerEntry e) -> e.kind().ordinal())
                .thenComparing(Comparator.comparingLong(GazetteerEntry::population).reversed()));
        return out;
    }

    /** Number of entries (countries, regions, places). */
    public int size() {
        return size;
    }

    NameIndex index() {
        return index;
    }
}
