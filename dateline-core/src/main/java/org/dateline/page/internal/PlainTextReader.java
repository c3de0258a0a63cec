package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dateline.page.Comment;
import org.dateline.page.Disclosure;
import org.dateline.page.Outlet;
import org.dateline.page.Page;
import org.dateline.page.PublishedBasis;

/**
 * A page as crawled to plain text: the title line, the body paragraphs, then what follows the article (outlet
 * notes, a comment section, a reply form), each told apart by what such sections say of themselves.
 */
public final class PlainTextReader {
    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_HEADER_LENGTH = 160;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String COUNT = "(?:no|one|two|three|four|five|six|seven|eight|nine|ten|\\d+)";
    /** Headings that open a comment section. */
    static final Pattern COMMENT_HEADING = Pattern.compile(
            "^(?:" + COUNT + "\\s+(?:thoughts?|comments?|responses?|replies|reactions?)(?:\\s+(?:on|to)\\b.*)?"
                    + "|comments?(?:\\s*\\(\\d+\\))?|\\d+\\s+comments?.*|reader comments?|discussion"
                    + "|(?:leave|post|add|write|submit)\\s+(?:a|your)\\s+(?:reply|comment|response)(?:\\s+.*)?"
                    + "|join the (?:discussion|conversation)|what do you think\\??|kommentare?(?:\\s*\\(\\d+\\))?"
                    + "|commentaires?|comentarios?)\\s*:?$", FLAGS);
    /** Lines of a reply form; nothing after them is article or comment. */
    static final Pattern FORM_LINE = Pattern.compile(
            "^(?:(?:leave|post|add|write|submit)\\s+(?:a|your)\\s+(?:reply|comment|response)\\b.*"
                    + "|your email address will not be published.*|required fields are marked.*|cancel reply"
                    + "|save my name, email.*|you must be logged in to post a comment.*|post comment|submit comment"
                    + "|(?:name|email|website)\\s*\\*?)$", FLAGS);
    private static final Pattern BULLET = Pattern.compile("^[\\s•·*\\-–—▪◦●]+");
    private static final Pattern SAYS = Pattern.compile(
            "\\s*(?:says|said|wrote|schreibt|sagt|dit|dice)\\s*:?\\s*$|\\s*:\\s*$", FLAGS);
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:by|von|par|por|di|door)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+|&\\s+|,\\s*)?[\\p{L}.'’-]+){0,6})\\s*$",
            FLAGS);

    private PlainTextReader() {
    }

    private record Block(String text, int indent, int lines) {
    }

    /** Reads plain text as crawled into a page. */
    public static Page read(String id, String content) {
        List<Block> blocks = blocks(content);
        int start = 0;
        String title = null;
        if (blocks.size() > 1 && blocks.get(0).lines == 1 && blocks.get(0).text.length() <= MAX_TITLE_LENGTH) {
            title = blocks.get(0).text;
            start = 1;
        }
        List<String> authors = new ArrayList<>();
        String published = null;
        // Short lines right under the title: a byline, a date line.
        while (start < blocks.size() - 1 && blocks.get(start).text.length() <= 120 && title != null) {
            String line = blocks.get(start).text;
            var by = BYLINE.matcher(line.replaceAll("\\s*[|•·,–—-]\\s*.*\\d{4}.*$", ""));
            Dates.Found date = Dates.find(line, false);
            boolean isDateLine = date != null && line.length() - (date.end() - date.start()) < 40;
            if (by.find()) {
                authors.addAll(splitAuthors(by.group(1)));
                if (date != null && published == null) published = date.iso();
            } else if (isDateLine) {
                if (published == null) published = date.iso();
            } else {
                break;
            }
            start++;
        }
        int end = blocks.size();
        for (int i = start; i < blocks.size(); i++) {
            String t = blocks.get(i).text;
            if (t.length() <= MAX_HEADER_LENGTH && (COMMENT_HEADING.matcher(t).matches() || FORM_LINE.matcher(t).matches())) {
                end = i;
                break;
            }
        }
        List<Disclosure> disclosures = new ArrayList<>();
        // Outlet notes sit at the edges of the body; in its middle the same words are news.
        int bodyEnd = end;
        List<Disclosure> trailing = new ArrayList<>();
        while (bodyEnd > start) {
            Disclosure d = Disclosures.classify(blocks.get(bodyEnd - 1).text);
            if (d == null) break;
            trailing.add(0, d);
            bodyEnd--;
        }
        int bodyStart = start;
        while (bodyStart < bodyEnd) {
            Disclosure d = Disclosures.classify(blocks.get(bodyStart).text);
            if (d == null) break;
            disclosures.add(d);
            bodyStart++;
        }
        disclosures.addAll(trailing);
        StringBuilder body = new StringBuilder();
        for (int i = bodyStart; i < bodyEnd; i++) {
            if (body.length() > 0) body.append("\n\n");
            body.append(blocks.get(i).text);
        }
        List<Comment> comments = comments(blocks.subList(end, blocks.size()));
        PublishedBasis basis = published == null ? null : PublishedBasis.PAGE;
        if (published == null && bodyStart < bodyEnd) {
            // A dateline: "WASHINGTON, Dec. 30, 2021 (Reuters) -" at the start of the first paragraph.
            String first = blocks.get(bodyStart).text;
            Dates.Found d = Dates.find(first.substring(0, Math.min(first.length(), 80)), false);
            if (d != null && d.start() < 40) {
                published = d.iso();
                basis = PublishedBasis.PAGE;
            }
        }
        if (published == null) {
            published = earliestCommentDay(comments);
            basis = published == null ? null : PublishedBasis.INFERRED;
        }
        Outlet outlet = Disclosures.outlet(null, disclosures);
        return new Page(id, null, title, published, basis, authors, outlet, disclosures, body.toString(), comments,
                null);
    }

    /** True when {@code paragraph} heads a comment section or a reply form. */
    public static boolean startsCommentSection(String paragraph) {
        String t = paragraph.strip();
        return t.length() <= MAX_HEADER_LENGTH
                && (COMMENT_HEADING.matcher(t).matches() || FORM_LINE.matcher(t).matches());
    }

    /** The day of the earliest dated comment: the article was published on or before it. */
    public static String earliestCommentDay(List<Comment> comments) {
        String best = null;
        for (Comment c : comments) {
            String d = Dates.day(c.published());
            if (d != null && (best == null || d.compareTo(best) < 0)) best = d;
        }
        return best;
    }

    static List<String> splitAuthors(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\s*(?:,|;|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|&)\\s*")) {
            String p = part.strip();
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    private static List<Block> blocks(String content) {
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int indent = 0, count = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                if (count > 0) blocks.add(new Block(cur.toString().strip(), indent, count));
                cur.setLength(0);
                count = 0;
                continue;
            }
            if (count == 0) indent = indentOf(line);
            else cur.append(' ');
            cur.append(line.strip());
            count++;
        }
        if (count > 0) blocks.add(new Block(cur.toString().strip(), indent, count));
        return blocks;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && Character.isWhitespace(line.charAt(n))) n++;
        return n;
    }

    /** Comments after the section heading: a header line (author, date) then its text, until the form. */
    static List<Comment> comments(List<Block> section) {
        List<Block> headers = new ArrayList<>();
        for (Block b : section) {
            if (isCommentHeader(b)) headers.add(b);
        }
        TreeSet<Integer> indents = new TreeSet<>();
        for (Block h : headers) indents.add(h.indent);
        List<Comment> out = new ArrayList<>();
        String author = null, date = null;
        int depth = 0;
        StringBuilder text = null;
        for (Block b : section) {
            if (FORM_LINE.matcher(b.text).matches() && b.text.length() <= MAX_HEADER_LENGTH) break;
            if (COMMENT_HEADING.matcher(b.text).matches() && b.text.length() <= MAX_HEADER_LENGTH) continue;
            if (isCommentHeader(b)) {
                if (text != null && text.length() > 0) out.add(new Comment(author, date, text.toString(), depth));
                String line = BULLET.matcher(b.text).replaceFirst("");
                Dates.Found d = Dates.find(line, false);
                date = d == null ? null : d.iso();
                String rest = d == null ? line : line.substring(0, d.start()) + " " + line.substring(d.end());
                author = authorFrom(rest);
                depth = indents.headSet(b.indent).size();
                text = new StringBuilder();
                continue;
            }
            if (text == null) {
                text = new StringBuilder();
                depth = 0;
            }
            if (text.length() > 0) text.append("\n\n");
            text.append(b.text);
        }
        if (text != null && text.length() > 0) out.add(new Comment(author, date, text.toString(), depth));
        return out;
    }

    private static boolean isCommentHeader(Block b) {
        if (b.lines > 2 || b.text.length() > MAX_HEADER_LENGTH) return false;
        String line = BULLET.matcher(b.text).replaceFirst("");
        Dates.Found d = Dates.find(line, false);
        if (d != null) return line.length() - (d.end() - d.start()) <= 80;
        return SAYS.matcher(line).find() && line.length() <= 80 && !line.endsWith(".");
    }

    private static String authorFrom(String rest) {
        String a = SAYS.matcher(rest).replaceAll("");
        a = a.replaceAll("(?i)\\b(?:on|at|am|le|el|il|um)\\s*$", "").replaceAll("^[\\s|,:–—-]+|[\\s|,:–—-]+$", "");
        a = a.replaceAll("(?i)\\s+(?:on|at|am)\\s*$", "").strip();
        if (a.isEmpty() || a.length() > 60 || !a.matches(".*\\p{L}.*")) return null;
        return a;
    }
}
