package org.dateline.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The PLOVER gold records that name an event location ({@code eventLoc}) are the nearest thing to a gold set for
 * places: how many of those names does the resolver find in the record's text, and in the given country?
 * Skips when the shared data is absent.
 */
class PloverEventLocationTest {
    private static final Pattern TEXT = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LOCATION = Pattern.compile("\"eventLoc\": \\{\"name\": \"((?:[^\"\\\\]|\\\\.)*)\"(?:, \"country code\": \"([A-Z]{2})\")?");

    @Test
    void findsMostEventLocations() throws IOException {
        Optional<Path> root = PlaceResolverTest.shared();
        assumeThat(root).isPresent();
        Path file = root.get().resolve("data/plover/PLOVER_GSR_CAMEO.dev.jsonl");
        assumeThat(file).exists();
        int records = 0;
        int found = 0;
        int withCountry = 0;
        int countryRight = 0;
        for (String line : Files.readAllLines(file)) {
            Matcher loc = LOCATION.matcher(line);
            Matcher text = TEXT.matcher(line);
            if (!loc.find() || !text.find()) continue;
            records++;
            String name = unescape(loc.group(1));
            List<Place> places = PlaceResolver.builtIn().resolve(TextAnalyzer.analyze(unescape(text.group(1))), List.of());
            Optional<Place> hit = places.stream().filter(p -> p.text().equals(name)).findFirst();
            if (hit.isPresent()) found++;
            if (loc.group(2) != null) {
                withCountry++;
                if (hit.isPresent() && hit.get().country().equals(loc.group(2))) countryRight++;
            }
        }
        System.out.printf("PLOVER eventLoc: %d records, name found in %d (%.1f%%); country right %d of %d%n", records,
                found, 100.0 * found / Math.max(1, records), countryRight, withCountry);
        assertThat(records).isGreaterThan(20);
        // Measured 34 of 38 at the time of writing; the misses are places below the extract's 15,000 people or
        // spans the gold words differently ("province of Herat"), and one gold location the text does not name.
        assertThat(found).isGreaterThanOrEqualTo(records * 8 / 10);
    }

    private static String unescape(String json) {
        StringBuilder b = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length()) {
                b.append(c);
                continue;
            }
            char n = json.charAt(++i);
            switch (n) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(n);
            }
        }
        return b.toString();
    }
}
