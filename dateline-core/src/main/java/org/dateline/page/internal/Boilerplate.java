package org.dateline.page.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Paragraphs that surround articles on any site: date and byline lines, calls to subscribe or follow, and the
 * headings that open lists of other stories. Told apart by what they say and how short they are.
 */
public final class Boilerplate {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final int SHORT = 300;
    private static final int HEADING = 60;
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "\\b(?:sign up|subscribe|subscription|newsletter|follow us|follow the|download (?:the|our)|click here"
                    + "|join the conversation|tell us what you think|this slideshow requires|requires javascript"
                    + "|abonnieren|abonniere|jetzt abonnieren|newsletter|folgen sie uns|hier klicken|jetzt lesen"
                    + "|suscríbete|suscribete|síguenos|siguenos|únete|abonnez-vous|inscrivez-vous|suivez-nous"
                    + "|canal de (?:telegram|youtube|whatsapp)|(?:telegram|youtube|whatsapp|instagram)[- ](?:channel|kanal)"
                    + "|never miss|missing out on|zapraszamy|subskrypcj|jetzt (?:anmelden|registrieren|bestellen)"

                    + "|(?:with|in) (?:the|our) [\\p{L}\\d ]{1,30} app|get the app|app herunterladen"
                    + "|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados"
                    + "|©|copyright)\\b", FLAGS);
    private static final int SHORT_CALL = 160;
    private static final int MAX_PROMO = 600;
    /** A paragraph that opens by advertising the publisher's own magazine, shop or app. */
    private static final Pattern OWN_PROMOTION = Pattern.compile(
            "^\\W*(?:(?:gefällt dir|kennt ihr schon|kennen sie schon|entdecke|entdecken sie) unser(?:e|en)?\\b"
                    + "|lesen sie (?:das|die|den) [\\p{L}\\d-]{2,} ?(?:magazin|heft)|die aktuelle ausgabe (?:der|des|von)\\b"
                    + "|(?:do you )?(?:enjoy|like) (?:reading )?our (?:magazine|newsletter|podcast)|check out our (?:shop|store|app|podcast))",
            FLAGS);
    /** A cookie banner's lines: cookies together with consent, settings or privacy. */
    private static final Pattern COOKIE_NOTICE = Pattern.compile(
            "(?:cookies?\\b.{0,120}\\b(?:akzept|accept|zustimm|einwillig|consent|agree|einverstanden|datenschutz|privacy"
                    + "|privatsphäre|settings|einstellungen|paramètres|accepter|aceptar|configuración|zgod)"
                    + "|(?:akzept|accept|zustimm|einwillig|consent|agree|datenschutz|privacy|privatsphäre)\\w*\\b.{0,120}\\bcookies?\\b"
                    + "|^(?:was sind cookies|what are cookies)\\W*$|wir respektieren (?:deine|ihre) privatsphäre|we (?:value|respect) your privacy"
                    // The placeholder of an embed that waits for consent.
                    + "|(?:externe[rn]? inhalte?|inhalte? von drittanbietern|third-party content|external content)\\b.{0,150}"
                    + "\\b(?:laden|anzeigen|zustimm|einwillig|load|show|consent))",
            FLAGS);
    /** A clock time alone on its line: a timestamp of the page, or of a live-blog entry. */
    private static final Pattern TIME_ONLY = Pattern.compile("\\d{1,2}[:.h]\\d{2}(?: ?(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.))?", FLAGS);
    /** Notes on advertising and paywall prompts: said about the page, never part of the story. */
    private static final Pattern SPONSORED_OR_PAYWALL = Pattern.compile(
            "^\\W*(?:werbung|anzeige|advertisement|sponsored|publicidad|publicité)\\b\\W*(?:$|dieser|diese|this|enthält|contains|-|–)"
                    + "|^\\W*(?:dieser (?:beitrag|artikel|post) enthält|this (?:post|article) (?:contains|may contain)"
                    + "|enthält affiliate|contains affiliate)"
                    + "|\\b(?:to (?:view|read) the full (?:story|article)|already a subscriber|subscribe to (?:read|continue)"
                    + "|to continue reading|um weiterzulesen|weiterlesen mit)\\b"
                    // Login prompts and the page's questions about itself.
                    + "|(?:sie sind|du bist) (?:aktuell |derzeit )?nicht (?:eingeloggt|angemeldet)|you are not logged in"
                    + "|(?:sie müssen|du musst) (?:sich |dich )?(?:einloggen|anmelden|angemeldet sein)|you must (?:be logged in|log in)"
                    + "|^(?:möchten sie|willst du) (?:den|diesen) (?:artikel|beitrag) teilen|^war (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich)"
                    + "|^was this (?:article|post|page) (?:helpful|useful)|^did you (?:like|enjoy) this (?:article|post|story)", FLAGS);
    private static final int MAX_CREDIT = 250;
    /** One or two words and a colon, nothing after. */
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}.&/-]+(?: [\\p{L}\\p{N}.&/-]+)? ?:");
    private static final Pattern CREDIT_START = Pattern.compile(
            "^(?:\\(?|\\[)?(?:foto|fotos|photo|photos|bild|bilder|image|images|credit|credits|photograph|picture|titelbild"
                    + "|beitragsbild|headerbild|quelle foto|bildquelle|fotoquelle|imagen|crédito|crédit photo|zdjęcie|fot\\.|abbildung|abb\\.|grafik|infografik|illustration|quelle|quellen|source|sources|fuente|źródło)"
                    + "(?:\\s*:|\\s+by\\b|\\s*\\(|\\s*©)", FLAGS);
    private static final Pattern CREDIT_END = Pattern.compile(
            "[(\\[](?:foto|fotos|photo|photos|bild|image|credit|quelle|source|fot\\.|zdjęcie)\\s*:[^()\\[\\]]{1,60}[)\\]]$"
                    + "|(?:getty images|istock(?:photo)?(?:\\.com)?|shutterstock(?:\\.com)?|imago images|picture alliance)$", FLAGS);
    private static final Pattern DATE_LINE_WORDS = Pattern.compile(
            "^(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|erstellt|stand|publié|mis à jour"
                    + "|publicado|actualizado)\\b.{0,80}$", FLAGS);
    private static final Pattern MORE_STORIES = Pattern.compile(
            "^(?:related(?: articles| stories| posts| content| news)?|recent (?:articles|posts|stories)|popular(?: this week| now)?"
                    + "|most (?:read|popular|viewed)|trending(?: now)?|more (?:from|on|stories|news|articles|in)\\b.*"
                    + "|read (?:more|next|also)|you (?:may|might) (?:also )?like.*|want more stories like this\\??|more stories|top stories|recommended(?: for you)?|latest (?:news|stories|articles)"
                    + "|see also|also read|further reading|weitere artikel|mehr zum thema|lesen sie auch|das könnte sie auch interessieren"
                    + "|auch interessant|schon gelesen\\??|ähnliche (?:artikel|beiträge)|verwandte artikel|articles? (?:liés|similaires)"
                    + "|à lire aussi|lire aussi|noticias relacionadas|te puede interesar|lee también|leer más"
                    + "|veja também|leia também|(?:você )?(?:também )?pode (?:também )?gostar(?: de)?\\W*|notícias relacionadas|posts relacionados"
                    + "|das könnte (?:dich|sie) (?:auch )?interessieren|vous aimerez aussi|mehr zum thema\\b.*|zum weiterlesen"
                    + "|if you (?:enjoyed|liked) (?:reading )?this.*|like this:?|gefällt mir:?|teilen mit:?|share this:?"
                    + "|diesen beitrag teilen|beitrag teilen|artikel teilen"
                    // Comment forms and their notices: what follows is readers' talk, not the story.
                    + "|(?:keine kommentare\\W*|no comments\\W*)?(?:kommentare sind geschlossen|comments are closed)"
                    + "|leave a (?:reply|comment)|post a comment|schreibe einen kommentar|kommentar (?:verfassen|schreiben|abgeben)"
                    + "|laisser un commentaire|laisser une réponse"
                    + "|deja (?:un comentario|una respuesta)|dejar un comentario|zostaw komentarz|skomentuj)\\s*[.:!]?$", FLAGS);

    private static final Pattern BYLINE_START = Pattern.compile("^(?:by|von|par|por|door|di|written by)\\s+", FLAGS);
    /** What may surround the names in a byline: separators and "and". */
    private static final Pattern BYLINE_LEFTOVER = Pattern.compile("(?:[\\s,;&|/]|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)*");

    private Boilerplate() {
    }

    /** Removes boilerplate paragraphs from {@code paragraphs}, and everything after a more-stories heading. */
    public static void strip(List<String> paragraphs) {
        strip(paragraphs, List.of());
    }

    /**
     * As {@link #strip(List)}, and a paragraph at either edge that only names the page's authors (a byline) goes
     * too.
     */
    public static void strip(List<String> paragraphs, List<String> authors) {
        int n = paragraphs.size();
        for (int i = n - 1; i >= 0 && paragraphs.size() > 1; i--) {
            // Labels, credits and calls to subscribe are boilerplate wherever they stand; the last only in the
            // second half, where pages put them, so that a story about subscriptions keeps its opening.
            String p = paragraphs.get(i).strip();
            // The slow patterns run only on paragraphs holding one of the words they need (folded once).
            String folded = p.length() <= SHORT ? fold(p) : null;
            if (isLabel(p) || isCredit(p, folded) || p.length() <= MAX_PROMO && OWN_PROMOTION.matcher(p).find()
                    || p.length() <= SHORT && holdsAny(folded, COOKIE_WORDS) && COOKIE_NOTICE.matcher(p).find()
                    || TIME_ONLY.matcher(p).matches() || isDateLine(p)
                    || p.length() <= SHORT_CALL && holdsAny(folded, SPONSORED_WORDS) && SPONSORED_OR_PAYWALL.matcher(p).find()
                    || i >= n / 2 && p.length() <= SHORT_CALL && holdsAny(folded, CALL_WORDS) && CALL_TO_ACTION.matcher(p).find()) {
                paragraphs.remove(i);
            }
        }
        int half = paragraphs.size() / 2;
        for (int i = Math.max(1, half); i < paragraphs.size(); i++) {
            String p = paragraphs.get(i).strip();
            if (p.length() <= HEADING && MORE_STORIES.matcher(p).matches()) {
                paragraphs.subList(i, paragraphs.size()).clear();
                break;
            }
        }
        // Boilerplate sits at the edges of the body; inside it the same words are the story's own.
        while (paragraphs.size() > 1 && (isBoilerplate(paragraphs.get(paragraphs.size() - 1))
                || isByline(paragraphs.get(paragraphs.size() - 1), authors))) {
            paragraphs.remove(paragraphs.size() - 1);
        }
        while (paragraphs.size() > 1 && (isBoilerplate(paragraphs.get(0)) || isByline(paragraphs.get(0), authors))) {
            paragraphs.remove(0);
        }
    }

    /** "Updated 12 May 2021", "Veröffentlicht am 3.2.2022": when the page changed, not what happened. */
    static boolean isDateLine(String p) {
        return p.length() <= 100 && DATE_LINE_WORDS.matcher(p).matches() && Dates.find(p, false) != null;
    }

    /** "Kontakt:", "Tags:": a label whose content was links or was left out. */
    static boolean isLabel(String p) {
        return p.length() <= 30 && LABEL.matcher(p).matches();
    }

    /** "Foto: dpa", "Photograph by Jane Doe", "(Foto: Getty)" at the end of a caption: picture credits. */
    static boolean isCredit(String p) {
        return isCredit(p, null);
    }

    private static boolean isCredit(String p, String folded) {
        if (p.length() > MAX_CREDIT) return false;
        if (CREDIT_START.matcher(p).find()) return true;
        return holdsAny(folded == null ? fold(p) : folded, CREDIT_END_WORDS) && CREDIT_END.matcher(p).find();
    }

    /**
     * Words of which each pattern's every match holds one, folded as {@link #fold} folds: a paragraph without
     * any cannot match, so the pattern (which tries each of its many alternatives at every position) need not
     * run. Derived from the patterns above, alternative by alternative; keep them in step.
     */
    private static final String[] COOKIE_WORDS = {"cookie", "respektieren", "your privacy", "inhalt", "content"};
    private static final String[] SPONSORED_WORDS = {"werbung", "anzeige", "advertisement", "sponsored", "publicidad",
            "publicit", "enthält", "contain", "the full", "subscribe", "continue reading", "weiterzulesen", "weiterlesen",
            "nicht", "logged in", "müssen", "musst", "you must", "teilen", "nützlich", "hilfreich", "was this", "did you"};
    private static final String[] CALL_WORDS = {"sign up", "subscri", "newsletter", "follow ", "download ", "click here",
            "join the conversation", "tell us what", "slideshow", "javascript", "abonn", "folgen sie", "hier klicken",
            "jetzt ", "suscr", "guenos", "güenos", "síguenos", "únete", "inscrivez", "suivez", "canal de ", "telegram", "youtube",
            "whatsapp", "instagram", "never miss", "missing out", "zapraszamy", "subskrypcj", " app", "app ",
            "rights reserved", "rechte vorbehalten", "droits r", "derechos reservados", "©", "copyright"};
    /** The bracketed credit needs its colon; the rest end with an agency's name. */
    private static final String[] CREDIT_END_WORDS = {":", "getty images", "istock", "shutterstock", "imago images",
            "picture alliance"};

    /**
     * Each character as case-insensitive Unicode matching compares it (upper case, then lower): a pattern's
     * literal matches a stretch of {@code s} case-insensitively only if the stretch folds to it. One character
     * for one, unlike {@link String#toLowerCase}.
     */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            out[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(out);
    }

    /** True when folded text (see {@link #fold}) holds one of {@code words}; null (not folded) counts as yes. */
    private static boolean holdsAny(String folded, String[] words) {
        if (folded == null) return true;
        for (String w : words) if (folded.contains(w)) return true;
        return false;
    }

    /** A heading such as "Related stories" or "You may also like": what follows it is other stories. */
    static boolean opensOtherStories(String heading) {
        String h = heading.strip();
        return h.length() <= HEADING && MORE_STORIES.matcher(h).matches();
    }

    /** "By Jane Doe", "Jane Doe and John Roe": a line made only of the authors' names. */
    static boolean isByline(String paragraph, List<String> authors) {
        if (authors.isEmpty() || paragraph.length() > 120) return false;
        String rest = BYLINE_START.matcher(Whitespace.normalize(paragraph)).replaceFirst("").toLowerCase(Locale.ROOT);
        for (String author : authors) {
            String a = author.toLowerCase(Locale.ROOT);
            if (!a.isEmpty()) rest = rest.replace(a, " ");
        }
        return rest.length() < paragraph.length() && BYLINE_LEFTOVER.matcher(rest).matches();
    }

    static boolean isBoilerplate(String paragraph) {
        String p = paragraph.strip();
        if (p.length() > SHORT) return false;
        if (p.length() <= HEADING && MORE_STORIES.matcher(p).matches()) return true;
        if (holdsAny(fold(p), CALL_WORDS) && CALL_TO_ACTION.matcher(p).find()) return true;
        if (p.length() <= 100 && DATE_LINE_WORDS.matcher(p).matches() && Dates.find(p, false) != null) return true;
        if (p.length() <= 100 && !p.contains("@") && !p.startsWith("—") && !p.startsWith("-")) {
            Dates.Found d = Dates.find(p, false);
            // A line that is mostly a date (and perhaps a name) is a dateline or byline, not article text.
            if (d != null && (d.end() - d.start()) * 2 >= p.length() - 30) return true;
        }
        return false;
    }
}
