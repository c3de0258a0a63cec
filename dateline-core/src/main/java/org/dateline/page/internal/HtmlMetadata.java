package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»:/]\\s+|\\s+::\\s+|\\s*[|»]\\s*");
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

    private HtmlMetadata() {
    }

    public static Found read(Document doc, String givenUrl) {
        Map<String, String> meta = metaTags(doc);
        JsonLd ld = jsonLd(doc);
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "abs:href"), meta.get("og:url"), givenUrl);
        String site = firstNonBlank(meta.get("og:site_name"), ld.publisher, meta.get("application-name"),
                meta.get("twitter:site") == null ? null : meta.get("twitter:site").replaceFirst("^@", ""));
        String title = title(doc, meta, ld, site);
        List<String> authors = authors(doc, meta, ld);
        String published = null;
        boolean fromMarkup = true;
        for (String candidate : new String[] {ld.published, firstMeta(meta, PUBLISHED_META), itemprop(doc, "datePublished"),
            timeElement(doc)}) {
            published = Dates.parse(candidate, true);
            if (published != null) break;
        }
        String modified = firstNonBlank(Dates.parse(ld.modified, true), Dates.parse(firstMeta(meta, MODIFIED_META), true),
                Dates.parse(itemprop(doc, "dateModified"), true));
        if (published == null) {
            fromMarkup = false;
            published = Dates.fromUrl(url);
            if (published == null && givenUrl != null) published = Dates.fromUrl(givenUrl);
        }
        String lang = language(doc, meta);
        return new Found(title, authors, published, fromMarkup, modified, site, url, lang);
    }

    private static String language(Document doc, Map<String, String> meta) {
        String l = firstNonBlank(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
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
        for (Element m : doc.select("meta")) {
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

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) return null;
        return firstNonBlank(e.attr("datetime"), e.attr("content"), e.text());
    }

    private static String timeElement(Document doc) {
        for (String css : new String[] {"time[pubdate]", "article time[datetime], header time[datetime]",
            ".entry-date[datetime], time.published[datetime]", "time[datetime]"}) {
            for (Element t : doc.select(css)) {
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

    private static String title(Document doc, Map<String, String> meta, JsonLd ld, String site) {
        Element h1 = doc.selectFirst("article h1, h1[itemprop=headline], h1.entry-title, h1.post-title, h1");
        String h1Text = h1 == null ? null : Whitespace.normalize(h1.text());
        String raw = firstNonBlank(ld.headline, meta.get("og:title"), meta.get("twitter:title"),
                doc.title().isBlank() ? null : doc.title(), meta.get("citation_title"), meta.get("dc.title"));
        if (raw == null) return h1Text == null || h1Text.isEmpty() ? null : h1Text;
        raw = Whitespace.normalize(raw);
        if (h1Text != null && h1Text.length() >= 10 && raw.contains(h1Text)) return h1Text;
        return stripSiteName(raw, site);
    }

    /** "Headline | Site" and "Site - Headline" to "Headline". */
    static String stripSiteName(String title, String site) {
        var m = TITLE_SEPARATOR.matcher(title);
        List<int[]> seps = new ArrayList<>();
        while (m.find()) seps.add(new int[] {m.start(), m.end()});
        if (seps.isEmpty()) return title;
        if (site != null && !site.isBlank()) {
            String s = site.strip().toLowerCase(Locale.ROOT);
            int[] last = seps.get(seps.size() - 1);
            if (title.substring(last[1]).strip().toLowerCase(Locale.ROOT).contains(s)
                    || s.contains(title.substring(last[1]).strip().toLowerCase(Locale.ROOT))) {
                return title.substring(0, last[0]).strip();
            }
            int[] first = seps.get(0);
            String head = title.substring(0, first[0]).strip().toLowerCase(Locale.ROOT);
            if (head.contains(s) || s.contains(head)) return title.substring(first[1]).strip();
        }
        // Without a known site name: drop a short last part, which is what site suffixes look like.
        int[] last = seps.get(seps.size() - 1);
        String tail = title.substring(last[1]).strip();
        String head = title.substring(0, last[0]).strip();
        if (tail.split("\\s+").length <= 4 && head.length() > tail.length() && head.split("\\s+").length >= 3) return head;
        return title;
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
            for (Element e : doc.select("[itemprop=author] [itemprop=name], [rel=author], .byline .author, "
                    + ".author-name, .byline-name, span.author, a.author, .entry-author-name, .author .fn")) {
                addAuthor(out, e.text());
                if (out.size() >= 4) break;
            }
        }
        if (out.isEmpty()) {
            for (Element e : doc.select(".byline, [class*=byline], [itemprop=author]")) {
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
        if (n.isEmpty() || n.length() > 80 || n.startsWith("http") || !n.matches(".*\\p{L}.*")) return;
        out.add(n);
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
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
    }

    private static JsonLd jsonLd(Document doc) {
        JsonLd best = new JsonLd();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Object root = Json.parse(script.data());
            if (root == null) continue;
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
            List<String> authors = names(item.get("author"));
            if (authors.isEmpty()) authors = names(item.get("creator"));
            if (!authors.isEmpty()) best.authors = authors;
            List<String> pub = names(item.get("publisher"));
            if (!pub.isEmpty()) best.publisher = pub.get(0);
        } else {
            if (best.headline == null && headline != null && rank <= 1) best.headline = headline;
            if (best.published == null && published != null) best.published = published;
            if (best.publisher == null) {
                List<String> pub = names(item.get("publisher"));
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

    private static List<String> names(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof String s) {
            if (!s.isBlank() && !s.startsWith("http")) out.add(s.strip());
        } else if (o instanceof Map<?, ?> m) {
            String n = str(m.get("name"));
            if (n != null) out.add(n);
        } else if (o instanceof List<?> l) {
            for (Object x : l) {
                if (out.size() >= 10) break;
                if (x instanceof List<?>) continue;
                out.addAll(names(x));
            }
        }
        return out;
    }
}
