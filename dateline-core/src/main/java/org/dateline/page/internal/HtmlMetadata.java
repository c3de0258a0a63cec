package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
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
    // Patterns compiled once (String.replaceAll, split and matches compile theirs on every call).
    private static final Pattern LEADING_AT = Pattern.compile("^@");
    private static final Pattern TYPE_PREFIX = Pattern.compile("^.*[/:]");
    /**
     * What was found; any field may be null. {@code publishedSource} says where {@code published} came from:
     * "url", "json-ld", "meta", "itemprop", "time", "text" (the date the page shows its readers),
     * "generic-meta" (a page-level date tag, often the last edit), "modified" (only a last-modified date) or
     * "shown-modified" (the last-modified date, the only one of the two the page shows its readers).
     */
    public record Found(String title, List<String> authors, String published, boolean publishedFromMarkup,
                        String modified, String siteName, String url, String language, String publishedSource) {
    }

    private static final String[] SOURCES = {"json-ld", "meta", "itemprop", "time", "text", "generic-meta", "time",
        "text"};

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
                meta.get("twitter:site") == null ? null : LEADING_AT.matcher(meta.get("twitter:site")).replaceFirst(""));
        String title = Titles.of(doc, meta, ld.headline, site, url != null ? url : givenUrl);
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
                    return shown[0][0];
                }, () -> firstMeta(meta, GENERIC_DATE_META),
                () -> timeElement(doc, ANY_TIME_ELEMENT),
                // Only teasers, embedded posts or sidebars show a date: the weakest evidence, asked last.
                () -> shown[0] == null ? null : shown[0][1]);
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
            } else if (onPage == null) {
                // The page shows no day: the site's other stamps say which time zone its readers live in.
                Integer offset = SiteTimeZone.usualOffset(doc);
                String local = offset == null ? null : SiteTimeZone.localDay(published, offset);
                if (local != null && !local.equals(Dates.day(published))) published = local;
            }
        }
        return new Found(title, authors, published, fromMarkup, modified, site, url, lang, source);
    }

    private static final Pattern UTC = Pattern.compile("(?i)(?:\\d{2}:\\d{2}(?::\\d{1,2}(?:\\.\\d+)?)?\\s*(?:z|[+-]00:?00)|gmt|utc)\\s*$");

    private static boolean isUtcNearMidnight(String raw, String iso) {
        if (raw == null || iso.length() < 16 || !UTC.matcher(raw.strip()).find()) return false;
        int hour = Integer.parseInt(iso.substring(11, 13));
        // Local time zones reach 14 hours either side of UTC; most news sites are within ten.
        return hour >= 14 || hour < 10;
    }

    private static final Pattern DATE_HINT = Pattern.compile(
            "date|time|publish|posted|datum|fecha|data|zeit|meta|byline|info|dateline|created|stamp|calendar|day");
    /** {@link #DATE_HINT} by plain string comparison: the regex over every element's names cost 3% of the stage. */
    private static final Alternation DATE_HINT_ANY = Alternation.of(DATE_HINT);
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
        Element headline = TextDates.storyHeadline(body);
        if (headline == null) headline = body.selectFirst(H2);
        int headlineAt = headline == null ? -1 : Integer.MAX_VALUE;
        String firstBefore = null, lastBefore = null, otherContent = null;
        int lastBeforeAt = -1, index = 0;
        for (Element e : body.getAllElements()) {
            index++;
            if (e == headline) headlineAt = index;
            if (!e.hasAttr("class") && !e.hasAttr("id") && !e.hasAttr("itemprop")) continue;
            String h = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (h.isBlank() || !DATE_HINT_ANY.find(h) || TextDates.namesComments(h)) continue;
            // A member's sign-up day or birthday on a profile card is no page's date.
            if (NOT_THE_PAGES_BOX.matcher(h).find()) continue;
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("title") ? e.attr("title") : null;
            String d = v == null ? null : Dates.parse(v, dayFirst);
            if (d == null) {
                String t = boundedText(e, MAX_DATE_TEXT);
                if (t == null) continue;
                Dates.Found f = Dates.find(t, dayFirst);
                // "Updated 12 March 2020" in the date line is the modified date; "Current time: ..." none at all.
                if (f != null && !TextDates.isUpdate(t.substring(0, f.start()))
                        && !TextDates.isNotThePages(t.substring(0, f.start()))) {
                    d = f.iso();
                }
                // A date box that a script fills in carries its data as JSON.
                if (d == null) d = Dates.parse(publishedInJson(e), dayFirst);
            }
            if (d == null) continue;
            // A label set apart from the date ("<h4>Zuletzt geändert am:</h4><ul><li>15.10.2021</li></ul>").
            String label = labelBefore(e);
            if (TextDates.isUpdate(label) || TextDates.isNotThePages(label)) continue;
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
        String[] inText = TextDates.findOwnOrOther(body, headline, dayFirst);
        return new String[] {inText[0], otherContent != null ? otherContent : inText[1]};
    }

    /** The text of the element just before {@code e} (or before its parent, its grandparent), for a label. */
    private static String labelBefore(Element e) {
        Element p = e;
        for (int up = 0; up < 3 && p != null; up++, p = p.parent()) {
            Element prev = p.previousElementSibling();
            if (prev != null) {
                String t = prev.text();
                return t.length() > 60 ? t.substring(t.length() - 60) : t;
            }
        }
        return "";
    }

    private static final Evaluator JSON_SCRIPT = QueryParser.parse("script[type=application/json]");
    private static final Pattern JSON_PUBLISHED = Pattern.compile(
            "\"(?:datePublished|publishedDate|publishDate|published_at|publishedAt)\"\\s*:\\s*\"([^\"]{8,40})\"");

    /** The publication date in a JSON script inside a date box ("publishedDate": "..."), or null. */
    private static String publishedInJson(Element box) {
        Element script = box.selectFirst(JSON_SCRIPT);
        if (script == null) return null;
        Matcher m = JSON_PUBLISHED.matcher(script.data());
        return m.find() ? m.group(1) : null;
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

    private static final Evaluator ARTICLE_OR_HEADER = QueryParser.parse("article, header");
    private static final Pattern NOT_THE_PAGES_BOX = Pattern.compile("join|regist|birth|member-?since");

    /**
     * A time element's date-time; the day its text shows when that is a whole date more than a day away (a
     * stamp the CMS set when it re-saved the page, while the readers see the day it appeared).
     */
    private static String timeValue(Element t) {
        String v = t.attr("datetime");
        if (v.isBlank()) return t.text();
        String text = t.text();
        if (TextDates.hasYear(text)) {
            Dates.Found shown = Dates.find(text, true);
            Dates.Found monthFirst = Dates.find(text, false);
            String stamp = Dates.parse(v, true);
            // Only a text date that reads the same in either order (03/07 may be March or July).
            if (shown != null && monthFirst != null && shown.iso().equals(monthFirst.iso()) && stamp != null
                    && Dates.daysApart(shown.iso(), stamp) > 1
                    && !TextDates.isUpdate(text.substring(0, shown.start()))) {
                return shown.iso();
            }
        }
        return v;
    }

    private static String timeElement(Document doc, List<Evaluator> queries) {
        Element headline = doc.body() == null ? null : TextDates.storyHeadline(doc.body());
        if (headline != null) {
            // A time element in the article or header that holds the headline is the story's; other articles on
            // the page (a list of teasers, each an article) carry their own.
            for (Evaluator css : queries) {
                for (Element t : Queries.select(doc, css)) {
                    Element box = t.closest(ARTICLE_OR_HEADER);
                    if (box == null || !isAncestor(box, headline)) continue;
                    if (t.closest(EMBEDDED) != null || TextDates.inOtherContent(t)) continue;
                    return timeValue(t);
                }
            }
        }
        for (Evaluator css : queries) {
            for (Element t : Queries.select(doc, css)) {
                // An embedded post (a quoted tweet), a comment or a teaser of another story carries its own date.
                if (t.closest(EMBEDDED) != null || TextDates.inOtherContent(t) || inSiteHeader(t)) continue;
                return timeValue(t);
            }
        }
        return null;
    }

    private static boolean isAncestor(Element box, Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == box) return true;
        }
        return false;
    }

    private static final Evaluator HEADER = QueryParser.parse("header");

    /** True in the site's header (today's date beside the logo), not the story's header with its headline. */
    private static boolean inSiteHeader(Element e) {
        Element header = e.closest(HEADER);
        return header != null && e.closest(ARTICLE_OR_MAIN) == null && TextDates.storyHeadline(header) == null;
    }

    /**
     * True inside a comment section: a comment's date, byline or heading is not the article's. The walk stops at
     * {@code <body>}: a body class such as "showing-comments" says the page has comments, not that all is one.
     */
    static boolean inComments(Element e) {
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            String h = (p.className() + " " + p.id()).toLowerCase(Locale.ROOT);
            if (h.contains("comment") || h.contains("respond") || h.contains("reply")) return true;
        }
        return false;
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
        String host = host(url);
        if (host == null) return null;
        String[] labels = host.split("\\.");
        if (labels.length < 2) return alnum(labels[0]);
        String label = labels[labels.length - 2];
        // "co.uk", "com.au": the registered name is one label further left.
        if (label.length() <= 3 && labels.length >= 3) label = labels[labels.length - 3];
        return alnum(label);
    }

    private static final Pattern HOST = Pattern.compile("^[a-z]+://(?:www\\d?\\.)?([^/:?#]+)");

    /** The URL's host, lower case, without "www.": "badische-zeitung.de"; null without a URL. */
    static String host(String url) {
        if (url == null) return null;
        var m = HOST.matcher(url.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }

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
            String k = TYPE_PREFIX.matcher(t.toLowerCase(Locale.ROOT)).replaceFirst("");
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
