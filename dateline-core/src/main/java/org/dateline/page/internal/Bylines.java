package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Author names as pages write them, cleaned to the name alone: "Posted by Jane Roe @ 12:00 am",
 * "Zeige alle Beiträge von Jane Roe", "Publié par Jane Roe le 12/02" all give "Jane Roe". A value that is no
 * person's or desk's name (a URL, an e-mail address, the site's own name, "admin") gives nothing, so that the
 * next source the page offers is asked.
 */
public final class Bylines {
    /** Words that introduce a byline, in the languages of the pages read most; longest phrases first. */
    private static final Pattern PREFIX = Pattern.compile("^(?:"
            + "(?:view|see|show|read)\\s+(?:all\\s+)?(?:posts|articles|stories|entries)\\s+(?:by|from)"
            + "|(?:all|more)\\s+(?:posts|articles|stories)\\s+(?:by|from)|more\\s+(?:by|from)"
            + "|zeige\\s+alle\\s+beiträge\\s+von|alle\\s+(?:beiträge|artikel)\\s+von|alles\\s+von|mehr\\s+von"
            + "|(?:ein\\s+)?(?:blog\\s*)?(?:beitrag|artikel|text|gastbeitrag|kommentar)\\s*von"
            + "|(?:posted|written|published|reported|edited|compiled|submitted|created|story|words|text|photos?)"
            + "\\s+by"
            + "|(?:eingestellt|verfasst|geschrieben|veröffentlicht|erstellt|gepostet|redigiert)\\s+von"
            + "|(?:publié|écrit|rédigé|posté|proposé)e?\\s+par|(?:publicado|escrito|redactado|publicada)\\s+por"
            + "|(?:pubblicato|scritto)\\s+da|(?:geplaatst|geschreven)\\s+door"
            + "|by|von|par|por|door|av"
            + ")(?:\\s*:\\s*|\\s+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A label before the name: "Autor: Jane Roe", "Interview: Jane Roe". */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:author|authors|autor|autorin|autoren|auteur|auteurs|autore|autora|text|texte|interview|"
            + "redakteur|redakteurin|reporter|written|verfasser|verfasserin|redaktion|herausgeber|herausgeberin)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where a byline's name ends: a separator, "at"/"am"/"le"/"on" followed by a time or date, a digit. */
    private static final Pattern TAIL = Pattern.compile(
            "\\s*(?:[»|•·@◦▪]|\\((?=[^)]*(?:\\d|www|\\.com|\\.de))"
            // "Jane Roe - Chrome Security team": the writer's team or job after a spaced dash.
            + "|\\s+[-–—]\\s+"
            // "Jane Roe (Pressesprecherin des Verbands)": the writer's role, at the end.
            + "|\\s+\\((?=[^()]{3,60}\\)\\s*$)"
            + "|,?\\s+(?:am|on|le|el|il|op|at|um|the|den|dem)\\s+(?=\\d|\\p{L}+\\.?\\s+\\d)"
            // "Text von Jane Roe Illustration von John Doe": the next credit is someone else's.
            + "|\\s+(?=(?:illustrations?|fotos?|photos?|photography|bilder?|grafiken?|kamera|camera|übersetzung|"
            + "translation|mitarbeit|video|infografik)\\s*(?::|von\\b|by\\b|de\\b|par\\b))"
            // "Posted by Jane Roe in News", "under Reviews": the post's category follows.
            + "|\\s+(?:in|under|unter|im|dans|en|filed\\s+under)\\s+(?=\\p{Lu})"
            // "Jane Roe Publiziert 4. Februar": the date line's label follows.
            + "|\\s+(?=(?:publiziert|veröffentlicht|aktualisiert|published|updated|posted|publié|mis\\s+à\\s+jour)\\b)"
            + "|,?\\s*(?=\\d{1,4}[./-]\\d)|,?\\s+(?=\\d{1,2}\\.?\\s+\\p{L}+\\.?\\s+\\d{4})"
            + "|,?\\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim)"
            + "\\p{L}*\\.?,?\\s+\\d))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)admin|administrator|webmaster|no author|none|null|undefined|redaktion online|editor|guest|gast|edit"
            + "|(?:author|autor|auteur|autore|autora)(?:\\(?(?:s|en|in|es)\\)?)?|by|von|par|text|texte"
            + "|uncategori[sz]ed|allgemein|general|news|home"
            + "|\\d+\\s+(?:articles?|posts?|beiträge|artikel)"
            + "|.*(?:geändert|aktualisiert|updated|modified|profil|login|newsletter|abonn|anmelden|subscribe).*"
            // A date line's label read where a name was expected: "Veröffentlicht", "Published".
            + "|veröffentlicht|published|publié|publicado|pubblicato|posted|erstellt|created"
            // A calendar's weekday read after "Di" (Italian "by"): "DI MI DO".
            + "|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lu|ma|me|je|ve"
            // A picture credit: "Bild © hr".
            + "|.*©.*"
            + "|.*:.*");
    private static final Pattern AGENCY_SUFFIX = Pattern.compile("(?<=\\p{L}\\s\\p{L}{1,40})\\s*/\\s*[\\p{L}-]{2,8}$");
    private static final Set<String> STOP = Set.of("and", "und", "et", "y", "e", "&");

    private Bylines() {
    }

    /** The name in a byline or author field, or null when it holds none. */
    public static String clean(String raw) {
        if (raw == null) return null;
        String s = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
        // Soft hyphens from a CMS's hyphenation are no part of the name.
        s = Whitespace.normalize(s.replace("\u00ad", ""));
        // Leading decoration: "~ Jane Roe", "– Jane Roe".
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) i++;
        s = s.substring(i);
        for (int round = 0; round < 2; round++) {
            s = LABEL.matcher(s).replaceFirst("");
            s = PREFIX.matcher(s).replaceFirst("");
        }
        Matcher tail = TAIL.matcher(s);
        if (tail.find() && tail.start() > 0) s = s.substring(0, tail.start());
        s = s.replaceAll("[\\s,;:|\\-–—·•*]+$", "").strip();
        // "Jane Roe/dpa": the agency the writer's story came through.
        s = AGENCY_SUFFIX.matcher(s).replaceFirst("");
        // "Jane Roe, PhD", "Jane Roe, Staff Writer": the writer's degree or job.
        int comma = s.lastIndexOf(", ");
        if (comma > 0 && ROLE.matcher(s.substring(comma + 2)).matches()) s = s.substring(0, comma).strip();
        if (s.isEmpty() || s.length() > 60 || !s.matches("(?s).*\\p{L}.*")) return null;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http") || lower.contains("www.") || s.contains("@") || lower.contains("[at]")
                || s.contains("://") || NOT_A_NAME.matcher(s).matches()) {
            return null;
        }
        if (s.split("\\s+").length > 7) return null;
        return s;
    }

    /**
     * A byline field that names several authors ("Jane Roe and John Doe", "Roe, Doe"), split into names. A
     * writer's role after the name ("Jane Roe, Staff Writer", "Jane Roe, Projektleiterin") is no name.
     */
    public static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        // "And" as title-cased bylines write it: "Jane Roe And John Doe".
        for (String part : s.split("\\s*(?:;|\\s[&/]\\s|,\\s*(?=\\p{Lu})|\\s(?:and|und|et|y|And|Und)\\s"
                + "|\\s(?iu:im\\s+gespräch\\s+mit|in\\s+conversation\\s+with|en\\s+conversation\\s+avec)\\s)\\s*")) {
            String p = part.strip();
            if (!p.isEmpty() && !STOP.contains(p.toLowerCase(Locale.ROOT)) && (out.isEmpty() || !ROLE.matcher(p).matches())) {
                out.add(p);
            }
        }
        return out;
    }

    /** A writer's job as bylines add it after the name, in the languages of the pages read most. */
    private static final Pattern ROLE = Pattern.compile("(?iu).*\\b(?:staff|writer|correspondent|reporter|editor|"
            + "contributor|columnist|phd|m\\.?d|professor|redakteur\\p{L}*|\\p{L}*leiter(?:in)?|korrespondent\\p{L}*|"
            + "kolumnist\\p{L}*|sprecher\\p{L}*|referent\\p{L}*|journalist\\p{L}*|rédact\\p{L}*|envoyée?|"
            + "periodista|corresponsal|redactora?)\\b.*");

    /** A byline in running text ("Von Jane Roe", "By Jane Roe and John Doe, Reuters"): its names, or empty. */
    public static List<String> inText(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        String t = Whitespace.normalize(text);
        if (t.length() > 120) return out;
        Matcher m = BYLINE_TEXT.matcher(t);
        if (!m.find()) return out;
        String rest = t.substring(m.end());
        // "Ein Interview von Jane Roe mit John Doe": the one asked is no writer.
        if (m.group().toLowerCase(Locale.ROOT).contains("interview")) rest = rest.replaceFirst("\\s+(?:mit|with)\\s.*$", "");
        Matcher tail = TAIL.matcher(rest);
        if (tail.find() && tail.start() > 0) rest = rest.substring(0, tail.start());
        for (String part : split(rest)) {
            String name = clean(part);
            if (name != null && looksLikeName(name)) out.add(name);
        }
        return out;
    }

    /** "Von", "By", "Posted by" and kin, at the start of a short text, before a capitalised word. */
    private static final Pattern BYLINE_TEXT = Pattern.compile("^(?:"
            + "(?:posted|written|published|reported)\\s+by|(?:eingestellt|verfasst|geschrieben)\\s+von"
            + "|(?:ein\\s+)?(?:blog\\s*)?(?:beitrag|gastbeitrag|text|artikel|bericht|kommentar|interview)\\s+von"
            + "|(?:publié|écrit|rédigé)e?\\s+par|(?:publicado|escrito)\\s+por"
            + "|(?:posted|published|veröffentlicht|publié)\\s+(?:on|am|le)\\s+[^|]{4,40}?\\s+(?:by|von|par)"
            + "|autor(?:in|en)?|authors?|auteurs?|autore|autora|redakteur(?:in)?|texte?(?=\\s*:)"
            + "|(?:redaktion|herausgeber(?:in)?)(?=\\s*:)"
            + "|by|von|par|por|door|di|av"
            + ")\\s*:?\\s+(?=\\p{Lu})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** One to five words, each starting with a capital (or a particle such as "de", "van", "von"). */
    static boolean looksLikeName(String s) {
        String[] words = s.split("\\s+");
        if (words.length > 5) return false;
        int caps = 0;
        for (String w : words) {
            if (w.isEmpty()) continue;
            char c = w.charAt(0);
            if (Character.isUpperCase(c)) caps++;
            else if (!w.matches("(?i)de|da|del|della|van|von|der|den|la|le|di|du|dos|ter|zu|y|e|al|bin|ibn|el")) {
                return false;
            }
        }
        return caps >= 1;
    }
}
