package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The main text of an HTML page, readability-style: boilerplate is removed by tag and by class/id hints,
 * every element is scored by the paragraphs it holds (their length, commas, link density), the best-scoring
 * container and its good siblings are kept, and their text is written out block by block in reading order.
 * Every walk over the tree is iterative, so nesting depth costs no stack.
 */
public final class ContentExtractor {
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "button", "input", "select", "textarea", "option", "link", "meta", "nav",
            "aside", "footer", "dialog", "menu", "audio", "video", "map", "picture", "source", "math", "head");
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody",
            "thead", "tfoot", "blockquote", "pre", "figure", "figcaption", "form", "fieldset", "address", "hr", "center",
            "caption", "details", "summary", "body", "html", "nav", "br");
    /** Class and id words of boilerplate containers. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|sidebar|side-bar|footer|foot\\b|nav|menu|share|sharing|social|related|newsletter|cookie|consent"
                    + "|promo|advert|\\bads?\\b|\\bad-|-ad\\b|adslot|sponsor|breadcrumb|popup|modal|subscribe|signup"
                    + "|sign-up|widget|masthead|outbrain|taboola|disqus|\\btags?\\b|tag-list|taglist|author-?bio"
                    + "|about-author|pagination|pager|skip|login|search|toolbar|tools|utility|print|byline|dateline"
                    + "|timestamp|caption|credit|recommend|more-stories|read-more|readmore|trending|popular|most-read"
                    + "|jump|banner|hidden|offscreen|sr-only|visually-hidden|rating|disclaimer|copyright|legal"
                    + "|follow|newsletter|paywall|teaser|thumb|gallery|slideshow|carousel|video|player|overlay");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|page|post|text|blog|story|prose|paragraph|rich-?text|markdown|column");
    private static final Pattern STRONG_NEGATIVE = Pattern.compile(
            "comment|share|sharing|social|related|newsletter|cookie|consent|sidebar|breadcrumb|outbrain|taboola"
                    + "|disqus|recommend|more-stories|trending|most-read|popular|subscribe|signup|paywall|author-?bio"
                    + "|about-author|caption|credit|hidden|sr-only|visually-hidden|byline|footer");
    /** A whole class word holding a strong negative, so that what is left can still say "article". */
    private static final Pattern STRONG_NEGATIVE_WORD = Pattern.compile(
            "[\\w-]*(?:comment|share|social|related|caption|credit|byline|footer)[\\w-]*");
    private static final Pattern SPACES_AROUND_NEWLINE = Pattern.compile(" *\n *");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{2,}");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]\\p{Pf}?$");
    /** Class words of a heading over other stories. */
    private static final Pattern OTHER_STORIES = Pattern.compile(
            "related|recommend|more-stories|morestories|trending|most-read|popular|read-more|also-read|you-may-like");
    /** Class words of a block that wraps an image. */
    private static final Pattern IMAGE_BLOCK = Pattern.compile(
            "(?:^|[\\s_-])(?:image|img|photo|picture|figure|media)s?(?:$|[\\s_-])");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final int MAX_CAPTION = 400;
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "^(?:advertisement|advert|anzeige|publicité|publicidad|werbung|read more|continue reading|weiterlesen|lire la suite"
                    + "|share(?: this)?(?: article| story)?:?|tweet|email|print|facebook|twitter|linkedin|whatsapp"
                    + "|related(?: articles| stories| posts)?:?|see also:?|more:?|getty images|ap photo|skip to content"
                    + "|sponsored|story continues below|article continues below|scroll to continue.*|gefällt mir|wird geladen\\.*"
                    + "|loading\\.*|rezept drucken|print recipe|jump to recipe|bild vergrößern|zoom)$",
            Pattern.CASE_INSENSITIVE);
    // The class-name patterns above, searched word by word (the regex engine's way was the stage's top cost).
    private static final Alternation NEGATIVE_ANY = Alternation.of(NEGATIVE);
    private static final Alternation POSITIVE_ANY = Alternation.of(POSITIVE);
    private static final Alternation STRONG_NEGATIVE_ANY = Alternation.of(STRONG_NEGATIVE);
    static final int MIN_PARAGRAPH = 25;
    private static final int CLIMB_LEVELS = 5;

    private ContentExtractor() {
    }

    /** Counts of an element's subtree. */
    static final class Stats {
        int text;
        int linkText;
        int commas;
        /** Text in paragraphs that are not mostly links: what an article is made of. */
        int paragraphText;
        double score;
        boolean scored;
    }

    /** The main text of {@code doc}, paragraphs separated by blank lines. Modifies {@code doc}. */
    public static String extract(Document doc) {
        return extract(doc, false);
    }

    /**
     * The main text; {@code lenient} removes only what is never text (scripts, hidden and form elements), for
     * pages whose class names mislead the strict pass. Modifies {@code doc}.
     */
    public static String extract(Document doc, boolean lenient) {
        Element body = doc.body();
        if (body == null) return "";
        clean(body, lenient ? null : measure(body));
        Map<Element, Stats> stats = measure(body);
        Element top = topCandidate(body, stats);
        if (top == null) return render(List.of(body), stats);
        List<Element> kept = withSiblings(top, stats);
        String text = render(kept, stats);
        if (text.length() < 200 && top != body) {
            // A tiny pick means the scorer went wrong; the whole cleaned body is a better answer.
            String all = render(List.of(body), stats);
            if (all.length() > text.length() * 3) return all;
        }
        return text;
    }

    /** Removes what is never article text: scripts, navigation, hidden and boilerplate containers. */
    static void clean(Element body, Map<Element, Stats> before) {
        List<Node> drop = new ArrayList<>();
        // Pages repeat the same few class names on many elements: each is judged once.
        Map<String, Boolean> unlikelyHints = new HashMap<>();
        Set<Element> dropped = Collections.newSetFromMap(new IdentityHashMap<>());
        int bodyText = before == null ? 0 : before.get(body).text;
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    drop.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                String tag = e.normalName();
                if (DROP_TAGS.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                        || e.hasAttr("style") && HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                    if (e != body) {
                        drop.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                if (dropped.contains(e)) return FilterResult.SKIP_ENTIRELY;
                if (before != null && HEADINGS.contains(tag) && opensOtherStories(e, unlikelyHints)) {
                    // A "Related stories" heading opens teasers that run to the end of its container.
                    List<Element> rest = new ArrayList<>();
                    int restText = before.get(e).text;
                    int restParagraphs = 0;
                    for (Element sib = e.nextElementSibling(); sib != null; sib = sib.nextElementSibling()) {
                        rest.add(sib);
                        restText += before.get(sib).text;
                        restParagraphs += before.get(sib).paragraphText;
                    }
                    // Large when each teaser has its excerpt; still other stories when they repeat one markup and
                    // the article came before the heading.
                    if (restText < bodyText * 0.4 || sameMarkup(rest, before)
                            && paragraphTextBefore(e, before) >= restParagraphs / 4) {
                        drop.add(e);
                        drop.addAll(rest);
                        dropped.addAll(rest);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                // A container with most of the page's text is the page, whatever its class says.
                if (before != null && e != body && !tag.equals("article") && !tag.equals("main") && unlikely(e, unlikelyHints)
                        && before.get(e).text < bodyText * 0.4) {
                    drop.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        for (Node n : drop) n.remove();
    }

    /** Two or more elements with text, all of one tag (scripts and empty slots between them aside). */
    private static boolean sameMarkup(List<Element> elements, Map<Element, Stats> stats) {
        String tag = null;
        int withText = 0;
        for (Element e : elements) {
            if (stats.get(e).text == 0 || DROP_TAGS.contains(e.normalName())) continue;
            if (tag == null) tag = e.normalName();
            else if (!tag.equals(e.normalName())) return false;
            withText++;
        }
        return withText >= 2;
    }

    /** Article-paragraph text that comes before {@code e} in reading order. */
    private static int paragraphTextBefore(Element e, Map<Element, Stats> stats) {
        int sum = 0;
        for (Element cur = e; cur != null && cur.parent() != null; cur = cur.parent()) {
            for (Element sib = cur.previousElementSibling(); sib != null; sib = sib.previousElementSibling()) {
                Stats s = stats.get(sib);
                if (s != null) sum += s.paragraphText;
            }
        }
        return sum;
    }

    private static boolean opensOtherStories(Element heading, Map<String, Boolean> known) {
        String h = hints(heading);
        if (!h.isEmpty() && OTHER_STORIES.matcher(h).find() && unlikely(heading, known)) return true;
        String text = heading.text();
        return !text.isEmpty() && Boilerplate.opensOtherStories(text);
    }

    static String hints(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    private static boolean unlikely(Element e, Map<String, Boolean> known) {
        String h = hints(e);
        if (h.isEmpty()) {
            String role = e.attr("role");
            return role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                    || role.equals("banner") || role.equals("dialog");
        }
        Boolean verdict = known.get(h);
        if (verdict == null) {
            verdict = unlikelyHints(h);
            known.put(h, verdict);
        }
        return verdict;
    }

    private static boolean unlikelyHints(String h) {
        if (STRONG_NEGATIVE_ANY.find(h)) {
            // "article-body comments-count" is the article; a bare "comments" block is not.
            return !POSITIVE_ANY.find(STRONG_NEGATIVE_WORD.matcher(h).replaceAll(""));
        }
        return NEGATIVE_ANY.find(h) && !POSITIVE_ANY.find(h);
    }

    /** Text, link-text and comma counts for every element, summed bottom-up in one iterative pass. */
    static Map<Element, Stats> measure(Element root) {
        Map<Element, Stats> map = new IdentityHashMap<>();
        List<Stats> stack = new ArrayList<>();
        int[] linkDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Stats s = new Stats();
                    map.put(e, s);
                    stack.add(s);
                    if (e.normalName().equals("a")) linkDepth[0]++;
                } else if (node instanceof TextNode t && !stack.isEmpty()) {
                    String w = t.getWholeText();
                    Stats s = stack.get(stack.size() - 1);
                    // Visible length (runs of white space count once) and commas in one pass over the text.
                    int len = 0;
                    int commas = 0;
                    boolean space = true;
                    for (int i = 0, n = w.length(); i < n; i++) {
                        char c = w.charAt(i);
                        boolean sp = Whitespace.isSpace(c);
                        if (!sp || !space) len++;
                        space = sp;
                        if (c == ',' || c == '，' || c == '、') commas++;
                    }
                    s.text += len;
                    if (linkDepth[0] > 0) s.linkText += len;
                    s.commas += commas;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    Stats s = stack.remove(stack.size() - 1);
                    String tag = e.normalName();
                    if ((tag.equals("p") || tag.equals("pre") || tag.equals("blockquote")) && s.text >= MIN_PARAGRAPH
                            && linkDensity(s) < 0.5) {
                        s.paragraphText = s.text;
                    }
                    if (!stack.isEmpty()) {
                        Stats p = stack.get(stack.size() - 1);
                        p.text += s.text;
                        p.linkText += s.linkText;
                        p.commas += s.commas;
                        p.paragraphText += s.paragraphText;
                    }
                    if (e.normalName().equals("a")) linkDepth[0]--;
                }
            }
        }, root);
        return map;
    }

    static int visibleLength(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean sp = Whitespace.isSpace(s.charAt(i));
            if (!sp || !space) n++;
            space = sp;
        }
        return n;
    }

    static double linkDensity(Stats s) {
        return s.text == 0 ? 0 : (double) s.linkText / s.text;
    }

    /** Elements that hold text themselves the way a paragraph does. */
    private static boolean paragraphLike(Element e) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) return true;
        if (tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("span")
                || tag.equals("font") || tag.equals("li") || tag.equals("dd")) {
            int own = 0;
            for (Node c : e.childNodes()) {
                if (c instanceof TextNode t) own += visibleLength(t.getWholeText());
                else if (c instanceof Element ce && !BLOCK_TAGS.contains(ce.normalName())) own += 0;
            }
            return own >= MIN_PARAGRAPH && !tag.equals("span");
        }
        return false;
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "main", "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return s + classWeight(e);
    }

    static double classWeight(Element e) {
        String h = hints(e);
        if (h.isEmpty()) {
            return e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody") ? 25 : 0;
        }
        double w = 0;
        if (NEGATIVE_ANY.find(h)) w -= 25;
        if (POSITIVE_ANY.find(h)) w += 25;
        if (e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) w += 25;
        return w;
    }

    private static Element topCandidate(Element body, Map<Element, Stats> stats) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!paragraphLike(e)) continue;
            Stats s = stats.get(e);
            if (s == null || s.text < MIN_PARAGRAPH) continue;
            double score = 1 + s.commas + Math.min(s.text / 100.0, 3);
            score *= 1 - linkDensity(s);
            Element anc = e.parent();
            for (int level = 0; anc != null && level < 3; level++, anc = anc.parent()) {
                Stats as = stats.get(anc);
                if (as == null) break;
                if (!as.scored) {
                    as.scored = true;
                    as.score = initialScore(anc);
                    candidates.add(anc);
                }
                as.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            }
        }
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            Stats s = stats.get(c);
            s.score *= 1 - linkDensity(s);
            if (s.score > best) {
                best = s.score;
                top = c;
            }
        }
        if (top == null) return null;
        // An article split into several blocks (by ads, by figures) has its top pick in one of them: climb while
        // the parent holds clearly more article paragraphs than the pick.
        Element cur = top;
        boolean climbed = true;
        while (climbed && cur != body) {
            climbed = false;
            Stats cs = stats.get(cur);
            Element anc = cur.parent();
            // Wrappers holding the same paragraphs are looked through, a few levels up.
            for (int level = 0; anc != null && level < CLIMB_LEVELS; level++, anc = anc.parent()) {
                Stats as = stats.get(anc);
                if (as == null) break;
                if (as.paragraphText >= cs.paragraphText * 1.25 + MIN_PARAGRAPH && linkDensity(as) < 0.5) {
                    cur = anc;
                    climbed = true;
                    break;
                }
                if (anc == body) break;
            }
        }
        return cur;
    }

    /** The top candidate plus siblings that score well or read like article paragraphs. */
    private static List<Element> withSiblings(Element top, Map<Element, Stats> stats) {
        Element parent = top.parent();
        if (parent == null) return List.of(top);
        double topScore = stats.get(top).score;
        double threshold = Math.max(10, topScore * 0.2);
        String topHints = top.className();
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            Stats s = stats.get(sib);
            if (s == null) continue;
            double bonus = !topHints.isEmpty() && sib.className().equals(topHints) ? topScore * 0.2 : 0;
            if (s.scored && s.score + bonus >= threshold) {
                out.add(sib);
            } else if (sib.normalName().equals("p")) {
                double ld = linkDensity(s);
                if ((s.text > 80 && ld < 0.25) || (s.text > 0 && s.text <= 80 && ld == 0
                        && SENTENCE_END.matcher(Whitespace.normalize(sib.text())).matches())) {
                    out.add(sib);
                }
            }
        }
        return out;
    }

    /** The text of the kept elements, one paragraph per block, leaving out link lists and boilerplate lines. */
    static String render(List<Element> roots, Map<Element, Stats> stats) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (Element root : roots) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        appendText(cur, t.getWholeText(), t.parent() != null && preformatted(t.parent()));
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        trimEnd(cur);
                        cur.append('\n');
                        return FilterResult.CONTINUE;
                    }
                    if (tag.equals("figcaption") || tag.equals("figure") && !hasParagraphs(e)
                            || e != root && tag.equals("div") && imageWithCaption(e, stats.get(e))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCK_TAGS.contains(tag)) {
                        Stats s = stats.get(e);
                        if (s != null && e != root && isLinkList(e, s)) return FilterResult.SKIP_ENTIRELY;
                        flush(cur, paragraphs);
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) flush(cur, paragraphs);
                    return FilterResult.CONTINUE;
                }
            }, root);
            flush(cur, paragraphs);
        }
        return String.join("\n\n", paragraphs);
    }

    /** A block named for an image that holds one and only a caption's worth of text: a figure in all but tag. */
    private static boolean imageWithCaption(Element e, Stats s) {
        if (s == null || s.text == 0 || s.text > MAX_CAPTION) return false;
        String h = hints(e);
        return !h.isEmpty() && IMAGE_BLOCK.matcher(h).find() && e.selectFirst(IMG) != null;
    }

    private static boolean hasParagraphs(Element e) {
        return e.selectFirst("p") != null;
    }

    private static boolean preformatted(Element e) {
        return e.normalName().equals("pre") || e.normalName().equals("code") && e.parent() != null
                && e.parent().normalName().equals("pre");
    }

    /** A block that is mostly links: a menu, a list of related stories, a tag cloud. */
    private static boolean isLinkList(Element e, Stats s) {
        if (s.text == 0) return false;
        double ld = linkDensity(s);
        String tag = e.normalName();
        if (tag.equals("p")) return ld > 0.8 && s.text < 200;
        if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl")) return ld > 0.5;
        return ld > 0.6 && s.text < 1000 || ld > 0.35 && s.commas == 0 && s.text < 300 && !tag.equals("li")
                && !tag.startsWith("h");
    }

    private static void appendText(StringBuilder cur, String text, boolean pre) {
        if (pre) {
            cur.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Whitespace.isSpace(c)) {
                if (cur.length() > 0 && !Whitespace.isSpace(cur.charAt(cur.length() - 1))) cur.append(' ');
            } else {
                cur.append(c);
            }
        }
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') sb.setLength(sb.length() - 1);
    }

    private static void flush(StringBuilder cur, List<String> paragraphs) {
        if (cur.length() == 0) return;
        String p = cur.toString().strip();
        if (p.indexOf('\n') >= 0) {
            p = BLANK_LINES.matcher(SPACES_AROUND_NEWLINE.matcher(p).replaceAll("\n")).replaceAll("\n");
        }
        cur.setLength(0);
        if (p.isEmpty() || BOILERPLATE_LINE.matcher(p).matches()) return;
        paragraphs.add(p);
    }
}
