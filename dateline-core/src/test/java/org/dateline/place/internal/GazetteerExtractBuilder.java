package org.dateline.place.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the shipped gazetteer extract ({@code cities.tsv.gz}, {@code countries.tsv}) from the GeoNames dumps.
 * Not part of the engine: run by hand when the source data changes, e.g.
 * {@code java -cp target/test-classes:target/classes org.dateline.place.internal.GazetteerExtractBuilder
 * /work/shared/data src/main/resources/org/dateline/place}.
 *
 * <p>A word is "common" when the UD English-EWT treebank writes it in lower case at least twice and at least as
 * often as capitalised mid-sentence; only that one bit per name is derived from the treebank, none of its text.
 */
public final class GazetteerExtractBuilder {
    /** Alternate names are kept only for places that news mentions by other spellings: the big ones. */
    private static final long ALTERNATES_MIN_POPULATION = 100_000;
    private static final int MAX_ALTERNATES = 40;

    private GazetteerExtractBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Set<String> common = commonWords(data.resolve("treebank"));
        Map<String, String[]> citiesById = new HashMap<>();
        Set<String> primaryByCountry = primaryKeysByCountry(data.resolve("places/cities15000.txt.gz"));
        int alternates = 0;
        int flagged = 0;
        try (BufferedReader in = gzipReader(data.resolve("places/cities15000.txt.gz"));
             Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out.resolve("cities.tsv.gz"))),
                     StandardCharsets.UTF_8)) {
            w.write("#geonameid\tname\tlat\tlon\tfeature\tcountry\tadmin1\tpopulation\tcommon\tname keys\talternate name keys\n");
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                citiesById.put(f[0], f);
                long population = Long.parseLong(f[14]);
                String feature = f[7];
                boolean big = population >= ALTERNATES_MIN_POPULATION || feature.equals("PPLC") || feature.equals("PPLA");
                String nameKey = Names.key(f[1]);
                String asciiKey = Names.key(f[2]);
                Set<String> primaryKeys = new LinkedHashSet<>(List.of(nameKey, asciiKey));
                Set<String> alternateKeys = new LinkedHashSet<>();
                if (big) {
                    for (String a : f[3].split(",")) {
                        String alt = a.trim();
                        if (!usableAlternate(alt, common)) continue;
                        String key = Names.key(alt);
                        // An old or foreign name that is another place's own name in the same country misleads
                        // ("Manchester" for Richmond, Virginia); across countries it is the exonym ("Geneva").
                        if (primaryByCountry.contains(f[8] + ":" + key)) continue;
                        if (!primaryKeys.contains(key) && alternateKeys.size() < MAX_ALTERNATES) alternateKeys.add(key);
                    }
                }
                alternates += alternateKeys.size();
                boolean isCommon = isCommonName(f[1], common) || isCommonName(f[2], common);
                if (isCommon) flagged++;
                w.write(String.join("\t", f[0], f[1], round(f[4]), round(f[5]), feature, f[8], f[10], f[14],
                        isCommon ? "1" : "0", String.join("|", primaryKeys), String.join("|", alternateKeys)));
                w.write('\n');
            }
        }
        int countries = 0;
        try (BufferedReader in = Files.newBufferedReader(data.resolve("places/countryInfo.txt"));
             Writer w = Files.newBufferedWriter(out.resolve("countries.tsv"))) {
            w.write("#iso2\tiso3\tname\tcapital\tlat\tlon\tpopulation\tneighbours\tgeonameid\n");
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                String[] capital = findCapital(citiesById, f[0], f[5].trim());
                String lat = capital == null ? "" : round(capital[4]);
                String lon = capital == null ? "" : round(capital[5]);
                if (capital == null) System.err.println("no capital coordinates for " + f[0] + " " + f[4]);
                w.write(String.join("\t", f[0], f[1], f[4].trim(), f[5].trim(), lat, lon, f[7], f[17], f[16]));
                w.write('\n');
                countries++;
            }
        }
        System.err.printf("%d cities, %d alternates, %d common-word names, %d countries%n", citiesById.size(),
                alternates, flagged, countries);
    }

    private static Set<String> primaryKeysByCountry(Path cities) throws IOException {
        Set<String> out = new java.util.HashSet<>();
        try (BufferedReader in = gzipReader(cities)) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                out.add(f[8] + ":" + Names.key(f[1]));
                out.add(f[8] + ":" + Names.key(f[2]));
            }
        }
        return out;
    }

    /** The capital by name in that country, else the country's most populous place. */
    private static String[] findCapital(Map<String, String[]> cities, String iso2, String capital) {
        String[] best = null;
        String capitalKey = Names.key(capital);
        for (String[] f : cities.values()) {
            if (!f[8].equals(iso2)) continue;
            boolean named = !capital.isEmpty() && (Names.key(f[1]).equals(capitalKey) || Names.key(f[2]).equals(capitalKey)
                    || f[7].equals("PPLC"));
            if (named) {
                if (best == null || !best[7].equals("PPLC") || f[7].equals("PPLC") && pop(f) > pop(best)) best = f;
            }
        }
        if (best != null) return best;
        for (String[] f : cities.values()) {
            if (f[8].equals(iso2) && (best == null || pop(f) > pop(best))) best = f;
        }
        return best;
    }

    private static long pop(String[] f) {
        return Long.parseLong(f[14]);
    }

    /** Latin-script spellings a news text could use; not codes, not translations into common words. */
    private static boolean usableAlternate(String alt, Set<String> common) {
        if (alt.length() < 4 || alt.contains("|")) return false;
        String folded = Names.fold(alt);
        if (!Character.isUpperCase(folded.charAt(0))) return false;
        if (folded.equals(folded.toUpperCase(Locale.ROOT))) return false;
        int words = 1;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == ' ') words++;
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '\'' || c == '.';
            if (!ok) return false;
        }
        if (words > 4) return false;
        boolean allCommon = true;
        for (String word : folded.toLowerCase(Locale.ROOT).split("[ \\-]+")) {
            if (!common.contains(word)) allCommon = false;
        }
        return !allCommon;
    }

    private static boolean isCommonName(String name, Set<String> common) {
        return !name.contains(" ") && common.contains(Names.fold(name).toLowerCase(Locale.ROOT));
    }

    private static Set<String> commonWords(Path treebank) throws IOException {
        Map<String, int[]> counts = new HashMap<>();
        try (var files = Files.list(treebank)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".conllu")).sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    if (line.isEmpty() || line.startsWith("#")) continue;
                    String[] f = line.split("\t");
                    if (f.length < 2 || f[0].contains("-") || f[0].contains(".")) continue;
                    String form = f[1];
                    if (form.isEmpty() || !Character.isLetter(form.charAt(0))) continue;
                    int[] c = counts.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new int[2]);
                    if (Character.isLowerCase(form.charAt(0))) c[0]++;
                    else if (!f[0].equals("1")) c[1]++;
                }
            }
        }
        Set<String> common = new TreeSet<>();
        counts.forEach((w, c) -> {
            if (c[0] >= 2 && c[0] >= c[1]) common.add(w);
        });
        return common;
    }

    private static String round(String coordinate) {
        return String.format(Locale.ROOT, "%.4f", Double.parseDouble(coordinate)).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static BufferedReader gzipReader(Path p) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)), StandardCharsets.UTF_8));
    }
}
