package org.dateline.page.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The time zone a site writes its own time stamps in, read from the stamps that carry an offset
 * ({@code 2020-05-01T23:00:00-04:00}, {@code Fri, 01 May 2020 23:00:00 -0400}). A page whose publication stamp
 * is in UTC shows its readers the local day: the site's usual offset turns the one into the other.
 */
final class SiteTimeZone {
    /** A time of day followed by a non-zero offset from UTC. */
    private static final Pattern OFFSET = Pattern.compile(
            "\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s?([+-])(0\\d|1[0-4]):?([0-5]\\d)(?![\\d:])");

    private SiteTimeZone() {
    }

    /** The offset in minutes most of the page's stamps carry, or null when none carries one other than UTC. */
    static Integer usualOffset(Document doc) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Element e : doc.getElementsByTag("script")) count(e.data(), counts);
        for (Element e : doc.getElementsByTag("meta")) count(e.attr("content"), counts);
        for (Element e : doc.getElementsByTag("time")) count(e.attr("datetime"), counts);
        Integer best = null;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> c : counts.entrySet()) {
            if (c.getValue() > bestCount) {
                best = c.getKey();
                bestCount = c.getValue();
            }
        }
        return best;
    }

    private static void count(String s, Map<Integer, Integer> counts) {
        if (s == null || s.length() < 8) return;
        Matcher m = OFFSET.matcher(s);
        while (m.find()) {
            int minutes = Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
            if (minutes == 0) continue;
            counts.merge(m.group(1).equals("-") ? -minutes : minutes, 1, Integer::sum);
        }
    }

    /** The UTC date-time {@code iso} (yyyy-MM-ddTHH:mm) as the site's local day, or null. */
    static String localDay(String iso, int offsetMinutes) {
        if (iso == null || iso.length() < 16) return null;
        try {
            return LocalDateTime.parse(iso.substring(0, 16)).plusMinutes(offsetMinutes).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
