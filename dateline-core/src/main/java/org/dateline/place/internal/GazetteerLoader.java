package org.dateline.place.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.dateline.place.Country;
import org.dateline.place.GazetteerEntry;
import org.dateline.place.GazetteerEntry.Kind;

/** Reads the shipped extract (see the README beside it) into countries and a name index. */
public final class GazetteerLoader {
    private static final String BASE = "/org/dateline/place/";

    /** What the extract holds. */
    public record Loaded(List<Country> countries, Map<String, GazetteerEntry> countryEntries, NameIndex index,
                         int places) {
    }

    private GazetteerLoader() {
    }

    public static Loaded load() {
        NameIndex index = new NameIndex();
        List<Country> countries = new ArrayList<>();
        Map<String, GazetteerEntry> countryEntries = new HashMap<>();
        int[] places = {0};
        read("countries.tsv", f -> {
            if (f[4].isEmpty()) return; // defunct codes and uninhabited territories without coordinates
            double lat = Double.parseDouble(f[4]);
            double lon = Double.parseDouble(f[5]);
            long population = Long.parseLong(f[6]);
            List<String> neighbours = f[7].isEmpty() ? List.of() : Arrays.asList(f[7].split(","));
            Country c = new Country(f[0], f[1], f[2], f[3], lat, lon, population, neighbours);
            countries.add(c);
            GazetteerEntry e = new GazetteerEntry(parseLong(f[8]), f[2], Kind.COUNTRY, f[0], "", "", lat, lon, population);
            countryEntries.put(f[0], e);
            index.add(f[2], new NameHit(e, false, false, null));
            places[0]++;
        });
        read("country-aliases.tsv", f -> {
            GazetteerEntry e = countryEntries.get(f[1]);
            if (e == null) throw new IllegalStateException("country alias for unknown code " + f[1]);
            boolean exact = f.length > 2 && f[2].equals("exact");
            index.add(f[0], new NameHit(e, true, false, exact ? f[0] : null));
        });
        read("demonyms.tsv", f -> index.addDemonym(f[0], f[1]));
        read("regions.tsv", f -> {
            GazetteerEntry e = new GazetteerEntry(0, f[0], Kind.REGION, f[1], f[2], "", Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), 0);
            index.add(f[0], new NameHit(e, false, false, null));
            if (f[1].equals("US")) index.addAbbreviation(f[2], e); // postal codes: "Allentown, PA"
            if (f.length > 5 && !f[5].isEmpty()) {
                for (String abbreviation : f[5].split("\\|")) index.addAbbreviation(abbreviation, e);
            }
            places[0]++;
        });
        CityTable cities;
        try (InputStream raw = GazetteerLoader.class.getResourceAsStream(BASE + "cities.tsv.gz")) {
            if (raw == null) throw new IllegalStateException("gazetteer resource missing from the jar: cities.tsv.gz");
            cities = new CityTable(new GZIPInputStream(raw, 1 << 16).readAllBytes(), index);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource cities.tsv.gz", e);
        }
        index.setCities(cities);
        places[0] += cities.size();
        return new Loaded(List.copyOf(countries), Map.copyOf(countryEntries), index, places[0]);
    }

    private interface Row {
        void accept(String[] fields);
    }

    private static void read(String name, Row row) {
        try (InputStream raw = GazetteerLoader.class.getResourceAsStream(BASE + name)) {
            if (raw == null) throw new IllegalStateException("gazetteer resource missing from the jar: " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.charAt(0) == '#') continue;
                row.accept(split(line, '\t'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + name, e);
        }
    }

    /** Splits on one character, keeping empty fields; faster than a regex split on a cold JVM. */
    private static String[] split(String line, char sep) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) if (line.charAt(i) == sep) count++;
        String[] out = new String[count];
        int from = 0;
        for (int k = 0; k < count; k++) {
            int to = line.indexOf(sep, from);
            if (to < 0) to = line.length();
            out[k] = line.substring(from, to);
            from = to + 1;
        }
        return out;
    }

    private static long parseLong(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }
}
