package org.dateline.page.internal;

import static org.dateline.page.internal.HtmlMetadata.alnum;
import static org.dateline.page.internal.HtmlMetadata.firstNonBlank;
import static org.dateline.page.internal.HtmlMetadata.hostLabel;
import static org.dateline.page.internal.HtmlMetadata.inComments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A page's title: the headline readers see (the h1, or the first heading before the story), checked against the
 * titles the page gives machines (JSON-LD, OpenGraph, {@code <title>}), whose site name and section are cut off.
 */
final class Titles {
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator H2 = QueryParser.parse("h2");
    private static final Evaluator HEADLINES = QueryParser.parse(
            "article h1, main h1, h1[itemprop=headline], h1.entry-title, h1.post-title, h1");
    private static final Evaluator PAGE_HEADER = QueryParser.parse(
            "header, [class*=logo], [class*=brand], [id*=logo], [class*=site-title]");
    private static final Evaluator SITE_HEADER = QueryParser.parse(
            "header, #header, .header, [id*=masthead], [class*=masthead], [class*=logo], [class*=brand], [id*=logo],"
            + " [class*=site-title], [class*=blog-title]");
    private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");

    private Titles() {
    }

    /**
     * The page's title as readers see it: its headline, without the site's name, a section or a kicker beside it.
     * {@code ldHeadline} is the JSON-LD headline, {@code site} the site's name where the page gives one.
     */
    static String of(Document doc, Map<String, String> meta, String ldHeadline, String site, String url) {
        String h1Text = null;
        boolean h1LooksLikeHeadline = false;
        boolean h1InPageHeader = false;
        Element h1Element = null;
        var h1s = Queries.select(doc, HEADLINES);
        String docTitleText = doc.title().isBlank() ? "" : Whitespace.normalize(doc.title());
        String registered = hostLabel(url);
        // Pages with several h1s (menus, boxes): the one the title repeats is the headline.
        Element repeated = null;
        if (h1s.size() > 1 && !docTitleText.isEmpty()) {
            String lowerTitle = docTitleText.toLowerCase(Locale.ROOT);
            int best = 0;
            for (Element h1 : h1s) {
                String t = visibleText(h1).toLowerCase(Locale.ROOT);
                if (t.length() >= 8 && t.length() > best && lowerTitle.contains(t) && !inComments(h1)) {
                    repeated = h1;
                    best = t.length();
                }
            }
        }
        for (Element h1 : repeated != null ? List.of(repeated) : h1s) {
            String t = visibleText(h1);
            if (t.isEmpty() || inComments(h1) || site != null && t.equalsIgnoreCase(site)) continue;
            // The site's name as h1 (its logo): the registered host name is in it.
            if (registered != null && registered.length() >= 4 && alnum(t).contains(registered)
                    && t.split("\\s+").length <= 4) {
                continue;
            }
            String headline = withoutKicker(h1);
            h1Text = headline != null ? headline : t;
            h1Element = h1;
            h1InPageHeader = h1.closest(ARTICLE_OR_MAIN) == null && h1.closest(SITE_HEADER) != null;
            // A site's logo is often an h1 in the page header; a headline sits in the article or says more.
            boolean inHeader = h1.closest(PAGE_HEADER) != null
                    && h1.closest(ARTICLE_OR_MAIN) == null;
            h1LooksLikeHeadline = !inHeader && (h1.closest(ARTICLE_OR_MAIN) != null || t.split("\\s+").length >= 4);
            break;
        }
        String docTitle = doc.title().isBlank() ? null : Whitespace.normalize(doc.title());
        String[] candidates = {ldHeadline, meta.get("og:title"), meta.get("twitter:title"), docTitle,
            meta.get("citation_title"), meta.get("dc.title")};
        if (h1Text != null && docTitle != null && h1InPageHeader) {
            // "Blog name: Headline" with the blog's name as h1 and the headline as h2: the h2 is the title.
            List<String> segments = segments(docTitle);
            if (segments.size() >= 2 && segments.contains(h1Text.toLowerCase(Locale.ROOT))) {
                for (Element h2 : Queries.select(doc, H2)) {
                    String t = Whitespace.normalize(h2.text());
                    if (t.length() >= 4 && !t.equalsIgnoreCase(h1Text) && segments.contains(t.toLowerCase(Locale.ROOT))
                            && !namesSite(t, site, url) && !inComments(h2)) {
                        return t;
                    }
                }
            }
        }
        if (h1Text != null && h1Text.length() >= 4) {
            String key = h1Text.toLowerCase(Locale.ROOT);
            for (String c : candidates) {
                // A kicker set before the headline inside the h1 ("Energy crisis Prices rise again", the two
                // in separate elements): the headline is the part the meta title repeats.
                if (c == null) continue;
                String sc = stripSiteName(Whitespace.normalize(c), site, url);
                String lk = sc.toLowerCase(Locale.ROOT);
                if (sc.length() >= 12 && key.length() > lk.length() + 1 && key.endsWith(lk)) {
                    // Set apart by layout only, so joined by a bare space: "Kicker: Headline" is one title.
                    char before = key.charAt(key.length() - lk.length() - 1);
                    char end = key.charAt(key.length() - lk.length() - 2);
                    if (before == ' ' && Character.isLetterOrDigit(end)) return sc;
                    // "Kicker: Headline" where the kicker is an element of its own is a kicker too.
                    String kicker = h1Text.substring(0, h1Text.length() - sc.length()).replaceAll("[\\s:|/]+$", "");
                    if (!kicker.isEmpty() && hasChildText(h1Element, kicker)) return sc;
                }
            }
            for (String c : candidates) {
                // Compared with the title minus its site part: a logo h1 matches only that part.
                // Dashes and quotes compared alike: the meta title often has "-" where the headline has "–".
                if (c != null && comparable(stripSiteName(Whitespace.normalize(c), site, url)).contains(comparable(key))) {
                    return h1Text;
                }
            }
        }
        String raw = firstNonBlank(ldHeadline, meta.get("og:title"), meta.get("twitter:title"), docTitle,
                meta.get("citation_title"), meta.get("dc.title"));
        String stripped = raw == null ? null : stripSiteName(Whitespace.normalize(raw), site, url);
        // The one headline on the page is what readers see as the title; meta titles are often the site's.
        if (h1Text != null && h1LooksLikeHeadline && Queries.select(doc, H1).size() <= 2
                && (stripped == null || !namesSite(stripped, site, url))) {
            return h1Text;
        }
        if (h1s.isEmpty()) {
            // No h1 at all: the page's first content heading is its headline, as readers see it.
            String h2 = contentHeading(doc, site, url);
            if (h2 != null) return h2;
        }
        if (stripped == null || namesSite(stripped, site, url)) return h1Text != null ? h1Text : stripped;
        return stripped;
    }

    private static final Evaluator CONTENT_HEADINGS = QueryParser.parse("h2");
    private static final Evaluator NOT_CONTENT = QueryParser.parse(
            "header, nav, footer, aside, form, [class*=sidebar], [id*=sidebar], [class*=widget], [class*=menu]");

    /**
     * The first h2 outside the page's header, menus and side columns, when it reads as a headline: before the
     * story's paragraphs (an h2 after them heads a section), not hidden, more than a word.
     */
    private static String contentHeading(Document doc, String site, String url) {
        Element body = doc.body();
        if (body == null) return null;
        int paragraphText = 0;
        for (Element e : body.getAllElements()) {
            String n = e.normalName();
            if (n.equals("p")) {
                if (e.closest(NOT_CONTENT) == null) paragraphText += e.text().length();
                if (paragraphText > MAX_TEXT_BEFORE_HEADLINE) return null;
                continue;
            }
            if (!n.equals("h2") || e.closest(NOT_CONTENT) != null || inComments(e) || isHidden(e)) continue;
            String t = visibleText(e);
            if (t.length() < 4 || t.length() > 200 || t.indexOf(' ') < 0 || namesSite(t, site, url)) continue;
            return t;
        }
        return null;
    }

    private static final int MAX_TEXT_BEFORE_HEADLINE = 300;

    private static boolean isHidden(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.hasAttr("hidden") || HIDDEN.matcher(p.className()).find()) return true;
        }
        return false;
    }

    private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\s+[|·•»«]\\s+|\\s+::\\s+|\\s*\\|\\s*");
    private static final Pattern WEAK_SEPARATOR = Pattern.compile("\\s+[-–—:/]\\s+");

    /** "Headline | Site" and "Site - Headline" to "Headline", when the part dropped names the site. */
    static String stripSiteName(String title, String site, String url) {
        String host = null;
        if (url != null) {
            var m = Pattern.compile("^[a-z]+://(?:www\\d?\\.)?([^/:?#]+)").matcher(url.toLowerCase(Locale.ROOT));
            if (m.find()) host = alnum(m.group(1).replaceFirst("\\.[a-z]+$", ""));
        }
        String siteKey = site == null ? null : alnum(site);
        String registered = hostLabel(url);
        for (Pattern sep : new Pattern[] {STRONG_SEPARATOR, WEAK_SEPARATOR}) {
            List<String> parts = new ArrayList<>(List.of(sep.split(title)));
            if (parts.size() < 2) continue;
            boolean changed = false;
            for (int k = parts.size() - 1; k >= 0 && parts.size() > 1; k--) {
                if (k != 0 && k != parts.size() - 1) continue;
                String key = alnum(parts.get(k));
                if (key.isEmpty()) continue;
                boolean names = siteKey != null && !siteKey.isEmpty() && (key.contains(siteKey) || siteKey.contains(key))
                        || host != null && !host.isEmpty() && (key.contains(host) || host.contains(key))
                        || registered != null && registered.length() >= 4 && key.contains(registered);
                if (names) {
                    parts.remove(k);
                    changed = true;
                }
            }
            if (changed && sep == STRONG_SEPARATOR && parts.size() > 1) {
                // "Blog Archive | Headline | Site": what is left beside the headline is a section's name.
                String best = parts.get(0);
                for (String p : parts) if (p.length() > best.length()) best = p;
                return best.strip();
            }
            if (changed) return String.join(sep == STRONG_SEPARATOR ? " | " : " - ", parts).strip();
            if (sep == STRONG_SEPARATOR) {
                // A pipe almost always sets off the site's name: keep the longest part.
                String best = parts.get(0);
                for (String p : parts) if (p.length() > best.length()) best = p;
                return best.strip();
            }
        }
        return title;
    }

    /** Lower case, with every dash as "-" and every quotation mark as '"'. */
    private static String comparable(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[‐‑‒–—―]", "-").replaceAll("[„“”«»‹›‚‘’]", "\"");
    }

    /** Class names of the line set above a headline inside its h1: "dachzeile", "kicker", "roofline", "topic-label". */
    private static final Pattern KICKER = Pattern.compile("(?i)dachzeile|kicker|roofline|topline|overline|eyebrow|"
            + "supertitle|subtitle|pretitle|superline|topic|label|titleheader|spitzmarke|rubri|ressort|category|kategorie");

    /**
     * The headline of an h1 that opens with a kicker in an element of its own ("<span class=dachzeile>Energy
     * crisis</span> Prices rise again"): the rest, as readers read it as the headline. Null when there is none.
     */
    private static String withoutKicker(Element h1) {
        Element first = null;
        for (org.jsoup.nodes.Node n : h1.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode t && t.isBlank()) continue;
            if (n instanceof Element e) first = e;
            break;
        }
        // "<span class=kicker>…</span><span class=headline>…</span>": the element named for the headline.
        for (Element c : h1.children()) {
            if (c != first && c.className().toLowerCase(Locale.ROOT).contains("headline")) {
                String t = visibleText(c);
                if (t.split("\\s+").length >= 3) return t;
            }
        }
        if (first == null || !KICKER.matcher(first.className()).find()) return null;
        String kicker = visibleText(first);
        String all = visibleText(h1);
        if (kicker.isEmpty() || !all.startsWith(kicker)) return null;
        String rest = all.substring(kicker.length()).replaceFirst("^[\\s:|–—-]+", "").strip();
        return rest.split("\\s+").length >= 3 ? rest : null;
    }

    /** An element's text without parts hidden from sighted readers (screen-reader-only suffixes). */
    private static String visibleText(Element e) {
        boolean hidden = false;
        for (Element c : e.getAllElements()) {
            if (c != e && HIDDEN.matcher(c.className()).find()) {
                hidden = true;
                break;
            }
        }
        if (!hidden) return Whitespace.normalize(e.text());
        Element copy = e.clone();
        for (Element c : copy.getAllElements()) {
            if (c != copy && HIDDEN.matcher(c.className()).find()) c.remove();
        }
        return Whitespace.normalize(copy.text());
    }

    private static final Pattern HIDDEN = Pattern.compile(
            "(?i)invisible|sr-only|visually-?hidden|screen-reader|hidden|offscreen");

    private static boolean hasChildText(Element h1, String text) {
        for (Element c : h1.getAllElements()) {
            if (c != h1 && Whitespace.normalize(c.text()).replaceAll("[\\s:|/]+$", "").equalsIgnoreCase(text)) return true;
        }
        return false;
    }

    /** A title's parts between separators, lower-cased. */
    private static List<String> segments(String title) {
        List<String> out = new ArrayList<>();
        for (String p : SEGMENT_SEPARATOR.split(title)) {
            String t = p.strip().toLowerCase(Locale.ROOT);
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[|·•»«:\\-–—/]\\s+|:\\s+|\\s*\\|\\s*");

    private static boolean namesSite(String text, String site, String url) {
        String key = alnum(text);
        if (key.isEmpty()) return false;
        if (site != null && key.equals(alnum(site))) return true;
        if (url == null) return false;
        var m = Pattern.compile("^[a-z]+://(?:www\\d?\\.)?([^/:?#]+)").matcher(url.toLowerCase(Locale.ROOT));
        return m.find() && (alnum(m.group(1)).equals(key) || alnum(m.group(1).replaceFirst("\\.[a-z]+$", "")).equals(key));
    }
}
