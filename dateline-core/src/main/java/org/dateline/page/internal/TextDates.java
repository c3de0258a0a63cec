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
    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?:erschienen|veröffentlicht|publiziert|published|posted|publié|publiée|publicado|publicada|pubblicato"
            + "|gepubliceerd|opublikowano|datum|date|erstellt|created|geschrieben|written|released|issued)"
            + "\\s*(?:am|on|le|el|il|op|:|den|em)?\\s*:?\\s*(?:\\p{L}+,?\\s*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MODIFIED_CUE = Pattern.compile(
            "(?:geändert|änderung|aktualisiert|updated|update|modified|mis à jour|actualizado|actualización|aggiornato"
            + "|bijgewerkt|revised|edited|last)\\s*(?:am|on|le|el|il|op|:|den|em)?\\s*:?\\s*(?:\\p{L}+,?\\s*)?$",
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
        Walk walk = new Walk(headline, dayFirst);
        NodeTraversor.filter(walk, body);
        if (walk.cued != null) return walk.cued;
        if (walk.nearHeadline != null) return walk.nearHeadline;
        // A page that states only when it was last edited: that is the best bound it gives.
        return walk.first != null ? walk.first : walk.updated;
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

    static boolean isPublication(String before) {
        return PUBLISHED_CUE.matcher(tail(before)).find();
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

    private static final class Walk implements NodeFilter {
        final Element headline;
        final boolean dayFirst;
        boolean afterHeadline;
        int readAfterHeadline;
        String cued;
        String nearHeadline;
        String first;
        String updated;
        /** The text read just before the current node, for cues split from their date by markup. */
        String previous = "";

        Walk(Element headline, boolean dayFirst) {
            this.headline = headline;
            this.dayFirst = dayFirst;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (cued != null) return FilterResult.STOP;
            if (node instanceof Element e) {
                if (e == headline) afterHeadline = true;
                String n = e.normalName();
                if (n.equals("script") || n.equals("style") || n.equals("nav") || n.equals("footer")
                        || n.equals("select") || n.equals("noscript") || isComments(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof TextNode t)) return FilterResult.CONTINUE;
            String text = t.getWholeText();
            if (text.isBlank()) return FilterResult.CONTINUE;
            if (afterHeadline) readAfterHeadline += text.length();
            if (hasYear(text)) {
                Dates.Found d = Dates.find(Whitespace.normalize(text), dayFirst);
                if (d != null) {
                    String before = previous + " " + Whitespace.normalize(text).substring(0, d.start());
                    if (isUpdate(before)) {
                        if (updated == null) updated = d.iso();
                    } else {
                        if (isPublication(before)) cued = d.iso();
                        if (afterHeadline && nearHeadline == null && readAfterHeadline <= NEAR_HEADLINE) {
                            nearHeadline = d.iso();
                        }
                        if (first == null) first = d.iso();
                    }
                }
            }
            String norm = Whitespace.normalize(text);
            previous = norm.length() > 40 ? norm.substring(norm.length() - 40) : norm;
            return FilterResult.CONTINUE;
        }
    }

    private static boolean isComments(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) return false;
        String h = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return h.contains("comment") || h.contains("respond") || h.contains("reply");
    }
}
