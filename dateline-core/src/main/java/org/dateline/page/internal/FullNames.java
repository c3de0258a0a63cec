package org.dateline.page.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A writer's full name as the page writes it on a line of its own, when the page's data gives only the first
 * name: the data's "Todd" is "Todd Bates" in the byline under the headline, "Henry" is "Mehr von Henry
 * Steinhau" over the author's other posts. A full name met only in prose, a bio or a copyright line is not
 * taken: there the page's own byline may well be the first name alone.
 */
final class FullNames {
    /** The dash after the name that opens a writer's bio. */
    private static final Pattern BIO_DASH = Pattern.compile("\\s[-–—]\\s");
    /** Longer than this, an element is prose or a box, not a name line. */
    private static final int NAME_LINE = 80;

    private FullNames() {
    }

    /** The full name a name line gives for the first name {@code name}, or {@code name} itself. */
    static String asWritten(String name, Document doc) {
        if (doc.body() == null || name.length() < 3 || name.indexOf(' ') >= 0
                || !Character.isUpperCase(name.charAt(0)) || !name.chars().allMatch(Character::isLetter)) {
            return name;
        }
        Pattern full = Pattern.compile("(?iu:" + Pattern.quote(name) + ")\\s+\\p{Lu}[\\p{L}'’-]+");
        Map<String, String> found = new LinkedHashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    String n = e.normalName();
                    if (n.equals("script") || n.equals("style")) return FilterResult.SKIP_ENTIRELY;
                    String text = null;
                    boolean small = e.childrenSize() <= 3 && !hasMoreLettersThan(e, NAME_LINE);
                    if (small) {
                        text = e.text();
                        // Neither a name line nor a bio within a short element without the name can give it.
                        if (!containsIgnoreCase(text, name)) return FilterResult.SKIP_ENTIRELY;
                    }
                    if (!small || HtmlMetadata.inComments(e)) {
                        // An author box's bio opens with the full name: "Jane Roe - reporter, climber and ...".
                        if (e.childNodeSize() > 0 && e.childNode(0) instanceof TextNode t) {
                            String opening = Whitespace.normalize(t.getWholeText());
                            Matcher bio = full.matcher(opening);
                            if (bio.lookingAt() && BIO_DASH.matcher(opening.substring(bio.end())).lookingAt()) {
                                found.putIfAbsent(bio.group().toLowerCase(Locale.ROOT), bio.group());
                            }
                        }
                        return FilterResult.CONTINUE;
                    }
                    if (text.length() > NAME_LINE || text.length() <= name.length()) return FilterResult.CONTINUE;
                    String cleaned = Bylines.clean(text);
                    if (cleaned == null) return FilterResult.CONTINUE;
                    Matcher m = full.matcher(cleaned);
                    if (m.matches()) found.putIfAbsent(cleaned.toLowerCase(Locale.ROOT), cleaned);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return node instanceof TextNode ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
        }, doc.body());
        // Two different surnames for one first name: the page does not say which is the writer's.
        return found.size() == 1 ? found.values().iterator().next() : name;
    }

    /** Whether {@code text} holds {@code word}, case folded char by char as the name pattern folds it. */
    private static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) return true;
        }
        return false;
    }

    /**
     * True when the element's text holds more than {@code limit} characters that are no space: its text is then
     * longer than a name line, known without building the text of a whole page's wrapper.
     */
    private static boolean hasMoreLettersThan(Element e, int limit) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && ++count[0] > limit) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return count[0] > limit;
    }
}
