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
    /** What was found; any field may be null. */
    public record Found(String title, List<String> authors, String published, boolean publishedFromMarkup,
                        String modified, String siteName, String url, String language) {
    }

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "scholarlyarticle",
            "techarticle", "socialmediaposting", "liveblogposting", "discussionforumposting", "posting", "report",
            "webpage", "medicalwebpage", "itempage", "creativework", "review", "videoobject", "event", "qapage",
            "blog", "aboutpage", "collectionpage", "profilepage", "recipe", "howto", "product", "newsmediaorganization");
    private static final String[] PUBLISHED_META = {"article:published_time", "og:article:published_time",
        "article:published", "datepublished", "publishdate", "publish-date", "publish_date", "pubdate",
        "published_time", "published-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "dcterms.created", "dc.date.created", "citation_publication_date", "citation_date", "citation_online_date",
        "sailthru.date", "parsely-pub-date", "article.published", "article_date_original", "date", "og:published_time",
        "originalpublicationdate", "cxenseparse:recs:publishtime", "last-modified-never", "created", "date_published",
        "rnews:datepublished", "article.created", "article_published_time", "displaydate", "dc.created",
        "bt:pubdate", "pub_date", "release_date", "timestamp", "datecreated"};
    private static final String[] MODIFIED_META = {"article:modified_time", "og:updated_time", "datemodified",
        "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "article:modified", "og:modified_time"};
    private static final String[] AUTHOR_META = {"author", "article:author", "dc.creator", "dcterms.creator",
        "citation_author", "parsely-author", "sailthru.author", "byl", "twitter:creator", "og:article:author",
        "article:author_name", "cxenseparse:author"};

    // CSS queries are parsed once: parsing them per page cost as much as running them.
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator META = QueryParser.parse("meta");
    private static final Evaluator HEADLINES = QueryParser.parse(
            "article h1, main h1, h1[itemprop=headline], h1.entry-title, h1.post-title, h1");
    private static final Evaluator PAGE_HEADER = QueryParser.parse(
            "header, [class*=logo], [class*=brand], [id*=logo], [class*=site-title]");
    private static final Evaluator ARTICLE_OR_MAIN = QueryParser.parse("article, main");
    private static final Evaluator BYLINES = QueryParser.parse(".byline, [class*=byline], [itemprop=author]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator AUTHOR_MARKUP = QueryParser.parse(
            "[itemprop=author] [itemprop=name], [rel=author], .byline .author, "
            + ".author-name, .byline-name, span.author, a.author, .entry-author-name, .author .fn, .author a,"
            + " a[href*=/author/], .post-author, .entry-author, .author, [class*=author-name]");
    private static final Evaluator ITEMPROP_PUBLISHED = QueryParser.parse("[itemprop=datePublished]");
    private static final Evaluator ITEMPROP_MODIFIED = QueryParser.parse("[itemprop=dateModified]");
    private static final List<Evaluator> TIME_ELEMENTS = List.of(QueryParser.parse("time[pubdate]"),
            QueryParser.parse("article time[datetime], header time[datetime]"),
            QueryParser.parse(".entry-date[datetime], time.published[datetime]"), QueryParser.parse("time[datetime]"));

    private HtmlMetadata() {
    }

    public static Found read(Document doc, String givenUrl) {
        Map<String, String> meta = metaTags(doc);
        JsonLd ld = jsonLd(doc);
        String url = firstNonBlank(attr(doc, CANONICAL, "abs:href"), meta.get("og:url"), givenUrl);
        String site = firstNonBlank(meta.get("og:site_name"), ld.publisher, meta.get("application-name"),
                meta.get("twitter:site") == null ? null : meta.get("twitter:site").replaceFirst("^@", ""));
        String title = title(doc, meta, ld, site, url != null ? url : givenUrl);
        List<String> authors = new ArrayList<>(authors(doc, meta, ld));
        // The outlet's own name in the author field says who published the story, not who wrote it.
        String pageUrl = url != null ? url : givenUrl;
        if (authors.size() > 1) authors.removeIf(a -> namesSite(a, site, pageUrl));
        String lang = language(doc, meta);
        // A full date in the URL path is what the site itself filed the story under: the surest evidence.
        String published = Dates.fromUrl(givenUrl != null ? givenUrl : url);
        if (published == null && givenUrl != null) published = Dates.fromUrl(url);
        boolean fromMarkup = false;
        String fromUrl = published;
        // Tried in order, each looked up only when the ones before say nothing.
        List<Supplier<String>> candidates = List.of(() -> ld.published, () -> firstMeta(meta, PUBLISHED_META),
                () -> itemprop(doc, ITEMPROP_PUBLISHED), () -> timeElement(doc));
        for (Supplier<String> candidate : candidates) {
            String d = Dates.parse(candidate.get(), true);
            if (d == null) continue;
            // The markup's date-time is kept when it names the URL's day, for its time of day.
            if (fromUrl == null || Dates.day(d).equals(fromUrl)) {
                published = d;
                fromMarkup = true;
            }
            break;
        }
        String modified = firstNonBlank(Dates.parse(ld.modified, true), Dates.parse(firstMeta(meta, MODIFIED_META), true));
        if (modified == null) modified = firstNonBlank(Dates.parse(itemprop(doc, ITEMPROP_MODIFIED), true));
        if (published == null) published = dateInPage(doc, dayFirst(lang, meta));
        return new Found(title, authors, published, fromMarkup, modified, site, url, lang);
    }

    private static final Pattern DATE_HINT = Pattern.compile(
            "date|time|publish|posted|datum|fecha|data|zeit|meta|byline|info|dateline|created|stamp|calendar|day");
    private static final int MAX_DATE_TEXT = 200;
    private static final int NEAR_TITLE_TEXT = 1500;

    /** A date written on the page: in an element named for dates or bylines, else just after the headline. */
    static String dateInPage(Document doc, boolean dayFirst) {
        Element body = doc.body();
        if (body == null) return null;
        // A date near the headline beats one in the site's header (often today's date, not the story's).
        Element headline = body.selectFirst(H1);
        boolean afterHeadline = headline == null;
        String beforeHeadline = null;
        for (Element e : body.getAllElements()) {
            if (e == headline) afterHeadline = true;
            String h = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (h.isBlank() || !DATE_HINT.matcher(h).find() || h.contains("comment")) continue;
            if (!afterHeadline && beforeHeadline != null) continue;
            String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("title") ? e.attr("title") : null;
            String d = v == null ? null : Dates.parse(v, dayFirst);
            if (d == null) {
                String t = e.text();
                if (t.length() > MAX_DATE_TEXT) continue;
                d = Dates.parse(t, dayFirst);
            }
            if (d == null || inComments(e)) continue;
            if (afterHeadline) return d;
            beforeHeadline = d;
        }
        if (beforeHeadline != null) return beforeHeadline;
        Element h1 = body.selectFirst(H1);
        if (h1 == null) return null;
        StringBuilder near = new StringBuilder();
        boolean after = false;
        for (Element e : body.getAllElements()) {
            if (e == h1) after = true;
            if (!after) continue;
            if (e.textNodes().isEmpty() || inComments(e)) continue;
            for (org.jsoup.nodes.TextNode t : e.textNodes()) near.append(t.text()).append(' ');
            if (near.length() > NEAR_TITLE_TEXT) break;
        }
        return Dates.parse(near.toString(), dayFirst);
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

    private static String timeElement(Document doc) {
        for (Evaluator css : TIME_ELEMENTS) {
            for (Element t : Queries.select(doc, css)) {
                if (inComments(t)) continue;
                String v = t.attr("datetime");
                return v.isBlank() ? t.text() : v;
            }
        }
        return null;
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
        var h1s = Queries.select(doc, HEADLINES);
        for (Element h1 : h1s) {
            String t = Whitespace.normalize(h1.text());
            if (t.isEmpty() || inComments(h1) || site != null && t.equalsIgnoreCase(site)) continue;
            h1Text = t;
            // A site's logo is often an h1 in the page header; a headline sits in the article or says more.
            boolean inHeader = h1.closest(PAGE_HEADER) != null
                    && h1.closest(ARTICLE_OR_MAIN) == null;
            h1LooksLikeHeadline = !inHeader && (h1.closest(ARTICLE_OR_MAIN) != null || t.split("\\s+").length >= 4);
            break;
        }
        String docTitle = doc.title().isBlank() ? null : Whitespace.normalize(doc.title());
        String[] candidates = {ld.headline, meta.get("og:title"), meta.get("twitter:title"), docTitle,
            meta.get("citation_title"), meta.get("dc.title")};
        if (h1Text != null && h1Text.length() >= 4) {
            String key = h1Text.toLowerCase(Locale.ROOT);
            for (String c : candidates) {
                // Compared with the title minus its site part: a logo h1 matches only that part.
                if (c != null && stripSiteName(Whitespace.normalize(c), site, url).toLowerCase(Locale.ROOT).contains(key)) {
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
        if (stripped == null || namesSite(stripped, site, url)) return h1Text != null ? h1Text : stripped;
        return stripped;
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
        for (Pattern sep : new Pattern[] {STRONG_SEPARATOR, WEAK_SEPARATOR}) {
            List<String> parts = new ArrayList<>(List.of(sep.split(title)));
            if (parts.size() < 2) continue;
            boolean changed = false;
            for (int k = parts.size() - 1; k >= 0 && parts.size() > 1; k--) {
                if (k != 0 && k != parts.size() - 1) continue;
                String key = alnum(parts.get(k));
                if (key.isEmpty()) continue;
                boolean names = siteKey != null && !siteKey.isEmpty() && (key.contains(siteKey) || siteKey.contains(key))
                        || host != null && !host.isEmpty() && (key.contains(host) || host.contains(key));
                if (names) {
                    parts.remove(k);
                    changed = true;
                }
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

    private static boolean namesSite(String text, String site, String url) {
        String key = alnum(text);
        if (key.isEmpty()) return false;
        if (site != null && key.equals(alnum(site))) return true;
        if (url == null) return false;
        var m = Pattern.compile("^[a-z]+://(?:www\\d?\\.)?([^/:?#]+)").matcher(url.toLowerCase(Locale.ROOT));
        return m.find() && (alnum(m.group(1)).equals(key) || alnum(m.group(1).replaceFirst("\\.[a-z]+$", "")).equals(key));
    }

    private static String alnum(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) if (Character.isLetterOrDigit(c)) sb.append(c);
        return sb.toString();
    }

    private static List<String> authors(Document doc, Map<String, String> meta, JsonLd ld) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : ld.authors) addAuthor(out, a);
        if (out.isEmpty()) {
            for (String k : AUTHOR_META) {
                String v = meta.get(k);
                if (v != null && !v.startsWith("http") && !v.startsWith("@")) {
                    for (String p : v.split("\\s*(?:;|,\\s*(?=\\p{Lu})|\\band\\b|&)\\s*")) addAuthor(out, p);
                    if (!out.isEmpty()) break;
                }
            }
        }
        if (out.isEmpty()) {
            for (Element e : Queries.select(doc, AUTHOR_MARKUP)) {
                if (inComments(e)) continue;
                addAuthor(out, e.text());
                if (!out.isEmpty()) break;
            }
        }
        if (out.isEmpty()) {
            for (Element e : Queries.select(doc, BYLINES)) {
                String t = Whitespace.normalize(e.text()).replaceFirst("(?i)^(?:by|von|par|por|door|di)\\s+", "");
                if (t.length() <= 60) {
                    for (String p : PlainTextReader.splitAuthors(t)) addAuthor(out, p);
                    break;
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static void addAuthor(Set<String> out, String name) {
        if (name == null) return;
        String n = Whitespace.normalize(name).replaceFirst("(?i)^(?:by|von|par|por|door|di)\\s+", "").strip();
        if (n.isEmpty() || n.length() > 60 || n.startsWith("http") || !n.matches(".*\\p{L}.*")
                || n.split("\\s+").length > 6) {
            return;
        }
        out.add(n);
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
