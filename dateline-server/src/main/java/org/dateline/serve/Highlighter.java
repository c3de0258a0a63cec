package org.dateline.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders article text with spans marked up. Spans may nest or overlap, so the text is cut at every span
 * boundary and each piece is wrapped in the spans covering it (outermost first): the markup always nests,
 * whatever the offsets. Spans outside the text are ignored.
 */
final class Highlighter {
    /**
     * A span to mark.
     *
     * @param start first UTF-16 index
     * @param end   one past the last
     * @param kind  CSS class (quote, speaker, actor, event, time, place)
     * @param title what hovering shows (code, evidence)
     * @param href  where it links, or null
     */
    record Span(int start, int end, String kind, String title, String href) {
    }

    private Highlighter() {
    }

    static String render(String text, List<Span> spans) {
        List<Span> valid = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span s : spans) {
            if (s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) continue;
            valid.add(s);
            cuts.add(s.start());
            cuts.add(s.end());
        }
        valid.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        StringBuilder b = new StringBuilder(text.length() * 2);
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) piece(b, text.substring(from, to), from, to, valid);
            from = to;
        }
        return b.toString();
    }

    private static void piece(StringBuilder b, String part, int from, int to, List<Span> spans) {
        List<Span> covering = new ArrayList<>();
        for (Span s : spans) if (s.start() <= from && s.end() >= to) covering.add(s);
        boolean linked = false;
        List<String> closers = new ArrayList<>();
        for (Span s : covering) {
            boolean link = s.href() != null && !linked; // a link may not hold another link
            linked |= link;
            String tag = link ? "a" : s.kind().equals("event") ? "mark" : "span";
            b.append('<').append(tag);
            if (link) b.append(" href=\"").append(Html.esc(s.href())).append('"');
            b.append(" class=\"").append(Html.esc(s.kind())).append("\" title=\"").append(Html.esc(s.title())).append("\">");
            closers.add(0, "</" + tag + ">");
        }
        b.append(Html.esc(part));
        closers.forEach(b::append);
    }
}
