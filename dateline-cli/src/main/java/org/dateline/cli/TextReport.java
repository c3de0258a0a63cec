package org.dateline.cli;

import java.util.List;
import java.util.Locale;
import org.dateline.Story;
import org.dateline.actor.Actor;
import org.dateline.event.Event;
import org.dateline.page.Comment;
import org.dateline.page.Disclosure;
import org.dateline.page.Page;
import org.dateline.place.Place;
import org.dateline.quote.Quote;
import org.dateline.quote.Speaker;
import org.dateline.time.TimeExpression;

/**
 * The readable report for a terminal: who said what, who did what to whom, when, where. Everything taken
 * from the page passes through {@link #clean}: crawled text may carry terminal escape sequences.
 */
final class TextReport {
    private static final int WIDTH = 100;

    private TextReport() {
    }

    static String render(Story story) {
        StringBuilder out = new StringBuilder(4096);
        header(out, story.page());
        section(out, "WHO SAID WHAT", story.quotes().size());
        for (Quote q : story.quotes()) {
            Speaker s = q.speaker();
            String who = s == null ? "(speaker unknown)" : clean(s.name())
                    + (s.role() == null ? "" : ", " + clean(s.role()))
                    + (s.code() == null ? "" : " [" + s.code() + "]");
            out.append("  ").append(who).append(" — ").append(q.kind().label())
                    .append(q.cue() == null ? "" : ", " + clean(q.cue())).append('\n');
            wrap(out, "“" + clean(q.text()) + "”", "      ");
        }
        section(out, "WHO DID WHAT TO WHOM", story.events().size());
        for (Event e : story.events()) {
            out.append("  ").append(e.date() == null ? "          " : e.date()).append("  ")
                    .append(e.source() == null ? "—" : actor(e.source())).append(" → ").append(e.target() == null ? "—" : actor(e.target()))
                    .append("  ").append(e.code()).append(' ').append(clean(e.name()))
                    .append(e.plover() == null ? "" : " / " + e.plover())
                    .append(e.negated() ? "  (NEGATED)" : "")
                    .append(e.place() == null ? "" : "  @ " + clean(e.place().name()) + ", " + e.place().country())
                    .append('\n');
            wrap(out, "evidence: " + clean(story.page().text().substring(e.start(), e.end())), "      ");
        }
        section(out, "WHEN", story.times().size());
        for (TimeExpression t : story.times()) {
            out.append("  ").append(String.format(Locale.ROOT, "%-28s", clean(t.text()))).append(" = ")
                    .append(t.value()).append("  (").append(t.type()).append(")\n");
        }
        // One line per place as written and resolved, with how often the story names it.
        java.util.Map<String, Integer> mentions = new java.util.LinkedHashMap<>();
        java.util.Map<String, Place> first = new java.util.HashMap<>();
        for (Place p : story.places()) {
            String key = p.text() + "\u0000" + p.name() + "\u0000" + p.country();
            mentions.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, p);
        }
        section(out, "WHERE", mentions.size());
        mentions.forEach((key, n) -> {
            Place p = first.get(key);
            out.append("  ").append(String.format(Locale.ROOT, "%-20s", clean(p.text()))).append(" → ")
                    .append(clean(p.name())).append(", ").append(p.country())
                    .append(String.format(Locale.ROOT, " (%.2f, %.2f)", p.lat(), p.lon()))
                    .append(n > 1 ? "  ×" + n : "").append('\n');
        });
        List<Comment> comments = story.page().comments();
        section(out, "READERS' COMMENTS (not part of the article)", comments.size());
        for (Comment c : comments) {
            out.append("  ").append("  ".repeat(Math.max(0, c.depth())))
                    .append(c.author() == null ? "(anonymous)" : clean(c.author()))
                    .append(c.published() == null ? "" : ", " + c.published()).append('\n');
            wrap(out, clean(c.text()), "      " + "  ".repeat(Math.max(0, c.depth())));
        }
        return out.toString();
    }

    /** The page stage alone, for {@code extract --format text}: title, then the body. */
    static String renderPage(Page page) {
        StringBuilder out = new StringBuilder(page.text().length() + 256);
        if (page.title() != null) out.append(clean(page.title())).append("\n\n");
        out.append(cleanKeepLines(page.text())).append('\n');
        return out.toString();
    }

    /** Markdown: title as a heading, metadata as a list, the body, comments apart. */
    static String renderMarkdown(Page page) {
        StringBuilder out = new StringBuilder(page.text().length() + 512);
        if (page.title() != null) out.append("# ").append(clean(page.title())).append("\n\n");
        if (!page.authors().isEmpty()) out.append("- By: ").append(clean(String.join(", ", page.authors()))).append('\n');
        if (page.published() != null) out.append("- Published: ").append(page.published())
                .append(page.publishedBasis() == null ? "" : " (" + page.publishedBasis().label() + ")").append('\n');
        if (page.outlet().name() != null) out.append("- Outlet: ").append(clean(page.outlet().name())).append('\n');
        if (page.url() != null) out.append("- URL: <").append(clean(page.url())).append(">\n");
        out.append('\n').append(cleanKeepLines(page.text())).append('\n');
        for (Disclosure d : page.disclosures()) out.append("\n> ").append(clean(d.text())).append('\n');
        if (!page.comments().isEmpty()) {
            out.append("\n## Comments\n");
            for (Comment c : page.comments()) {
                out.append('\n').append("  ".repeat(Math.max(0, c.depth()))).append("- **")
                        .append(c.author() == null ? "anonymous" : clean(c.author())).append("**")
                        .append(c.published() == null ? "" : " (" + c.published() + ")").append(": ")
                        .append(clean(c.text())).append('\n');
            }
        }
        return out.toString();
    }

    private static void header(StringBuilder out, Page p) {
        out.append(p.title() == null ? "(untitled)" : clean(p.title())).append('\n');
        StringBuilder meta = new StringBuilder();
        if (p.outlet().name() != null) {
            meta.append(clean(p.outlet().name()));
            if (!p.outlet().labels().isEmpty()) meta.append(" (").append(String.join(", ", p.outlet().labels())).append(')');
            meta.append(" · ");
        }
        if (!p.authors().isEmpty()) meta.append("by ").append(clean(String.join(", ", p.authors()))).append(" · ");
        meta.append("published ").append(p.published() == null ? "unknown" : p.published());
        if (p.publishedBasis() != null) meta.append(" (").append(p.publishedBasis().label()).append(')');
        meta.append(" · ").append(clean(p.id()));
        out.append(meta).append('\n');
        if (p.url() != null) out.append(clean(p.url())).append('\n');
        for (Disclosure d : p.disclosures()) {
            out.append("Disclosure").append(d.labels().isEmpty() ? "" : " [" + String.join(", ", d.labels()) + "]")
                    .append(":\n");
            wrap(out, clean(d.text()), "  ");
        }
    }

    private static void section(StringBuilder out, String title, int count) {
        out.append('\n').append(title).append(" (").append(count).append(")\n");
    }

    private static String actor(Actor a) {
        return a.code() + (a.name() == null ? "" : " (" + clean(a.name()) + ")");
    }

    private static void wrap(StringBuilder out, String text, String indent) {
        int col = 0;
        boolean first = true;
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) continue;
            if (first) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) == '\n') out.append(indent);
                first = false;
            } else if (col + 1 + word.length() > WIDTH - indent.length()) {
                out.append('\n').append(indent);
                col = 0;
            } else {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        out.append('\n');
    }

    /** One line with no control characters (so no terminal escape sequence from a page reaches the screen). */
    static String clean(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') b.append(' ');
            else if (Character.getType(c) == Character.FORMAT && c != '\u200D') continue;
            else b.append(c);
        }
        return b.toString();
    }

    private static String cleanKeepLines(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            if (b.length() > 0) b.append('\n');
            b.append(clean(line));
        }
        return b.toString();
    }
}
