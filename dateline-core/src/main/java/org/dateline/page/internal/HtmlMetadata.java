package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What an HTML page says about itself: JSON-LD, OpenGraph and other meta tags, {@code <time>}, the canonical
 * link, {@code <html lang>}, bylines and dates in the URL. Each field takes the most specific source present.
 */
public final class HtmlMetadata {
    /**
     * What was found; any field may be null. {@code publishedSource} says where {@code published} came from:
     * "url", "json-ld", "meta", "itemprop", "time", "text" (the date the page shows its readers),
     * "generic-meta" (a page-level date tag, often the last edit), "modified" (only a last-modified date) or
     * "shown-modified" (the last-modified date, the only one of the two the page shows its readers).
     */
    public record Found(String title, List<String> authors, String published, boolean publishedFromMarkup,
                        String modified, String siteName, String url, String language, String publishedSource) {
    }

    private static final String[] SOURCES = {"json-ld", "meta", "itemprop", "time", "text", "generic-meta", "time"};

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle",
            "techarticle", "socialmediaposting", "liveblogposting", "discussionforumposting", "posting", "report",
            "webpage", "medicalwebpage", "itempage", "creativework", "review", "videoobject", "event", "qapage",
            "blog", "aboutpage", "collectionpage", "profilepage", "recipe", "howto", "product", "newsmediaorganization");
    /** Meta tags that name the publication date and nothing else. */
    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
        "article:published", "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
        "published_time", "published-date", "dc.date.issued", "dcterms.issued", "citation_publication_date",
        "citation_date", "citation_online_date", "sailthru.date", "parsely-pub-date", "article.published",
        "article_date_original", "og:published_time", "originalpublicationdate", "cxenseparse:recs:publishtime",
        "date_published", "rnews:datepublished", "article.created", "article_published_time", "bt:pubdate",
        "pub_date", "release_date", "datecreated"};
    /**
     * Meta tags that carry "a date" of the page: often the last edit or the day the page was indexed, so asked
     * only after the date the page shows its readers.
     */
    private static final String[] GENERIC_DATE_META = {"dc.date", "dcterms.date", "dcterms.created",
        "dc.date.created", "date", "created", "displaydate", "dc.created", "timestamp"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "datemodified",
        "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "article:modified", "og:modified_time"};

    // CSS queries are parsed once: parsing them per page cost as much as running them.
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator H2 = QueryParser.parse("h2");
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator META = QueryParser.parse("meta");
    private static final Evaluator HEADLINES = QueryParser.parse(
            "article h1, main h1, h1[itemprop=headline], h1.entry-title, h1.post-title, h1");
    private static final Evaluator PAGE_HEADER = QueryParser.parse(
            "header, [class*=logo], [class*=brand], [id*=logo], [class*=site-title]");
    private static final Evaluator SITE_HEADER = QueryParser.parse(
            "header, #header, .header, [id*=masthead], [class*=masthead], [class*=logo], [class*=brand], [id*=logo],"
            + " [class*=site-title], [class*=blog-title]");
    private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator ITEMPROP_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator ITEMPROP_MODIFIED = QueryParser.parse("[itemprop=dateModified]");
    private static final List<Evaluator> STRICT_TIME_ELEMENTS = List.of(QueryParser.parse("time[pubdate]"),
            QueryParser.parse("article time[datetime], header time[datetime]"),
            QueryParser.parse(".entry-date[datetime], time.published[datetime]"));
    private static final List<Evaluator> ANY_TIME_ELEMENT = List.of(QueryParser.parse("time[datetime]"));
    private static final Evaluator EMBEDDED = QueryParser.parse("blockquote, aside, figure");

    private HtmlMetadata() {
    }

    public static Found read(Document doc, String givenUrl) {
        Map<String, String> meta = metaTags(doc);
        JsonLd ld = jsonLd(doc);
        String url = firstNonBlank(attr(doc, CANONICAL, "abs:href"), meta.get("og:url"), givenUrl);
        String site = firstNonBlank(meta.get("og:site_name"), ld.publisher, meta.get("application-name"),
                meta.get("twitter:site") == null ? null : meta.get("twitter:site").replaceFirst("^@", ""));
        String title = title(doc, meta, ld, site, url != null ? url : givenUrl);
        String pageUrl = url != null ? url : givenUrl;
        List<String> authors = authors(doc, meta, ld, site, pageUrl);
        String lang = language(doc, meta);
        // A full date in the URL path is what the site itself filed the story under: the surest evidence.
        String published = Dates.fromUrl(givenUrl != null ? givenUrl : url);
        if (published == null && givenUrl != null) published = Dates.fromUrl(url);
        boolean fromMarkup = false;
        String fromUrl = published;
        // Tried in order, each looked up only when the ones before say nothing.
        boolean dayFirst = dayFirst(lang, meta);
        // shown[0]: the date the page shows as its own and, for a page showing none, another story's; read when asked.
        String[][] shown = new String[1][];
        List<Supplier<String>> candidates = List.of(() -> ld.published, () -> firstMeta(meta, PUBLISHED_META),
                () -> itemprop(doc, ITEMPROP_PUBLISHED), () -> timeElement(doc, STRICT_TIME_ELEMENTS),
                () -> {
                    shown[0] = ownOrOtherDateInPage(doc, dayFirst);
                    return shown[0][0] != null ? shown[0][0] : shown[0][1];
                }, () -> firstMeta(meta, GENERIC_DATE_META),
                () -> timeElement(doc, ANY_TIME_ELEMENT));
        String raw = null;
        String source = published == null ? null : "url";
        for (int i = 0; i < candidates.size(); i++) {
            raw = candidates.get(i).get();
            String d = Dates.parse(raw, true);
            if (d == null) continue;
            // The markup's date-time is kept when it names the URL's day, for its time of day.
            if (fromUrl == null || Dates.day(d).equals(fromUrl)) {
                published = d;
                fromMarkup = true;
                source = SOURCES[i];
            }
            break;
        }
        String modified = firstNonBlank(Dates.parse(ld.modified, true), Dates.parse(firstMeta(meta, MODIFIED_META), true));
        if (modified == null) modified = firstNonBlank(Dates.parse(itemprop(doc, ITEMPROP_MODIFIED), true));
        if (published == null && modified != null) {
            // A page that states only when it was last changed: that is the best bound it gives.
            published = modified;
            source = "modified";
        }
        if (published != null && modified != null && Dates.daysApart(published, modified) > 0
                && Dates.day(modified).compareTo(Dates.day(published)) > 0 && doc.body() != null) {
            // The page shows its readers the day it was updated and not the day it first appeared: the shown day
            // is the page's date (the first one is often a placeholder's creation or a story's first draft).
            Set<String> days = TextDates.shownDays(doc.body(), dayFirst);
            if (days.contains(Dates.day(modified)) && !days.contains(Dates.day(published))) {
                return new Found(title, authors, modified, true, modified, site, url, lang, "shown-modified");
            }
        }
        if (fromMarkup && raw != null && shown[0] != null && (raw == shown[0][0] || raw == shown[0][1])) {
            fromMarkup = false;
        }
        if (fromMarkup && fromUrl == null && isUtcNearMidnight(raw, published)) {
            // A time stamp in UTC may name the day before or after the one the page's readers saw: the date
            // the page writes for them decides, when it is one of those neighbouring days.
            String onPage = (shown[0] != null ? shown[0] : ownOrOtherDateInPage(doc, dayFirst))[0];
            if (onPage != null && Dates.daysApart(Dates.day(onPage), Dates.day(published)) == 1) {
                published = Dates.day(onPage);
                source = "text";
            }
        }
        return new Found(title, authors, published, fromMarkup, modified, site, url, lang, source);
    }

    private static final Pattern UTC = Pattern.compile("(?i)(?:\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:z|[+-]00:?00)|gmt|utc)\\s*$");

    private static boolean isUtcNearMidnight(String raw, String iso) {
        if (raw == null || iso.length() < 16 || !UTC.matcher(raw.strip()).find()) return false;
        int hour = Integer.parseInt(iso.substring(11, 13));
        // Local time zones reach 14 hours either side of UTC; most news sites are within ten.
        return hour >= 14 || hour < 10;
    }

    private static final Pattern DATE_HINT = Pattern.compile(
            "date|time|publish|posted|datum|fecha|data|zeit|meta|byline|info|dateline|created|stamp|calendar|day");
    private static final int MAX_DATE_TEXT = 200;

    /** Date lines set just above the headline (a kicker with the day) count when this close, in elements. */
    private static final int ABOVE_HEADLINE = 15;

    /**
     * A date written on the page: in an element named for dates or bylines nearest the headline (below it, or
     * just above it), else the date line {@link TextDates} finds. Teasers of other stories and comments are not
     * the page's own date.
     */
    static String dateInPage(Document doc, boolean dayFirst) {
        String[] found = ownOrOtherDateInPage(doc, dayFirst);
        return found[0] != null ? found[0] : found[1];
    }

    /** The date the page shows as its own, and the first date of other content (teasers, embeds, sidebars). */
    private static String[] ownOrOtherDateInPage(Document doc, boolean dayFirst) {
        Element body = doc.body();
        if (body == null) return new String[2];
        // A date near the headline beats one in the site's header (often today's date, not the story's).
        Element headline = body.selectFirst(H1);
        int headlineAt = headline == null ? -1 : Integer.MAX_VALUE;
        String firstBefore = null, lastBefore = null, otherContent = null;
        int lastBeforeAt = -1, index = 0;
        for (Element e : body.getAllElements()) {
            index++;
            if (e == headline) headlineAt = index;
            if (!e.hasAttr("class") && !e.hasAttr("id") && !e.hasAttr("itemprop")) continue;
            String h = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (h.isBlank() || !DATE_HINT.matcher(h).find() || TextDates.namesComments(h)) continue;
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("title") ? e.attr("title") : null;
            String d = v == null ? null : Dates.parse(v, dayFirst);
            if (d == null) {
                String t = boundedText(e, MAX_DATE_TEXT);
                if (t == null) continue;
                Dates.Found f = Dates.find(t, dayFirst);
                // "Updated 12 March 2020" in the date line is the modified date.
                if (f != null && !TextDates.isUpdate(t.substring(0, f.start()))) d = f.iso();
            }
            if (d == null) continue;
            if (TextDates.inOtherContent(e) || inSiteHeader(e)) {
                // Teasers and sidebars mostly date other stories, the site's header today's date; a simple page
                // keeps its own date there too.
                if (otherContent == null) otherContent = d;
                continue;
            }
            if (index > headlineAt) {
                // Just above the headline and closer to it than the first date below: the story's date line.
                if (lastBefore != null && headlineAt - lastBeforeAt <= ABOVE_HEADLINE
                        && headlineAt - lastBeforeAt < index - headlineAt) {
                    return new String[] {lastBefore, null};
                }
                return new String[] {d, null};
            }
            if (firstBefore == null) firstBefore = d;
            lastBefore = d;
            lastBeforeAt = index;
        }
        if (lastBefore != null && headlineAt != Integer.MAX_VALUE && headlineAt - lastBeforeAt <= ABOVE_HEADLINE) {
            return new String[] {lastBefore, null};
        }
        if (firstBefore != null) return new String[] {firstBefore, null};
        String[] inText = TextDates.findOwnOrOther(body, headline != null ? headline : body.selectFirst(H2), dayFirst);
        return new String[] {inText[0], otherContent != null ? otherContent : inText[1]};
    }

    /** The element's text, or null as soon as it runs past {@code limit} characters (a container, not a date line). */
    static String boundedText(Element e, int limit) {
        StringBuilder sb = new StringBuilder();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                // A teaser inside a date-named box ("infos") dates another story.
                if (node != e && node instanceof Element child && TextDates.isOtherStories(child)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    sb.append(t.getWholeText()).append(' ');
                    if (sb.length() > limit * 4) return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        String t = Whitespace.normalize(sb.toString());
        return t.length() > limit ? null : t;
    }

    /** Whether 03/04/2021 is the 3rd of April: everywhere but in American English. */
    private static boolean dayFirst(String lang, Map<String, String> meta) {
        if (lang == null || !lang.equals("en")) return true;
        String locale = meta.getOrDefault("og:locale", "");
        return !(locale.isEmpty() || locale.toLowerCase(Locale.ROOT).endsWith("us"));
    }

    private static String language(Document doc, Map<String, String> meta) {
        String l = firstNonBlank(doc.selectFirst(HTML) == null ? null : doc.selectFirst(HTML).attr("lang"),
                meta.get("content-language"), meta.get("og:locale"), meta.get("dc.language"), meta.get("language"));
        if (l == null) return null;
        l = l.strip().toLowerCase(Locale.ROOT);
        if (l.length() >= 2 && Character.isLetter(l.charAt(0)) && Character.isLetter(l.charAt(1))
                && (l.length() == 2 || !Character.isLetter(l.charAt(2)))) {
            return l.substring(0, 2);
        }
        return null;
    }

    static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new java.util.HashMap<>();
        for (Element m : Queries.select(doc, META)) {
            String key = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"));
            String content = m.hasAttr("content") ? m.attr("content") : m.attr("value");
            if (key == null || content.isBlank()) continue;
            meta.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content.strip());
        }
        return meta;
    }

    private static String firstMeta(Map<String, String> meta, String[] keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank() && Dates.parse(v, true) != null) return v;
        }
        return null;
    }

    private static String itemprop(Document doc, Evaluator prop) {
        Element e = Queries.selectFirst(doc, prop);
        if (e == null) return null;
        return firstNonBlank(e.attr("datetime"), e.attr("content"), e.text());
    }

    private static String timeElement(Document doc, List<Evaluator> queries) {
        for (Evaluator css : queries) {
            for (Element t : Queries.select(doc, css)) {
                // An embedded post (a quoted tweet), a comment or a teaser of another story carries its own date.
                if (t.closest(EMBEDDED) != null || TextDates.inOtherContent(t) || inSiteHeader(t)) continue;
                String v = t.attr("datetime");
                return v.isBlank() ? t.text() : v;
            }
        }
        return null;
    }

    private static final Evaluator HEADER = QueryParser.parse("header");

    /** True in the site's header (today's date beside the logo), not the story's header with its headline. */
    private static boolean inSiteHeader(Element e) {
        Element header = e.closest(HEADER);
        return header != null && e.closest(ARTICLE_OR_MAIN) == null && header.selectFirst(H1) == null;
    }

    /** True inside a comment section: a comment's date is not the article's. */
    static boolean inComments(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            String h = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (h.contains("comment") || h.contains("respond") || h.contains("reply")) return true;
        }
        return false;
    }

    private static String title(Document doc, Map<String, String> meta, JsonLd ld, String site, String url) {
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
        String[] candidates = {ld.headline, meta.get("og:title"), meta.get("twitter:title"), docTitle,
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
        String raw = firstNonBlank(ld.headline, meta.get("og:title"), meta.get("twitter:title"), docTitle,
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

    static String alnum(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) if (Character.isLetterOrDigit(c)) sb.append(c);
        return sb.toString();
    }

    /** Bylines: the work is {@link Authors}'. */
    private static List<String> authors(Document doc, Map<String, String> meta, JsonLd ld, String site, String url) {
        return Authors.find(doc, meta, ld, site, url);
    }

    /** The registered name of the URL's host without "www." and the top-level domain: "badischezeitung". */
    static String hostLabel(String url) {
        if (url == null) return null;
        var m = HOST.matcher(url.toLowerCase(Locale.ROOT));
        if (!m.find()) return null;
        String[] labels = m.group(1).split("\\.");
        if (labels.length < 2) return alnum(labels[0]);
        String label = labels[labels.length - 2];
        // "co.uk", "com.au": the registered name is one label further left.
        if (label.length() <= 3 && labels.length >= 3) label = labels[labels.length - 3];
        return alnum(label);
    }

    private static final Pattern HOST = Pattern.compile("^[a-z]+://(?:www\\d?\\.)?([^/:?#]+)");

    private static String attr(Document doc, Evaluator css, String attr) {
        Element e = Queries.selectFirst(doc, css);
        if (e == null) return null;
        String v = e.attr(attr);
        return v.isBlank() ? null : v;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }

    /** The fields of the page's main JSON-LD item. */
    static final class JsonLd {
        String headline;
        String published;
        String modified;
        String publisher;
        List<String> authors = new ArrayList<>();
        int rank = Integer.MAX_VALUE;
        Map<String, Map<?, ?>> byId = Map.of();
    }

    private static JsonLd jsonLd(Document doc) {
        JsonLd best = new JsonLd();
        List<Object> roots = new ArrayList<>();
        for (Element script : Queries.select(doc, JSON_LD)) {
            Object root = Json.parse(script.data());
            if (root != null) roots.add(root);
        }
        // Nodes by @id, so that {"author": {"@id": "#person-1"}} finds the person's name elsewhere in the graph.
        Map<String, Map<?, ?>> byId = new java.util.HashMap<>();
        for (Object root : roots) {
            List<Object> work = new ArrayList<>();
            work.add(root);
            int seen = 0;
            while (!work.isEmpty() && seen++ < 2000) {
                Object o = work.remove(work.size() - 1);
                if (o instanceof List<?> list) {
                    work.addAll(list);
                } else if (o instanceof Map<?, ?> map) {
                    if (map.get("@id") instanceof String id && map.get("name") != null) byId.putIfAbsent(id, map);
                    if (map.get("@graph") != null) work.add(map.get("@graph"));
                }
            }
        }
        best.byId = byId;
        for (Object root : roots) {
            // An explicit work-list instead of recursion: @graph arrays can nest deeply.
            List<Object> work = new ArrayList<>();
            work.add(root);
            int seen = 0;
            while (!work.isEmpty() && seen++ < 2000) {
                Object o = work.remove(work.size() - 1);
                if (o instanceof List<?> list) {
                    for (int i = list.size() - 1; i >= 0; i--) work.add(list.get(i));
                } else if (o instanceof Map<?, ?> map) {
                    Object graph = map.get("@graph");
                    if (graph != null) work.add(graph);
                    consider(best, map);
                }
            }
        }
        return best;
    }

    private static void consider(JsonLd best, Map<?, ?> item) {
        int rank = rank(item.get("@type"));
        if (rank < 0) return;
        String headline = firstNonBlank(str(item.get("headline")), rank <= 1 ? str(item.get("name")) : null);
        String published = firstNonBlank(str(item.get("datePublished")), str(item.get("dateCreated")),
                rank <= 1 ? str(item.get("uploadDate")) : null);
        if (rank < best.rank || (rank == best.rank && best.published == null && published != null)) {
            best.rank = rank;
            if (headline != null) best.headline = headline;
            if (published != null) best.published = published;
            String modified = str(item.get("dateModified"));
            if (modified != null) best.modified = modified;
            List<String> authors = names(item.get("author"), best.byId);
            if (authors.isEmpty()) authors = names(item.get("creator"), best.byId);
            if (!authors.isEmpty()) best.authors = authors;
            List<String> pub = names(item.get("publisher"), best.byId);
            if (!pub.isEmpty()) best.publisher = pub.get(0);
        } else {
            if (best.headline == null && headline != null && rank <= 1) best.headline = headline;
            if (best.published == null && published != null) best.published = published;
            if (best.publisher == null) {
                List<String> pub = names(item.get("publisher"), best.byId);
                if (!pub.isEmpty()) best.publisher = pub.get(0);
            }
        }
    }

    /** 0 for news articles, 1 for other articles and posts, 2 for pages; -1 for things that are not the page. */
    private static int rank(Object type) {
        List<String> types = new ArrayList<>();
        if (type instanceof String s) types.add(s);
        else if (type instanceof List<?> l) for (Object o : l) if (o instanceof String s) types.add(s);
        int best = -1;
        for (String t : types) {
            String k = t.toLowerCase(Locale.ROOT).replaceFirst("^.*[/:]", "");
            if (!ARTICLE_TYPES.contains(k)) continue;
            int r = k.contains("newsarticle") ? 0 : k.contains("article") || k.contains("posting") ? 1
                    : k.equals("newsmediaorganization") ? -1 : 2;
            if (r >= 0 && (best < 0 || r < best)) best = r;
        }
        return best;
    }

    private static String str(Object o) {
        if (o instanceof String s) return s.isBlank() ? null : s.strip();
        if (o instanceof List<?> l && !l.isEmpty()) return str(l.get(0));
        if (o instanceof Map<?, ?> m) return str(m.get("@value"));
        return null;
    }

    private static List<String> names(Object o, Map<String, Map<?, ?>> byId) {
        List<String> out = new ArrayList<>();
        if (o instanceof String s) {
            if (!s.isBlank() && !s.startsWith("http")) out.add(s.strip());
        } else if (o instanceof Map<?, ?> m) {
            String n = str(m.get("name"));
            if (n == null && m.get("@id") instanceof String id && byId.containsKey(id)) n = str(byId.get(id).get("name"));
            if (n != null) out.add(n);
        } else if (o instanceof List<?> l) {
            for (Object x : l) {
                if (out.size() >= 10) break;
                if (x instanceof List<?>) continue;
                out.addAll(names(x, byId));
            }
        }
        return out;
    }
}
