package org.dateline.page.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The publication date as a reader sees it in the page's text, for pages whose markup gives none. One walk
 * over the text: a date after a publication cue ("Erschienen am", "Published", "publié le") wins; else the
 * first date after the headline; else the first date in the page's text. A date after an update cue
 * ("Letzte Änderung", "Updated") is the modified date, taken only when the page states no other.
 */
final class TextDates {
    // Patterns compiled once (String.replaceAll, split and matches compile theirs on every call).
    private static final Pattern LEADING_SCHEME = Pattern.compile("^https?://");
    private static final Pattern LEADING_WWW = Pattern.compile("^www\\.");
    private static final Pattern HOME_PAGE = Pattern.compile("(?i)(?:https?:)?//[^/?#]+/?(?:index\\.\\w+)?");
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?:erschienen|veröffentlicht|publiziert|published|posted|publié|publiée|publicado|publicada|pubblicato"
            + "|gepubliceerd|opublikowano|datum|date|erstellt|created|geschrieben|written|released|issued)"
            + "\\s*(?:am|on|le|el|il|op|:|den|em)?\\s*:?\\s*(?:\\p{L}+,?\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MODIFIED_CUE = Pattern.compile(
            "(?:geändert|änderung|aktualisiert|updated|update|modified|mis à jour|actualizado|actualización|aggiornato"
            + "|bijgewerkt|revised|edited|last)\\s*(?:am|on|le|el|il|op|:|den|em)?\\s*:?\\s*(?:\\p{L}+,?\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Dates that are never the page's: the clock a forum or portal prints ("Aktuelle Zeit", "It is currently"),
     * a member's sign-up day ("Registriert", "Joined"), a birthday, the end of a period ("bis", "until").
     */
    private static final Pattern NOT_THE_PAGES_CUE = Pattern.compile(
            "(?<!\\p{L})(?:aktuelle[s]?\\s+(?:zeit|datum(?:\\s+und\\s+uhrzeit)?)|current\\s+(?:time|date)|it\\s+is\\s+(?:currently|now)"
            + "|es\\s+ist\\s+jetzt|heute\\s+ist|today\\s+is|nous\\s+sommes\\s+le|hoy\\s+es|heure\\s+actuelle"
            + "|registriert(?:\\s+seit)?|registered(?:\\s+on|\\s+since)?|joined(?:\\s+on)?|member\\s+since|mitglied\\s+seit"
            + "|dabei\\s+seit|anmeldedatum|beigetreten|inscrit(?:e)?(?:\\s+le|\\s+depuis)?|registrado(?:\\s+desde)?"
            + "|iscritto(?:\\s+il|\\s+dal)?|geboren(?:\\s+am)?|born(?:\\s+on)?|date\\s+of\\s+birth|geburtsdatum"
            // The end of a period ("gesperrt vom 24. April bis 2. Oktober 2017"): a schedule, not a date line.
            + "|bis(?:\\s+zum)?|until|till|jusqu'au|hasta\\s+el|fino\\s+al)"
            + "\\s*:?\\s*(?:\\p{L}+,?\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A byline running into the date: "by lupa on", "von lupa am", "par Jean le", "by admin »". */
    private static final Pattern BYLINE_CUE = Pattern.compile(
            "(?<!\\p{L})(?:von|by|par|por|door|av)\\s+[\\p{L}\\d_.'-]+(?:\\s+[\\p{L}\\d_.'-]+){0,2}\\s+(?:am|on|le|el|op|»)"
            + "\\s*:?\\s*(?:\\p{L}+,?\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Text after the headline worth reading for its date line. */
    private static final int NEAR_HEADLINE = 1500;

    private TextDates() {
    }

    /**
     * The page's written publication date, or null.
     *
     * @param body     the page body
     * @param headline the headline element, or null
     */
    static String find(Element body, Element headline, boolean dayFirst) {
        String[] found = findOwnOrOther(body, headline, dayFirst);
        return found[0] != null ? found[0] : found[1];
    }

    /** The page's own written date, and (for a page that shows none) the first date of other content. */
    static String[] findOwnOrOther(Element body, Element headline, boolean dayFirst) {
        String[] other = new String[1];
        String own = own(body, headline, dayFirst, other);
        return new String[] {own, other[0]};
    }

    private static String own(Element body, Element headline, boolean dayFirst, String[] other) {
        Walk walk = new Walk(headline, dayFirst);
        NodeTraversor.filter(walk, body);
        other[0] = walk.inOtherContent;
        if (walk.cued != null) return walk.cued;
        // A date line (a date standing alone, or opening a dateline) under the headline or just above it.
        // A date line right on top of the headline beats one that only comes after the standfirst or a teaser.
        if (walk.lineAboveHeadline != null && walk.aboveGap <= TOUCHING && walk.belowGap > NEAR_LINE) {
            return walk.lineAboveHeadline;
        }
        if (walk.lineNearHeadline != null) return walk.lineNearHeadline;
        if (walk.lineAboveHeadline != null) return walk.lineAboveHeadline;
        // "Last changed on ..." beats a date in the prose: that one is what the story is about.
        if (walk.updated != null) return walk.updated;
        if (walk.nearHeadline != null) return walk.nearHeadline;
        other[0] = walk.inOtherContent;
        if (walk.firstLine != null) return walk.firstLine;
        return walk.first;
    }

    private static final Pattern LOGO = Pattern.compile("logo|brand|site-?title|site-?name|masthead");

    /**
     * The story's headline: the first {@code h1} that is not the site's logo (a masthead {@code h1} holding only
     * a link home) nor empty, or null. The date beside a logo is today's, not the story's.
     */
    static Element storyHeadline(Element body) {
        for (Element h : body.getElementsByTag("h1")) {
            if (!isLogo(h)) return h;
        }
        return null;
    }

    /** True for an {@code h1} that is the site's name or logo rather than a headline. */
    static boolean isLogo(Element h1) {
        if (LOGO.matcher((h1.className() + " " + h1.id()).toLowerCase(Locale.ROOT)).find()) return true;
        // An empty h1 (a logo drawn by the style sheet, a headline a script fills in) heads nothing.
        if (h1.text().isBlank()) return true;
        var links = h1.getElementsByTag("a");
        if (links.isEmpty()) return false;
        for (Element a : links) {
            String href = a.attr("href").strip();
            boolean home = href.equals("/") || HOME_PAGE.matcher(href).matches();
            boolean logo = LOGO.matcher((a.className() + " " + a.id()).toLowerCase(Locale.ROOT)).find();
            if (!home && !logo) return false;
        }
        // Every link goes home; the text outside them would be a headline's.
        int inLinks = 0;
        for (Element a : links) inLinks += a.text().length();
        return h1.text().length() - inLinks < 3;
    }

    private static final Pattern COMMENTS = Pattern.compile("(?<![a-z])(?:comment|respond|repl(?:y|ies))");
    /** Words that name a box of other stories, at the start of the first class name or id or after a dash in it. */
    private static final Pattern OTHER_STORIES = Pattern.compile(
            "(?:^|[-_])(?:teaser|related|recommend|more-?(?:news|stories|articles)|similar|popular|trending|"
            + "most-?read|sidebar|widget|recent|aside)");

    /**
     * True when a class or id names a comment section or item ("comments", "comment-body", "reply"); not a
     * word that merely contains it ("articleheadercomment" is an opinion piece's header).
     */
    static boolean namesComments(String classAndId) {
        return COMMENTS.matcher(classAndId).find();
    }

    /**
     * True inside a comment section, a list of other stories (teasers, related, sidebar) or an embedded post:
     * not this page's date.
     */
    static boolean inOtherContent(Element e) {
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (isNamedOther(p) && isOwnTeaser(p)) return false;
        }
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (isOtherStories(p)) return true;
            if ((p.hasAttr("class") || p.hasAttr("id"))
                    && namesComments((p.className() + " " + p.id()).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern STORY_META = Pattern.compile("^(?:meta|byline|dateline|article-?info|post-?info|entry-?meta)");
    private static final org.jsoup.select.Evaluator THE_STORY = org.jsoup.select.QueryParser.parse(
            "h1, article, [itemprop=articleBody]");

    /**
     * An aside, an embedded post (a quoted tweet, a photo's caption) or a box of other stories; a layout class
     * ("mainwrap sidebar") on the element that holds the story itself does not count.
     */
    static boolean isOtherStories(Element e) {
        return isNamedOther(e) && !isOwnTeaser(e);
    }

    /** An aside, embed or box named for other stories, whether or not it is the page's own entry. */
    private static boolean isNamedOther(Element e) {
        String n = e.normalName();
        if (n.equals("blockquote") || n.equals("figure")) return true;
        if (n.equals("body") || n.equals("html") || n.equals("main")) return false;
        // The element's first class name or its id says what it is; later class names are often layout modifiers.
        String cls = e.className().strip();
        int space = cls.indexOf(' ');
        String first = (space < 0 ? cls : cls.substring(0, space)).toLowerCase(Locale.ROOT);
        boolean named = OTHER_STORIES.matcher(first).find() || OTHER_STORIES.matcher(e.id().toLowerCase(Locale.ROOT)).find();
        // An aside named for the story's meta data ("meta", "byline") holds the story's own date.
        boolean otherAside = n.equals("aside") && !STORY_META.matcher(first + " " + e.id().toLowerCase(Locale.ROOT)).find();
        return (named || otherAside) && !holdsStory(e);
    }

    /** True when the element holds a headline, an article or an article body other than itself. */
    private static boolean holdsStory(Element e) {
        for (Element x : e.select(THE_STORY)) {
            if (x != e) return true;
        }
        return false;
    }

    private static final org.jsoup.select.Evaluator LINK = org.jsoup.select.QueryParser.parse("a[href]");
    private static final org.jsoup.select.Evaluator HEADING = org.jsoup.select.QueryParser.parse("h1, h2, h3, h4");

    /**
     * True for a box whose first heading links to this very page: the page's own entry in a list or teaser
     * (a blog's post title linking to itself), whose date is the page's.
     */
    static boolean isOwnTeaser(Element box) {
        Element heading = box.selectFirst(HEADING);
        if (heading == null) return false;
        Element link = heading.selectFirst(LINK);
        if (link == null) return false;
        String page = samePage(box.ownerDocument() == null ? "" : box.ownerDocument().location());
        if (page.isEmpty()) return false;
        return samePage(link.absUrl("href")).equals(page);
    }

    /** A URL without scheme, "www.", fragment and trailing slash, for telling links to one page apart. */
    static String samePage(String url) {
        if (url == null || url.isBlank()) return "";
        String u = LEADING_WWW.matcher(LEADING_SCHEME.matcher(url.strip().toLowerCase(Locale.ROOT)).replaceFirst("")).replaceFirst("");
        int hash = u.indexOf('#');
        if (hash >= 0) u = u.substring(0, hash);
        while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
        return u;
    }

    /** Every day written in the page's visible text (scripts and styles left out). */
    static java.util.Set<String> shownDays(Element body, boolean dayFirst) {
        java.util.Set<String> days = new java.util.HashSet<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    String n = e.normalName();
                    return n.equals("script") || n.equals("style") || n.equals("template") || n.equals("noscript")
                            ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                }
                if (node instanceof TextNode t && hasYear(t.getWholeText())) {
                    String s = Whitespace.normalize(t.getWholeText());
                    int from = 0;
                    while (from < s.length()) {
                        Dates.Found d = Dates.find(from == 0 ? s : s.substring(from), dayFirst);
                        if (d == null) break;
                        days.add(Dates.day(d.iso()));
                        from += Math.max(1, d.end());
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return days;
    }

    /** True when the text just before a date says the date is an update. */
    static boolean isUpdate(String before) {
        return MODIFIED_CUE.matcher(tail(before)).find();
    }

    /** True when the text just before a date says it is not the page's (today's clock, a member's sign-up day). */
    static boolean isNotThePages(String before) {
        return NOT_THE_PAGES_CUE.matcher(tail(before)).find();
    }

    static boolean isPublication(String before) {
        return PUBLISHED_CUE.matcher(tail(before)).find() || BYLINE_CUE.matcher(tail(before)).find();
    }

    private static String tail(String s) {
        return s.length() > 40 ? s.substring(s.length() - 40) : s;
    }

    /** Whether a text may hold a year: four digits starting 19 or 20. Cheap, to skip most text nodes. */
    static boolean hasYear(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                run++;
                if (run >= 2 && (i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1)))) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }

    /** A date with at most this much other text in its text node is a date line, not a date in the prose. */
    private static final int DATE_LINE_REST = 40;
    /** Characters of text between a date line and the headline that still count as touching it. */
    private static final int TOUCHING = 10;
    /** A date line this close below the headline (characters of text between) is the headline's own. */
    private static final int NEAR_LINE = 300;
    /** A date line this close above the headline (characters of text between) is the story's. */
    private static final int ABOVE_HEADLINE = 200;

    private static final class Walk implements NodeFilter {
        final Element headline;
        final boolean dayFirst;
        boolean afterHeadline;
        int readAfterHeadline;
        String cued;
        String lineNearHeadline;
        String lineAboveHeadline;
        /** Characters of text between the date line above the headline and the headline, and below it. */
        int aboveGap;
        int belowGap = Integer.MAX_VALUE;
        final int headlineLength;
        String nearHeadline;
        String firstLine;
        String first;
        String updated;
        String inOtherContent;
        /** The teaser or sidebar being read, or null. */
        Element otherContent;
        /** The page's own entry in a list of teasers being read (its heading links to this page), or null. */
        Element ownTeaser;
        /** The last date line before the headline, and the text read since. */
        String lastLine;
        int sinceLastLine;
        /** The text read just before the current node, for cues split from their date by markup. */
        String previous = "";

        Walk(Element headline, boolean dayFirst) {
            this.headline = headline;
            this.dayFirst = dayFirst;
            this.headlineLength = headline == null ? 0 : Whitespace.normalize(headline.text()).length();
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (cued != null) return FilterResult.STOP;
            if (node instanceof Element e) {
                if (e == headline) {
                    afterHeadline = true;
                    if (lastLine != null && sinceLastLine <= ABOVE_HEADLINE) {
                        lineAboveHeadline = lastLine;
                        aboveGap = sinceLastLine;
                    }
                }
                String n = e.normalName();
                if (n.equals("script") || n.equals("style") || n.equals("nav") || n.equals("footer")
                        || n.equals("select") || n.equals("noscript") || isComments(e) || isNavigation(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (ownTeaser == null && otherContent == null && isNamedOther(e) && isOwnTeaser(e)) ownTeaser = e;
                if (ownTeaser == null && otherContent == null && isOtherStories(e)) otherContent = e;
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof TextNode t)) return FilterResult.CONTINUE;
            String text = t.getWholeText();
            if (text.isBlank()) return FilterResult.CONTINUE;
            String norm = Whitespace.normalize(text);
            if (afterHeadline) readAfterHeadline += norm.length();
            else sinceLastLine += norm.length();
            if (otherContent != null) {
                // Other stories' dates: only for a page that shows no other date.
                if (inOtherContent == null && hasYear(text)) {
                    Dates.Found d = Dates.find(norm, dayFirst);
                    if (d != null) inOtherContent = d.iso();
                }
                return FilterResult.CONTINUE;
            }
            if (hasYear(text)) {
                Dates.Found d = Dates.find(norm, dayFirst);
                if (d != null) {
                    String before = previous + " " + norm.substring(0, d.start());
                    boolean line = norm.length() - (d.end() - d.start()) <= DATE_LINE_REST || d.start() <= 2;
                    if (isNotThePages(before)) {
                        // Neither a date line nor a date in the prose: skipped.
                    } else if (isUpdate(before)) {
                        if (updated == null) updated = d.iso();
                    } else {
                        if (isPublication(before)) cued = d.iso();
                        boolean near = afterHeadline && readAfterHeadline <= NEAR_HEADLINE;
                        if (near && nearHeadline == null) nearHeadline = d.iso();
                        if (near && line && lineNearHeadline == null) {
                            lineNearHeadline = d.iso();
                            belowGap = readAfterHeadline - norm.length() + d.start() - headlineLength;
                        }
                        if (line && firstLine == null) firstLine = d.iso();
                        if (line && !afterHeadline) {
                            lastLine = d.iso();
                            // Counted from the end of the date line: the rest of its line is the line itself.
                            sinceLastLine = 0;
                        }
                        if (first == null) first = d.iso();
                    }
                }
            }
            // The last words read, across text nodes: "von <b>lupa</b> am 26/10/13" splits its cue over three.
            String joined = previous + " " + norm;
            previous = joined.length() > 60 ? joined.substring(joined.length() - 60) : joined;
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node == otherContent) otherContent = null;
            if (node == ownTeaser) ownTeaser = null;
            return FilterResult.CONTINUE;
        }
    }

    private static final Pattern NAVIGATION = Pattern.compile("^(?:nav|menu|breadcrumb)|[-_](?:nav|menu)(?:$|[-_])|nav$");

    /** A list named for the site's navigation ("mainNav", "menu-top", "breadcrumb"): its dates are other pages'. */
    static boolean isNavigation(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) return false;
        String cls = e.className().strip();
        int space = cls.indexOf(' ');
        String first = (space < 0 ? cls : cls.substring(0, space)).toLowerCase(Locale.ROOT);
        return NAVIGATION.matcher(first).find() || NAVIGATION.matcher(e.id().toLowerCase(Locale.ROOT)).find();
    }

    private static boolean isComments(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) return false;
        if (e.normalName().equals("body") || e.normalName().equals("html")) return false;
        return namesComments((e.className() + " " + e.id()).toLowerCase(Locale.ROOT));
    }

}
