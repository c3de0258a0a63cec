package org.dateline.store.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an RSS 2.0 or Atom feed: each item (entry) becomes a page with its title, link and date, whose body
 * is the item's full content ({@code content:encoded}, Atom {@code content}) or else its description
 * (summary). The content is HTML as the feed escapes it; it is wrapped in a minimal document so the page
 * stage sees a headline and an article.
 */
public final class FeedReader {
    /** A feed larger than this is refused. */
    public static final long MAX_FEED = 64L * 1024 * 1024;

    private FeedReader() {
    }

    /** True for names like {@code x.rss}, {@code x.atom}, {@code x.xml} (optionally .gz). */
    public static boolean isFeed(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return n.endsWith(".rss") || n.endsWith(".atom") || n.endsWith(".xml");
    }

    public static List<SourceRecord> read(Path file) {
        String name = file.toString();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readNBytes((int) MAX_FEED + 1);
            if (bytes.length > MAX_FEED) return List.of(SourceRecord.failed(name, "feed too large (over " + MAX_FEED + " bytes)"));
            return read(name, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of(SourceRecord.failed(name, "cannot read feed: " + e.getMessage()));
        }
    }

    public static List<SourceRecord> read(String name, String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<SourceRecord> out = new ArrayList<>();
        List<Element> items = doc.select("item");
        boolean atom = items.isEmpty();
        if (atom) items = doc.select("entry");
        if (items.isEmpty() && doc.selectFirst("rss, feed, rdf|RDF") == null) {
            return List.of(SourceRecord.failed(name, "not an RSS or Atom feed"));
        }
        int i = 0;
        for (Element item : items) {
            i++;
            String id = name + "#item" + i;
            String title = child(item, "title");
            String link = atom ? atomLink(item) : child(item, "link");
            String date = child(item, atom ? "published" : "pubDate");
            if (date == null) date = child(item, atom ? "updated" : "dc|date");
            String body = child(item, atom ? "content" : "content|encoded");
            if (body == null) body = child(item, atom ? "summary" : "description");
            if (body == null || body.isBlank()) {
                out.add(SourceRecord.failed(id, "feed item without content or description"));
                continue;
            }
            String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + escape(title == null ? "" : title)
                    + "</title></head><body><article>" + (title == null ? "" : "<h1>" + escape(title) + "</h1>")
                    + body + "</article></body></html>";
            out.add(new SourceRecord(id, link, isoDate(date), null, html, null));
        }
        return out;
    }

    private static String child(Element item, String tag) {
        Element e = item.selectFirst("> " + tag);
        if (e == null) return null;
        String v = e.wholeText().strip();
        return v.isEmpty() ? null : v;
    }

    private static String atomLink(Element entry) {
        String fallback = null;
        for (Element l : entry.select("> link")) {
            String rel = l.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) return l.attr("href");
            if (fallback == null) fallback = l.attr("href");
        }
        return fallback;
    }

    /** RFC 822 (RSS) or RFC 3339 (Atom) to ISO 8601; null when the date cannot be read. */
    static String isoDate(String s) {
        if (s == null) return null;
        s = s.strip();
        try {
            return OffsetDateTime.parse(s).toString();
        } catch (DateTimeParseException ignored) {
            // not RFC 3339; try RFC 822 next
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
        } catch (DateTimeParseException ignored) {
            // feeds in the wild also write zone names (EST, GMT) and single-digit days that this reads below
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm[:ss] z", Locale.ENGLISH))
                    .toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
