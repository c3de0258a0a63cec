package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.page.Disclosure;
import org.dateline.page.Outlet;

/**
 * Outlet and funding notes: who pays for, owns, sponsors or first published what the page carries. Such a
 * note is kept out of the body; the ones about the outlet itself also label the outlet.
 */
public final class Disclosures {
    // Patterns compiled once (String.replaceAll, split and matches compile theirs on every call).
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)(?:the\\s+website\\s+|the\\s+)?");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;:]+$");
    /** A note longer than this is an article paragraph that happens to mention funding. */
    static final int MAX_LENGTH = 600;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern STATE_FUNDED = Pattern.compile(
            "\\b(?:funded|financed|owned|controlled|backed|run|operated)\\s+by\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}"
                    + "(?:government|state|kremlin|ministry|communist party)\\b"
                    + "|\\b(?:state|government|publicly)[- ](?:funded|owned|controlled|run|backed|affiliated)\\b", FLAGS);
    private static final Pattern RENAMED = Pattern.compile("\\b(?:previously|formerly) (?:known as|called)\\b", FLAGS);
    private static final Pattern PROPAGANDA = Pattern.compile(
            "\\blabel(?:l)?ed\\s+(?:as\\s+)?(?:an?\\s+)?(?:[\\p{L}-]+\\s+)?(?:propaganda|foreign agent)", FLAGS);
    private static final Pattern SPONSORED = Pattern.compile(
            "\\b(?:sponsored\\s+by|paid\\s+for\\s+by|sponsored\\s+(?:content|post|article)|paid\\s+(?:content|partnership|post)"
                    + "|advertorial|this\\s+(?:content|post|article|story)\\s+(?:is|was)\\s+(?:sponsored|paid))", FLAGS);
    private static final Pattern PARTNER = Pattern.compile(
            "\\b(?:produced|published|written|reported|created|made|brought to you)\\s+(?:in\\s+)?"
                    + "(?:partnership|collaboration|association|cooperation)\\s+with\\b"
                    + "|^\\s*in\\s+(?:partnership|collaboration)\\s+with\\b", FLAGS);
    private static final Pattern REPUBLISHED = Pattern.compile(
            "\\b(?:(?:was|were|is)\\s+)?(?:originally|first)\\s+(?:published|appeared|posted|ran)\\b"
                    + "|\\brepublished\\b|\\breprinted\\s+(?:with|by|from|courtesy)\\b", FLAGS);
    private static final Pattern AFTER_KEYWORD = Pattern.compile(
            "(?:sponsored\\s+by|paid\\s+for\\s+by|(?:partnership|collaboration|association|cooperation)\\s+with"
                    + "|(?:published|appeared|posted|ran)\\s+(?:\\w+\\s+)?(?:on|in|at|by)|republished\\s+(?:from|with[^,.]*?from)"
                    + "|reprinted\\s+(?:with|by|from|courtesy)(?:\\s+(?:permission|of))*(?:\\s+(?:of|from))?)\\s+(.+)",
            FLAGS);
    private static final Pattern SENTENCE_SUBJECT = Pattern.compile(
            "^\\s*((?:the\\s+)?[\\p{Lu}\\d][\\p{L}\\d&.'’-]*(?:\\s+[\\p{Lu}\\d&][\\p{L}\\d&.'’-]*){0,5})\\s*(?:,|\\s+is\\b|\\s+was\\b|\\s+\\()");

    private Disclosures() {
    }

    /** The note {@code paragraph} is, or null when it is not one. */
    public static Disclosure classify(String paragraph) {
        if (paragraph == null) return null;
        String p = paragraph.strip();
        if (p.isEmpty() || p.length() > MAX_LENGTH) return null;
        Set<String> labels = new LinkedHashSet<>();
        if (STATE_FUNDED.matcher(p).find()) labels.add("state-funded");
        if (RENAMED.matcher(p).find()) labels.add("renamed");
        if (PROPAGANDA.matcher(p).find()) labels.add("labelled-propaganda");
        if (SPONSORED.matcher(p).find()) labels.add("sponsored");
        if (PARTNER.matcher(p).find()) labels.add("partner");
        if (REPUBLISHED.matcher(p).find()) labels.add("republished");
        if (labels.isEmpty()) return null;
        return new Disclosure(p, subject(p, labels), new ArrayList<>(labels));
    }

    /** True when the note describes the outlet itself (its funding, name, status), not a sponsor or source. */
    public static boolean aboutOutlet(Disclosure d) {
        return d.labels().contains("state-funded") || d.labels().contains("renamed")
                || d.labels().contains("labelled-propaganda");
    }

    private static String subject(String p, Set<String> labels) {
        boolean outletNote = labels.contains("state-funded") || labels.contains("renamed")
                || labels.contains("labelled-propaganda");
        if (outletNote) {
            Matcher m = SENTENCE_SUBJECT.matcher(p);
            if (m.find()) return clean(m.group(1));
        }
        Matcher m = AFTER_KEYWORD.matcher(p);
        if (m.find()) {
            String rest = m.group(1);
            int cut = rest.length();
            for (String stop : new String[] {".", ",", ";", ":", "(", " and is ", " under ", " on ", " and "}) {
                int k = rest.indexOf(stop);
                if (k > 0 && k < cut) cut = k;
            }
            String s = clean(rest.substring(0, cut));
            if (s != null) return s;
        }
        Matcher s = SENTENCE_SUBJECT.matcher(p);
        return s.find() ? clean(s.group(1)) : null;
    }

    private static String clean(String s) {
        if (s == null) return null;
        s = LEADING_THE.matcher(s.strip()).replaceAll("");
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        if (s.isEmpty() || SPACES.split(s).length > 8) return null;
        return s;
    }

    /** The outlet the notes describe: the first described outlet's name (unless given) and all their labels. */
    public static Outlet outlet(String givenName, List<Disclosure> notes) {
        String name = givenName;
        Set<String> labels = new LinkedHashSet<>();
        for (Disclosure d : notes) {
            if (!aboutOutlet(d)) continue;
            if (name == null) name = d.subject();
            for (String l : d.labels()) {
                if (!l.equals("sponsored") && !l.equals("partner") && !l.equals("republished")) labels.add(l);
            }
        }
        if (name == null && labels.isEmpty()) return Outlet.UNKNOWN;
        return new Outlet(name, new ArrayList<>(labels));
    }
}
