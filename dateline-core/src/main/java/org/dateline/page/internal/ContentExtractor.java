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
            "aside", "footer", "dialog", "menu", "audio", "video", "map", "picture", "source", "math", "head",
            // Ruby annotations: the reading aid printed over East Asian characters, not words of the text.
            "rt", "rp");
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
                    + "|follow|newsletter|paywall|teasers|teaser-?(?:list|item|box|grid|slider|row|container)|thumb|gallery|slideshow|carousel|video|player|overlay");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|page|post|text|blog|story|prose|paragraph|rich-?text|markdown|column");
    private static final Pattern STRONG_NEGATIVE = Pattern.compile(
            "comment|share|sharing|social|related|newsletter|cookie|consent|sidebar|breadcrumb|outbrain|taboola"
                    + "|disqus|recommend|more-stories|trending|most-read|popular|subscribe|signup|paywall|author-?bio"
                    + "|about-author|caption|credit|hidden|sr-only|visually-hidden|byline|footer"
                    + "|legend"
                    + "|author[-_]?(?:box|bio|info|card|desc|container|profile|about|details)|post-author|authorbox"
                    + "|(?:image|img|photo|foto|bild)[-_]?(?:desc|meta|credit|author|source|copyright|legend|caption)");
    /** A whole class word holding a strong negative, so that what is left can still say "article". */
    private static final Pattern STRONG_NEGATIVE_WORD = Pattern.compile(
            "[\\w-]*(?:comment|share|social|related|caption|credit|byline|footer|embed|legend|author)[\\w-]*");
    /** The words of {@link #STRONG_NEGATIVE_WORD} between its runs of word characters. */
    private static final Alternation STRONG_NEGATIVE_IN_WORD = Alternation.of(Pattern.compile(
            "comment|share|social|related|caption|credit|byline|footer|embed|legend|author"));
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
    private static final Evaluator P = QueryParser.parse("p");
    private static final int MAX_CAPTION = 400;
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "^(?:advertisement|advert|anzeige|publicité|publicidad|werbung|read more|continue reading|weiterlesen|lire la suite"
                    + "|share(?: this)?(?: article| story)?:?|tweet|email|print|facebook|twitter|linkedin|whatsapp"
                    + "|related(?: articles| stories| posts)?:?|see also:?|more:?|getty images|ap photo|skip to content"
                    + "|sponsored|story continues below|article continues below|scroll to continue.*|gefällt mir|wird geladen\\.*"
                    + "|loading\\.*|rezept drucken|print recipe|jump to recipe|bild vergrößern|zoom"
                    // Labels of page furniture: tag lists, contact boxes, print and share buttons, back links.
                    + "|tags?|schlagw[öo]rte?r?|stichw[öo]rte?r?|kategorien?|categories|category|catégories?|categorías?"
                    + "|etiquetas|themen|topics|permalink|permalien|pdf|kontakt|contact|contacto|impressum|imprint"
                    + "|weitere informationen|mehr informationen|more information|plus d'informations|más información"
                    + "|weitere themen|mehr themen|verwandte themen(?:bereiche)?|ähnliche beiträge|latest articles"
                    // (Not "Comments": that heading tells where the reader comments start.)
                    + "|externer inhalt|external content|bild anzeigen|quellen (?:ausblenden|anzeigen)|show sources|hide sources"
                    + "|zurück(?: (?:zu[rm]?|nach)\\b.{0,30})?|back(?: to\\b.{0,30})?|retour(?: à\\b.{0,30})?|volver(?: a\\b.{0,30})?"
                    + "|nach oben|zum seitenanfang|top|back to top|haut de page|drucken|merken|imprimer"
                    + "|imprimir|drukuj|lesen sie auch\\b.{0,40}|das thema könnte (?:dich|sie) auch interessieren"
                    + "|le puede interesar|te puede interesar|lea también|czytaj (?:też|także|również)|dowiedz się więcej"
                    + "|mehr zum thema\\b.{0,30}|newsletter|don.t miss"
                    + "|(?:ein|%d|\\d+) bloggern? gefällt das|(?:one|%d|\\d+) bloggers? likes? this|liken lade …|like loading…)\\s*[.:]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    // The class-name patterns above, searched word by word (the regex engine's way was the stage's top cost).
    private static final Alternation NEGATIVE_ANY = Alternation.of(NEGATIVE);
    private static final Alternation POSITIVE_ANY = Alternation.of(POSITIVE);
    private static final Alternation STRONG_NEGATIVE_ANY = Alternation.of(STRONG_NEGATIVE);
    static final int MIN_PARAGRAPH = 25;
    private static final int MIN_LEAD = 60;
    /** Paragraph text that makes a block article prose whatever its name. */
    private static final int MIN_PROSE = 1000;
    /** Paragraph text that makes a block beside the article part of it. */
    private static final int MIN_PROSE_SIBLING = 400;
    private static final int MAX_LEAD = 1200;
    private static final int MIN_DEK = 70;
    private static final int LEAD_LEVELS = 4;
    private static final int NAMED_LEAD_LEVELS = 6;
    private static final Pattern LEAD_NAME = Pattern.compile(
            "lead|intro|teaser|excerpt|abstract|summary|standfirst|chapeau|bajada|copete|entradilla|epigraph|vorspann");
    /** A sentence inside: words, then a full stop, question or exclamation mark, then a space or the end. */
    private static final Pattern LEAD_SENTENCE = Pattern.compile("\\p{L}{2,}\\p{Pf}?[.!?…。]\\p{Pf}?(?:\\s|$)");
    private static final Evaluator H1 = QueryParser.parse("h1");
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
        return extract(doc, lenient, 0);
    }

    /**
     * The main text, as {@link #extract(Document, boolean)}; {@code elements}, the document's element count when
     * known (else 0), sizes the tables of counts.
     */
    public static String extract(Document doc, boolean lenient, int elements) {
        Element body = doc.body();
        if (body == null) return "";
        Map<Element, Stats> before = lenient ? null : measure(body, elements);
        clean(body, before);
        // Cleaning only removes elements: the first count sizes the second map, which then never grows.
        Map<Element, Stats> stats = measure(body, before == null ? 0 : before.size());
        Element top = topCandidate(body, stats);
        if (top == null) return render(List.of(body), stats);
        List<Element> kept = withSiblings(top, stats);
        List<Element> lead = leadBefore(kept.get(0), body, stats);
        if (!lead.isEmpty()) {
            List<Element> all = new ArrayList<>(lead);
            all.addAll(kept);
            kept = all;
        }
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
        int bodyProse = before == null ? 0 : before.get(body).paragraphText;
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    drop.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                String tag = e.normalName();
                if (DROP_TAGS.contains(tag) && !holdsTheArticle(e, tag, body, before) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
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
                    boolean teasers = sameMarkup(rest, before) && paragraphTextBefore(e, before) >= restParagraphs / 4;
                    if (!teasers && restText < bodyText * 0.4 && proseParagraphs(rest, before) >= 2) {
                        // A box of links set into the article: the story goes on after it.
                        drop.add(e);
                        for (Element sib : rest) {
                            if (sib.normalName().equals("p") && before.get(sib).paragraphText > 0) break;
                            drop.add(sib);
                            dropped.add(sib);
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (teasers || restText < bodyText * 0.4) {
                        drop.add(e);
                        drop.addAll(rest);
                        dropped.addAll(rest);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                // A container with most of the page's text is the page, whatever its class says; a word set apart
                // inside a paragraph (a dateline, a name) is part of the sentence.
                if (before != null && e != body && !tag.equals("article") && !tag.equals("main") && !inParagraph(e)
                        && unlikely(e, unlikelyHints)
                        && !(before.get(e).text >= bodyText * 0.4 && before.get(e).paragraphText * 2 >= bodyProse)
                        && !proseUnderWeakName(e, before.get(e))) {
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

    /**
     * A tag that is dropped unseen but holds the article all the same: a noscript copy of a page that scripts
     * would draw, an aside or a section footer wrapped around the whole story.
     */
    private static boolean holdsTheArticle(Element e, String tag, Element body, Map<Element, Stats> before) {
        if (before == null) return false;
        int prose = before.get(e).paragraphText;
        if (tag.equals("noscript")) return prose >= MIN_PROSE;
        if (!tag.equals("aside") && !tag.equals("footer")) return false;
        // With the headline inside: a list of teasers has an excerpt's prose too, but not the page's h1.
        return prose >= MIN_PROSE_SIBLING && prose * 2 > before.get(body).paragraphText && e.selectFirst(H1) != null;
    }

    /** How many of {@code elements} are paragraphs of article prose. */
    private static int proseParagraphs(List<Element> elements, Map<Element, Stats> stats) {
        int n = 0;
        for (Element e : elements) {
            if (e.normalName().equals("p") && stats.get(e).paragraphText >= MIN_LEAD) n++;
        }
        return n;
    }

    /** An inline element inside a paragraph. */
    private static boolean inParagraph(Element e) {
        Element parent = e.parent();
        return parent != null && parent.normalName().equals("p") && !BLOCK_TAGS.contains(e.normalName());
    }

    /**
     * A block whose name only hints at boilerplate (a banner slot, a widget) but which is made of several
     * article paragraphs: page builders name the article's own wrappers that way too.
     */
    private static boolean proseUnderWeakName(Element e, Stats s) {
        if (s.paragraphText < MIN_PROSE || s.paragraphText < s.text * 0.75) return false;
        String h = hints(e);
        return !h.isEmpty() && !STRONG_NEGATIVE.matcher(h).find();
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
            return !positiveOutsideStrongWords(h);
        }
        return NEGATIVE_ANY.find(h) && !POSITIVE_ANY.find(h);
    }

    /**
     * Same as {@code POSITIVE_ANY.find(STRONG_NEGATIVE_WORD.matcher(h).replaceAll(""))}: the replacement drops each
     * whole run of word characters and hyphens holding a strong negative, and every positive word lies within one
     * run, so the positive words left are those in the other runs. The regex's way (a greedy run tried from every
     * position) cost more than the rest of the cleaning.
     */
    static boolean positiveOutsideStrongWords(String h) {
        int n = h.length();
        for (int i = 0; i < n; ) {
            if (!isWordOrHyphen(h.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isWordOrHyphen(h.charAt(end))) end++;
            String run = h.substring(i, end);
            if (!STRONG_NEGATIVE_IN_WORD.find(run) && POSITIVE_ANY.find(run)) return true;
            i = end;
        }
        return false;
    }

    /** What {@code [\w-]} matches. */
    private static boolean isWordOrHyphen(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** Text, link-text and comma counts for every element, summed bottom-up in one iterative pass. */
    static Map<Element, Stats> measure(Element root, int expectedElements) {
        Map<Element, Stats> map = expectedElements > 0 ? new IdentityHashMap<>(expectedElements) : new IdentityHashMap<>();
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

    /**
     * The standfirst: a paragraph or two of plain prose set apart before the body container (in the article's
     * header, under the headline), which the body's own score never reaches. Looked for among the blocks that
     * come just before {@code first}, at its level and a few levels up, stopping at the headline.
     */
    private static List<Element> leadBefore(Element first, Element body, Map<Element, Stats> stats) {
        List<Element> found = new ArrayList<>();
        int firstText = stats.get(first).text;
        Element cur = first;
        for (int level = 0; level < LEAD_LEVELS + NAMED_LEAD_LEVELS && cur != null && cur != body;
                level++, cur = cur.parent()) {
            // Further up, only a block named as a lead is one: deks and kickers sit there too.
            Element parent = cur.parent();
            if (parent == null) break;
            // A parent far larger than the article holds other things than its header: only a named lead there.
            boolean named = level >= LEAD_LEVELS || level > 0 && stats.get(parent).text > firstText * 2 + 2000;
            int seen = 0;
            for (Element sib = cur.previousElementSibling(); sib != null && seen < 6; sib = sib.previousElementSibling()) {
                Stats s = stats.get(sib);
                if (s == null || s.text == 0) continue;
                seen++;
                if (sib.normalName().equals("h1") || sib.selectFirst(H1) != null) {
                    // Blocks after the headline inside this sibling may still be the lead.
                    if (!sib.normalName().equals("h1")) collectLeads(sib, stats, found, true, named);
                    return finish(found);
                }
                collectLeads(sib, stats, found, false, named);
                if (found.size() >= 3) return finish(found);
            }
        }
        return finish(found);
    }

    private static List<Element> finish(List<Element> found) {
        // Collected nearest first; the page reads them the other way round.
        Collections.reverse(found);
        return found;
    }

    /**
     * Adds the lead-like blocks of {@code root} to {@code found}, last first; {@code afterHeadline} keeps only
     * those after the subtree's h1.
     */
    private static void collectLeads(Element root, Map<Element, Stats> stats, List<Element> found, boolean afterHeadline,
                                     boolean named) {
        List<Element> blocks = new ArrayList<>();
        boolean[] headlineSeen = {!afterHeadline};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                String tag = e.normalName();
                if (tag.equals("h1")) {
                    headlineSeen[0] = true;
                    blocks.clear();
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("figure") || tag.equals("figcaption") || tag.equals("a")) return FilterResult.SKIP_ENTIRELY;
                if (!headlineSeen[0]) return FilterResult.CONTINUE;
                Stats s = stats.get(e);
                if (s == null || s.text < MIN_LEAD) return FilterResult.SKIP_ENTIRELY;
                if (leafBlock(e, s, stats)) {
                    if (leadLike(e, s) && (!named || namedLead(e, root))) blocks.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        for (int i = blocks.size() - 1; i >= 0; i--) found.add(blocks.get(i));
    }

    /** {@code e} or a block between it and {@code root} is named as an article's lead. */
    private static boolean namedLead(Element e, Element root) {
        for (Element cur = e; cur != null; cur = cur.parent()) {
            String h = hints(cur);
            if (!h.isEmpty() && LEAD_NAME.matcher(h).find()) return true;
            if (cur == root) break;
        }
        return false;
    }

    /** A block none of whose child blocks holds most of its text. */
    private static boolean leafBlock(Element e, Stats s, Map<Element, Stats> stats) {
        if (e.normalName().equals("p")) return true;
        for (Element c : e.children()) {
            Stats cs = stats.get(c);
            if (cs != null && BLOCK_TAGS.contains(c.normalName()) && cs.text * 2 > s.text) return false;
        }
        return BLOCK_TAGS.contains(e.normalName());
    }

    private static boolean leadLike(Element e, Stats s) {
        if (s.text > MAX_LEAD || linkDensity(s) > 0.1) return false;
        String text = Whitespace.normalize(e.text());
        // A subheading under the headline is a lead when it is a sentence's length (a dek), not a kicker.
        boolean heading = HEADINGS.contains(e.normalName());
        if (heading ? s.text < MIN_DEK || text.endsWith(":") : !LEAD_SENTENCE.matcher(text).find()) return false;
        return !Boilerplate.isBoilerplate(text) && !BOILERPLATE_LINE.matcher(text).matches();
    }

    /** The top candidate plus siblings that score well or read like article paragraphs. */
    private static List<Element> withSiblings(Element top, Map<Element, Stats> stats) {
        double topScore = stats.get(top).score;
        // Siblings are looked for where they can be: above the wrappers that hold the pick and nothing else.
        Element anchor = top;
        for (Element p = top.parent(); p != null && p.parent() != null && stats.get(p.parent()) != null
                && stats.get(p).text <= stats.get(anchor).text * 1.1 + MIN_PARAGRAPH; p = p.parent()) {
            anchor = p;
        }
        Element parent = anchor.parent();
        if (parent == null) return List.of(top);
        double threshold = Math.max(10, topScore * 0.2);
        String topHints = anchor.className();
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == anchor) {
                out.add(top);
                continue;
            }
            Stats s = stats.get(sib);
            if (s == null) continue;
            double bonus = !topHints.isEmpty() && sib.className().equals(topHints) ? topScore * 0.2 : 0;
            double ld = linkDensity(s);
            if (s.scored && s.score + bonus >= threshold) {
                out.add(sib);
            } else if (sib.normalName().equals("p")) {
                if ((s.text > 80 && ld < 0.25) || (s.text > 0 && s.text <= 80 && ld == 0
                        && SENTENCE_END.matcher(Whitespace.normalize(sib.text())).matches())) {
                    out.add(sib);
                }
            } else if (s.paragraphText >= MIN_PROSE_SIBLING && s.paragraphText * 3 >= s.text * 2 && ld < 0.15) {
                // A block made of article paragraphs continues the article, however it is scored.
                out.add(sib);
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
        return e.selectFirst(P) != null;
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
