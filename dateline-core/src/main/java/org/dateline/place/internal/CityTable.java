package org.dateline.place.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.dateline.place.GazetteerEntry;
import org.dateline.place.GazetteerEntry.Kind;

/**
 * The populated places of {@code cities.tsv.gz}, kept as the file's bytes and parsed into entries only when a name
 * reaches them: reading and indexing stay fast on a cold JVM.
 */
final class CityTable {
    private final byte[] data;
    private int[] starts = new int[32_000];
    private int[] ends = new int[32_000];
    private boolean[] common = new boolean[32_000];
    private int size;
    private final GazetteerEntry[] cache;

    /** Reads the rows and adds their name keys to {@code index}. */
    CityTable(byte[] data, NameIndex index) {
        this.data = data;
        int n = data.length;
        int pos = 0;
        while (pos < n) {
            int lineEnd = indexOf(data, (byte) '\n', pos, n);
            if (data[pos] != '#' && lineEnd > pos) addRow(pos, lineEnd, index);
            pos = lineEnd + 1;
        }
        cache = new GazetteerEntry[size];
    }

    // Columns: geonameid, name, lat, lon, feature, country, admin1, population, common, name keys, alternate keys.
    private void addRow(int start, int end, NameIndex index) {
        int altTab = lastIndexOf(data, (byte) '\t', end - 1, start);
        int keysTab = lastIndexOf(data, (byte) '\t', altTab - 1, start);
        int commonTab = lastIndexOf(data, (byte) '\t', keysTab - 1, start);
        if (commonTab < 0) throw new IllegalStateException("malformed gazetteer row at byte " + start);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            common = Arrays.copyOf(common, size * 2);
        }
        starts[size] = start;
        ends[size] = commonTab;
        common[size] = data[commonTab + 1] == '1';
        addKeys(keysTab + 1, altTab, size * 2, index);
        addKeys(altTab + 1, end, size * 2 + 1, index);
        size++;
    }

    private void addKeys(int from, int to, int code, NameIndex index) {
        int k = from;
        while (k < to) {
            int bar = indexOf(data, (byte) '|', k, to);
            if (bar > k) index.addCity(new String(data, k, bar - k, StandardCharsets.UTF_8), code);
            k = bar + 1;
        }
    }

    int size() {
        return size;
    }

    boolean common(int city) {
        return common[city];
    }

    GazetteerEntry entry(int city) {
        GazetteerEntry e = cache[city];
        if (e == null) {
            // Benign race: entries are immutable, two threads may at worst parse the same row twice.
            String[] f = new String(data, starts[city], ends[city] - starts[city], StandardCharsets.UTF_8).split("\t", -1);
            e = new GazetteerEntry(Long.parseLong(f[0]), f[1], Kind.CITY, f[5], f[6], f[4], Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Long.parseLong(f[7]));
            cache[city] = e;
        }
        return e;
    }

    private static int indexOf(byte[] b, byte c, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] == c) return i;
        return to;
    }

    private static int lastIndexOf(byte[] b, byte c, int from, int floor) {
        for (int i = from; i >= floor; i--) if (b[i] == c) return i;
        return -1;
    }
}
