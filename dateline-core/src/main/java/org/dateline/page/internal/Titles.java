package org.dateline.page.internal;

import static org.dateline.page.internal.HtmlMetadata.alnum;
import static org.dateline.page.internal.HtmlMetadata.firstNonBlank;
import static org.dateline.page.internal.HtmlMetadata.hostLabel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A page's title: the headline readers see (the h1, or the first heading before the story), checked against the
 * titles the page gives machines (JSON-LD, OpenGraph, {@code <title>}), whose site name and section are cut off.
 */
final class Titles {
    // Patterns compiled once (String.replaceAll, split and matches compile theirs on every call).
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s:|/]+$");
    private static final Pattern SCHEME_AND_WWW = Pattern.compile("https?://(?:www\\.)?");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\[\\]<>»«›‹|/\\\\*#~+=_-]+\\s+");
    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("\\.[a-z]+$");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―]");
    private static final Pattern FRAGMENT = Pattern.compile("#.*$");
    private static final Pattern QUOTATION_MARKS = Pattern.compile("[„“”«»‹›‚‘’]");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s:|–—-]+");
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
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2");

    private Titles() {
    }

    /**
     * The page's title as readers see it: its headline, without the site's name, a section or a kicker beside it.
     * {@code ldHeadline} is the JSON-LD headline, {@code site} the site's name where the page gives one.
     */
    static String of(Document doc, Map<String, String> meta, String ldHeadline, String site, String url) {
        // JSON-LD written by templates often keeps the page's character references ("zur&#252;ck").
        if (ldHeadline != null && ldHeadline.indexOf('&') >= 0) ldHeadline = Parser.unescapeEntities(ldHeadline, false);
        String title = choose(doc, meta, ldHeadline, site, url);
        if (title == null) return null;
        title = withoutLeadingDate(title);
        return asShown(doc, title);
    }

    private static String choose(Document doc, Map<String, String> meta, String ldHeadline, String site, String url) {
        String h1Text = null;
        boolean h1LooksLikeHeadline = false;
        boolean h1InPageHeader = false;
        Element h1Element = null;
        String logo = null;
        var h1s = Queries.select(doc, HEADLINES);
        String docTitleText = doc.title().isBlank() ? "" : Whitespace.normalize(doc.title());
        String registered = hostLabel(url);
        String docTitle = docTitleText.isEmpty() ? null : docTitleText;
        String[] candidates = {ldHeadline, meta.get("og:title"), meta.get("twitter:title"), docTitle,
            meta.get("citation_title"), meta.get("dc.title")};
        // Pages with several h1s (menus, boxes): the one the title repeats is the headline.
        Element repeated = null;
        if (h1s.size() > 1 && !docTitleText.isEmpty()) {
            String lowerTitle = docTitleText.toLowerCase(Locale.ROOT);
            int best = 0;
            for (Element h1 : h1s) {
                String t = visibleText(h1).toLowerCase(Locale.ROOT);
                if (t.length() >= 8 && t.length() > best && lowerTitle.contains(t) && !HtmlMetadata.inComments(h1)
                        && !linksHome(h1, t, url)) {
                    repeated = h1;
                    best = t.length();
                }
            }
        }
        for (Element h1 : repeated != null ? List.of(repeated) : h1s) {
            String t = visibleText(h1);
            if (t.isEmpty() || HtmlMetadata.inComments(h1) || site != null && comparable(t).equals(comparable(site))) continue;
            // A heading for screen readers only, or a side column's or a menu's ("Page", "User" over a wiki's
            // tools), is not the page's; a breadcrumb's last step that the page's titles repeat is.
            if (ACCESSIBLE_ONLY.matcher(h1.className()).find()
                    || h1.closest(SIDE) != null && !repeated(candidates, t)) {
                continue;
            }
            // The site's name as h1 (its logo): the registered host name opens or closes it.
            String key = alnum(t);
            if (registered != null && registered.length() >= 4 && (key.startsWith(registered) || key.endsWith(registered))
                    && SPACES.split(t).length <= 4) {
                continue;
            }
            // A link to the front page is the site's name or logo, no headline.
            if (linksHome(h1, t, url)) {
                if (logo == null) logo = t;
                continue;
            }
            String headline = withoutKicker(h1);
            if (headline == null) headline = headlineBelowStrapline(h1);
            if (headline == null) headline = firstLine(h1);
            h1Text = headline != null ? headline : t;
            h1Element = h1;
            h1InPageHeader = h1.closest(ARTICLE_OR_MAIN) == null && h1.closest(SITE_HEADER) != null;
            // A site's logo is often an h1 in the page header; a headline sits in the article or says more.
            boolean inHeader = h1.closest(PAGE_HEADER) != null
                    && h1.closest(ARTICLE_OR_MAIN) == null;
            h1LooksLikeHeadline = !inHeader && (h1.closest(ARTICLE_OR_MAIN) != null || SPACES.split(t).length >= 4);
            break;
        }
        String siteHeading = h1Text != null && h1InPageHeader ? h1Text : h1Text == null ? logo : null;
        if (siteHeading != null && docTitle != null) {
            // "Blog name: Headline" with the blog's name as h1 and the headline as h2: the h2 is the title.
            List<String> segments = segments(docTitle);
            if (segments.size() >= 2 && segments.contains(siteHeading.toLowerCase(Locale.ROOT))) {
                for (Element h2 : Queries.select(doc, H2)) {
                    String t = Whitespace.normalize(h2.text());
                    if (t.length() >= 4 && !t.equalsIgnoreCase(siteHeading) && segments.contains(t.toLowerCase(Locale.ROOT))
                            && !namesSite(t, site, url) && !HtmlMetadata.inComments(h2)) {
                        return t;
                    }
                }
            }
        }
        if (h1Text != null && SPACES.split(h1Text).length <= 3) {
            // A short h1 naming the topic ("Company pensions") above the story's headline in an h2, which the
            // title the page declares for sharing repeats: that h2 is the headline.
            String declared = firstNonBlank(ldHeadline, meta.get("og:title"), meta.get("twitter:title"));
            if (declared != null) {
                String key = comparable(stripSiteName(Whitespace.normalize(declared), site, url));
                if (!key.contains(comparable(h1Text))) {
                    for (Element h2 : Queries.select(doc, H2)) {
                        String t = visibleText(h2);
                        if (t.indexOf(' ') > 0 && comparable(t).equals(key) && inContent(h2) && !HtmlMetadata.inComments(h2)) return t;
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
                    // "Kicker / Headline", "Kicker | Headline": a slash or bar sets a kicker apart, a colon does not.
                    if (before == ' ' && (Character.isLetterOrDigit(end) || end == '/' || end == '|')) return sc;
                    // "Kicker: Headline" where the kicker is an element of its own is a kicker too.
                    String kicker = TRAILING_SEPARATORS.matcher(h1Text.substring(0, h1Text.length() - sc.length())).replaceAll("");
                    if (!kicker.isEmpty() && hasChildText(h1Element, kicker)) return sc;
                }
            }
            for (String c : candidates) {
                // Compared with the title minus its site part: a logo h1 matches only that part.
                // Dashes and quotes compared alike: the meta title often has "-" where the headline has "–".
                if (c != null && comparable(stripSiteName(Whitespace.normalize(c), site, url)).contains(comparable(key))) {
                    return h1Text;
                }
                // "Headline » Teaser | Site": the meta title opens with the h1, then a separator.
                if (c != null && !h1InPageHeader && opensWith(Whitespace.normalize(c), h1Text)) return h1Text;
            }
        }
        String raw = firstNonBlank(ldHeadline, meta.get("og:title"), meta.get("twitter:title"), docTitle,
                meta.get("citation_title"), meta.get("dc.title"));
        String stripped = raw == null ? null : stripSiteName(Whitespace.normalize(raw), site, url);
        // The one headline on the page is what readers see as the title; meta titles are often the site's.
        if (h1Text != null && h1LooksLikeHeadline && distinctTexts(Queries.select(doc, H1)) <= 2
                && (stripped == null || !namesSite(stripped, site, url))) {
            return h1Text;
        }
        if (h1Text == null) {
            // A blog's post under its name: the heading that links to the page itself is the post's title.
            String own = permalinkHeading(doc, url);
            if (own != null) return own;
        }
        if (h1Text == null && !anyTextOutsideSides(h1s)) {
            // No h1, or none with text (a logo) outside the side columns: the page's first content heading is its
            // headline, as readers see it.
            String h2 = contentHeading(doc, site, url);
            if (h2 != null) return h2;
        }
        if (stripped == null || namesSite(stripped, site, url)) return h1Text != null ? h1Text : stripped != null ? stripped : logo;
        return stripped;
    }

    private static final Evaluator SUBHEADINGS = QueryParser.parse("h2, h3");

    /** The first h2 or h3 that is one link to the page itself (a blog's permalink), when it says more than a word. */
    private static String permalinkHeading(Document doc, String url) {
        if (url == null) return null;
        String self = sameAddress(url);
        for (Element h : Queries.select(doc, SUBHEADINGS)) {
            var links = h.getElementsByTag("a");
            // A link to a place in the page ("#p655") points at a reply, not at the post.
            String href = links.size() == 1 ? links.first().absUrl("href") : "";
            if (href.indexOf('#') >= 0 || !sameAddress(href).equals(self) || HtmlMetadata.inComments(h)) continue;
            String t = visibleText(h);
            if (t.indexOf(' ') > 0 && alnum(links.first().text()).equals(alnum(t))) return t;
        }
        return null;
    }

    /** An address without its scheme, "www." and closing slash: two ways of writing one page agree. */
    private static String sameAddress(String url) {
        return SCHEME_AND_WWW.matcher(FRAGMENT.matcher(url.strip().toLowerCase(Locale.ROOT)).replaceFirst("")).replaceAll("")
                .replaceFirst("/+$", "");
    }

    /** A page's front page: no path beyond "/" or an index file, also where a proxy or archive wraps the address. */
    private static final Pattern FRONT_PAGE = Pattern.compile(
            "(?i)(?:^|/)https?://[^/?#]+/?(?:index\\.[a-z]+)?(?:[?#].*)?$");

    /**
     * True for an h1 that is one link to the site's front page, all of its text inside that link: the site's
     * name set as a heading. Not on the front page itself, where that link is the page's own.
     */
    private static boolean linksHome(Element h1, String text, String pageUrl) {
        var links = h1.getElementsByTag("a");
        if (links.size() != 1) return false;
        Element a = links.first();
        if (!alnum(a.text()).equals(alnum(text))) return false;
        // The page's own address with a query ("/?p=3289") is a post, not the front page.
        if (pageUrl != null && pageUrl.indexOf('?') < 0 && FRONT_PAGE.matcher(pageUrl.strip()).find()) return false;
        return a.attr("rel").equalsIgnoreCase("home") || FRONT_PAGE.matcher(a.absUrl("href")).find();
    }

    /**
     * The headline set right below an h1 that the page marks as the line above a headline ("<h1
     * class=strapline>Update: new maps</h1><h2 class=title>…</h2>"); null otherwise.
     */
    private static String headlineBelowStrapline(Element h1) {
        if (!KICKER.matcher(h1.className()).find()) return null;
        Element next = h1.nextElementSibling();
        if (next == null || !next.normalName().equals("h2")) return null;
        String t = visibleText(next);
        return SPACES.split(t).length >= 3 ? t : null;
    }

    /**
     * The first line of an h1 whose first line is its own text and whose further lines are elements of their own
     * ("Headline<br><small>date • category</small>"): a date, a category or a subtitle set below the headline.
     */
    private static String firstLine(Element h1) {
        StringBuilder first = new StringBuilder();
        boolean broken = false;
        boolean elementAfter = false;
        for (Node n : h1.childNodes()) {
            if (!broken) {
                if (n instanceof TextNode t) first.append(t.text());
                else if (n instanceof Element e && e.normalName().equals("br")) broken = true;
                else return null;
            } else if (n instanceof TextNode t) {
                if (!t.isBlank()) return null;
            } else if (n instanceof Element e && !e.normalName().equals("br")) {
                elementAfter = true;
            }
        }
        String line = Whitespace.normalize(first.toString());
        return broken && elementAfter && !line.isEmpty() ? line : null;
    }

    /** True when one of the elements outside the page's side columns and menus has text. */
    private static boolean anyTextOutsideSides(List<Element> elements) {
        for (Element e : elements) if (e.closest(SIDE) == null && !visibleText(e).isEmpty()) return true;
        return false;
    }

    private static int distinctTexts(List<Element> elements) {
        var texts = new java.util.HashSet<String>();
        for (Element e : elements) texts.add(Whitespace.normalize(e.text()).toLowerCase(Locale.ROOT));
        return texts.size();
    }

    private static final Pattern OPENING_SEPARATOR = Pattern.compile("^(?:\\s+[|·•»«\\-–—/]\\s+|\\s*\\|)");

    /** True when {@code title} opens with {@code headline}, then a separator ("Headline » Teaser | Site"). */
    private static boolean opensWith(String title, String headline) {
        return title.length() > headline.length()
                && comparable(title.substring(0, headline.length())).equals(comparable(headline))
                && OPENING_SEPARATOR.matcher(title.substring(headline.length())).find();
    }

    private static final Pattern LEADING_DATE = Pattern.compile(
            "^(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})\\s*[-–—|:]\\s+");

    /** "23.01.2022 - Headline": the day the story was filed, set before its headline, is no part of it. */
    private static String withoutLeadingDate(String title) {
        var m = LEADING_DATE.matcher(title);
        if (!m.find()) return title;
        String rest = title.substring(m.end());
        return SPACES.split(rest).length >= 3 ? rest : title;
    }

    /**
     * The title as the page shows it in a heading, when a heading differs from it only in its dashes and quotes:
     * the titles for machines often write "-" and '"' where the page sets "–" and "„…“".
     */
    private static String asShown(Document doc, String title) {
        String key = comparable(title);
        for (Element h : Queries.select(doc, HEADINGS)) {
            String t = visibleText(h);
            if (!t.equals(title) && comparable(t).equals(key)) return t;
        }
        return title;
    }

    private static final Evaluator CONTENT_HEADINGS = QueryParser.parse("h2");
    /** Class names of headings kept for screen readers: "hide-accessible", "sr-only", "visually-hidden". */
    private static final Pattern ACCESSIBLE_ONLY = Pattern.compile(
            "(?i)hide-?accessible|sr-only|visually-?hidden|screen-reader|offscreen|element-invisible|aural");


    /** True when one of the page's titles for machines holds {@code text}. */
    private static boolean repeated(String[] candidates, String text) {
        String key = comparable(text);
        for (String c : candidates) if (c != null && comparable(c).contains(key)) return true;
        return false;
    }

    private static final Evaluator SIDE = QueryParser.parse("nav, aside, footer, #sidebar, .sidebar, [role=navigation]");
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
            if (!n.equals("h2") || !inContent(e) || HtmlMetadata.inComments(e) || isHidden(e)) continue;
            // "[> Headline", "» Headline": glyphs set before a heading are decoration.
            String t = LEADING_MARKS.matcher(visibleText(e)).replaceFirst("");
            if (t.length() < 4 || t.length() > 200 || t.indexOf(' ') < 0 || namesSite(t, site, url)) continue;
            return t;
        }
        return null;
    }

    private static final int MAX_TEXT_BEFORE_HEADLINE = 300;

    /**
     * True outside the page's header, menus and side columns. A header inside the article, or one that holds
     * nothing but this heading, is the story's own header, not the page's.
     */
    private static boolean inContent(Element heading) {
        Element outside = heading.closest(NOT_CONTENT);
        if (outside == null) return true;
        if (!outside.normalName().equals("header")) return false;
        if (outside.closest(ARTICLE_OR_MAIN) == null && !alnum(outside.text()).equals(alnum(heading.text()))) return false;
        Element parent = outside.parent();
        return parent == null || parent.closest(NOT_CONTENT) == null;
    }

    private static boolean isHidden(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.hasAttr("hidden") || HIDDEN.matcher(p.className()).find()) return true;
        }
        return false;
    }

    private static final Pattern STRONG_SEPARATOR = Pattern.compile("\\s+[|·•»«│]\\s+|\\s+::\\s+|\\s*[|│]\\s*");
    private static final Pattern WEAK_SEPARATOR = Pattern.compile("\\s+[-–—:/]\\s+");

    /** "Headline | Site" and "Site - Headline" to "Headline", when the part dropped names the site. */
    static String stripSiteName(String title, String site, String url) {
        String host = HtmlMetadata.host(url);
        if (host != null) host = alnum(TOP_LEVEL_DOMAIN.matcher(host).replaceFirst(""));
        String siteKey = site == null ? null : alnum(site);
        String registered = hostLabel(url);
        // "标题！-新华网": Chinese and Japanese titles set the site's name off with a bare dash.
        var cjk = CJK_SITE_SUFFIX.matcher(title);
        if (cjk.matches()) return cjk.group(1);
        for (Pattern sep : new Pattern[] {STRONG_SEPARATOR, WEAK_SEPARATOR}) {
            List<String> parts = new ArrayList<>(List.of(sep.split(title)));
            if (parts.size() < 2) continue;
            // The site's name at either end; where both ends name it ("gipfelbuch.ch - Section - News on
            // gipfelbuch.ch"), the end that is more nearly the name alone.
            double first = siteShare(parts.get(0), siteKey, host, registered);
            double last = siteShare(parts.get(parts.size() - 1), siteKey, host, registered);
            boolean changed = first > 0 || last > 0;
            if (first > 0 && last > 0 && first != last) {
                parts.remove(first > last ? 0 : parts.size() - 1);
            } else {
                // "Headline - Site.de - Site": the name may close the title more than once.
                while (parts.size() > 1 && siteShare(parts.get(parts.size() - 1), siteKey, host, registered) > 0) {
                    parts.remove(parts.size() - 1);
                }
                if (first > 0 && parts.size() > 1) parts.remove(0);
            }
            if (changed && sep == STRONG_SEPARATOR && parts.size() > 1) {
                // "Blog Archive | Headline | Site": what is left beside the headline is a section's name.
                return longest(parts);
            }
            if (changed && parts.size() > 1) {
                // "Site - Headline - Section - Category": beside a headline of several words, parts of a word or
                // two are the site's sections.
                String headline = longest(parts);
                boolean sectionsOnly = SPACES.split(headline).length >= 4;
                for (String p : parts) {
                    if (!p.equals(headline) && SPACES.split(p.strip()).length > 2) sectionsOnly = false;
                }
                if (sectionsOnly) return headline;
            }
            if (changed) return String.join(sep == STRONG_SEPARATOR ? " | " : " - ", parts).strip();
            if (sep == STRONG_SEPARATOR) {
                // A pipe almost always sets off the site's name: keep the longest part.
                return longest(parts);
            }
        }
        return title;
    }

    private static final Pattern CJK_SITE_SUFFIX = Pattern.compile(
            "(.*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}！？。」』）》].*?)\\s*[-－|｜]\\s*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]{2,8}");

    /**
     * How much of a title's part is the site's name (its name, host or registered domain), from 0 (not named)
     * to 1 (the part is the name alone).
     */
    private static double siteShare(String part, String siteKey, String host, String registered) {
        String key = alnum(part);
        if (key.isEmpty()) return 0;
        int named = 0;
        if (siteKey != null && !siteKey.isEmpty()) {
            if (siteKey.contains(key)) return 1;
            if (key.contains(siteKey)) named = siteKey.length();
        }
        if (host != null && !host.isEmpty()) {
            if (host.contains(key)) return 1;
            if (key.contains(host)) named = Math.max(named, host.length());
        }
        if (registered != null && registered.length() >= 4 && key.contains(registered)) {
            named = Math.max(named, registered.length());
        }
        return (double) named / key.length();
    }

    private static String longest(List<String> parts) {
        String best = parts.get(0);
        for (String p : parts) if (p.length() > best.length()) best = p;
        return best.strip();
    }

    /** Lower case, with every dash as "-", every quotation mark as '"' and an ellipsis as three dots. */
    private static String comparable(String s) {
        return QUOTATION_MARKS.matcher(DASHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("\"")
                .replace("…", "...");
    }

    /** Class names of the line set above a headline inside its h1: "dachzeile", "kicker", "roofline", "topic-label". */
    private static final Pattern KICKER = Pattern.compile("(?i)dachzeile|kicker|roofline|topline|overline|eyebrow|"
            + "supertitle|subtitle|pretitle|superline|strapline|topic|label|titleheader|spitzmarke|rubri|ressort|category|"
            + "kategorie");

    /**
     * The headline of an h1 that opens with a kicker in an element of its own ("<span class=dachzeile>Energy
     * crisis</span> Prices rise again"): the rest, as readers read it as the headline. Null when there is none.
     */
    private static String withoutKicker(Element h1) {
        Element first = null;
        for (Node n : h1.childNodes()) {
            if (n instanceof TextNode t && t.isBlank()) continue;
            if (n instanceof Element e) first = e;
            break;
        }
        // "<span class=kicker>…</span><span class=headline>…</span>": the element named for the headline.
        for (Element c : h1.children()) {
            if (c != first && c.className().toLowerCase(Locale.ROOT).contains("headline")) {
                String t = visibleText(c);
                if (SPACES.split(t).length >= 3) return t;
            }
        }
        if (first == null || !KICKER.matcher(first.className()).find()) return null;
        String kicker = visibleText(first);
        String all = visibleText(h1);
        if (kicker.isEmpty() || !all.startsWith(kicker)) return null;
        String rest = LEADING_SEPARATORS.matcher(all.substring(kicker.length())).replaceFirst("").strip();
        return SPACES.split(rest).length >= 3 ? rest : null;
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
            if (c != h1 && TRAILING_SEPARATORS.matcher(Whitespace.normalize(c.text())).replaceAll("").equalsIgnoreCase(text)) return true;
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
        String host = HtmlMetadata.host(url);
        return host != null && (alnum(host).equals(key) || alnum(TOP_LEVEL_DOMAIN.matcher(host).replaceFirst("")).equals(key));
    }
}
