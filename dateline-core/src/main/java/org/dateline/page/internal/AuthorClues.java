package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The writer of a page that has no byline, from the weaker signs pages give of who wrote them: a Chinese editor
 * label ("责任编辑：NAME"), a news agency's dateline ("Hamburg (dpa/lno) – ..."), a wiki's "last edited by" line,
 * a review page's "reviewed by" title, a speech's "Rede von ..." headline, a press release's contact person, a
 * letter's signature over its signer's office, a personal site named after its owner. Asked only when
 * {@link Authors} finds no byline, so that none of these outweighs one; the clues that name this very text's
 * writer ({@link #named}) before the outlet and the copyright line, the weaker ones after them.
 */
final class AuthorClues {
    private AuthorClues() {
    }

    /**
     * The page's writer by the first of the weaker clues that names one (a press contact, a rights line, the
     * site's owner, an about page, a credit in the header, a website as author), or empty. Asked after
     * {@link #named}, the outlet and the copyright line.
     */
    static List<String> weaker(Document doc, Map<String, String> meta, String site, String url) {
        Element body = doc.body();
        if (body == null) return List.of();
        List<Line> lines = lines(body);
        List<String> found = pressContact(lines, site, url);
        if (found.isEmpty()) found = rightsLine(lines, site, url);
        if (found.isEmpty()) found = siteOwner(doc, meta, url);
        if (found.isEmpty()) found = aboutPage(doc, site, url);
        if (found.isEmpty()) found = headerCredit(doc, site, url);
        if (found.isEmpty()) found = websiteAsAuthor(doc, url);
        return found;
    }

    /**
     * The clues that name who wrote this very text (an editor label, an agency's dateline, a wiki's last editor,
     * a speech's speaker, a reviewer, a statement's signature): surer than the site's owner or its copyright line.
     */
    static List<String> named(Document doc, String site, String url) {
        Element body = doc.body();
        return body == null ? List.of() : named(doc, lines(body), site, url);
    }

    private static List<String> named(Document doc, List<Line> lines, String site, String url) {
        List<String> found = editorLabel(lines);
        if (found.isEmpty()) found = agencyDateline(doc, site, url);
        if (found.isEmpty()) found = lastEditor(lines);
        if (found.isEmpty()) found = speaker(doc, site, url);
        if (found.isEmpty()) found = reviewer(doc, site, url);
        if (found.isEmpty()) found = signedWithOffice(lines, site, url);
        return found;
    }

    /** "Über Jane Roe", "About Jane Roe": a person's page about themselves, which they write. */
    private static final Pattern ABOUT = Pattern.compile("(?iu)(?:über|about|à\\s+propos\\s+de|sobre|chi\\s+è)\\s+(.+)");

    private static List<String> aboutPage(Document doc, String site, String url) {
        for (String part : TITLE_SEPARATOR.split(Whitespace.normalize(doc.title()))) {
            Matcher m = ABOUT.matcher(part);
            if (!m.matches()) continue;
            String n = m.group(1);
            String[] words = n.split(" ");
            if (words.length < 2 || words.length > 3) return List.of();
            for (String w : words) if (!NAME_WORD.matcher(w).matches()) return List.of();
            // A person's own site is often named after them: the site's name is no sign of an outlet here.
            String clean = fullName(n, null, null);
            return clean == null ? List.of() : List.of(clean);
        }
        return List.of();
    }

    private static final Evaluator CREDIT = QueryParser.parse("[class~=^credits?$]");
    private static final Evaluator FIGURE = QueryParser.parse("figure, figcaption, picture");
    /** A picture's credit, labelled as such: "Foto: ...", "(Image: ...)", "© ...". */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?iu).*(?:foto|photo|bild|image|picture|©|getty|imago"
            + "|pixabay|shutterstock|istock|:).*");

    /** The credit under a story's headline, in the story's header: the agency or desk it came from ("JIJI"). */
    private static List<String> headerCredit(Document doc, String site, String url) {
        Element h1 = Queries.selectFirst(doc, HEADLINE);
        Element header = h1 == null ? null : h1.closest("header");
        if (header == null || header.normalName().equals("body")) return List.of();
        for (Element credit : header.select(CREDIT)) {
            String t = Whitespace.normalize(credit.text());
            if (t.isEmpty() || t.length() > 40 || credit.closest(FIGURE) != null || PICTURE_CREDIT.matcher(t).matches()) continue;
            String n = Bylines.clean(t);
            return n == null || !n.equals(t) || Authors.namesOutletOrBody(n, site, url) ? List.of() : List.of(n);
        }
        return List.of();
    }

    private static final Evaluator AUTHOR_LINK = QueryParser.parse("a[href*=/author/], a[rel=author]");
    private static final Pattern WEBSITE = Pattern.compile("(?i)(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6}");

    /** An author link whose account is named by a website ("www.example.com"): the site writes the post. */
    private static List<String> websiteAsAuthor(Document doc, String url) {
        String host = HtmlMetadata.host(url);
        for (Element a : Queries.select(doc, AUTHOR_LINK)) {
            String t = Whitespace.normalize(a.text());
            if (!WEBSITE.matcher(t).matches() || HtmlMetadata.inComments(a)) continue;
            String linked = t.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            // The page's own site named as its author is the outlet, not a writer.
            return host != null && host.endsWith(linked) ? List.of() : List.of(t);
        }
        return List.of();
    }

    /** A text node of the page as a reader sees it: its text, where it sits, and whether a footer holds it. */
    private record Line(String text, TextNode node, boolean inFooter) {
    }

    /** The page's text nodes that hold a letter, in reading order, outside scripts, menus and comments. */
    private static List<Line> lines(Element body) {
        List<Line> out = new ArrayList<>();
        int[] footerDepth = {-1};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    String n = e.normalName();
                    if (n.equals("script") || n.equals("style") || n.equals("nav") || n.equals("textarea")
                            || n.equals("noscript") || n.equals("select") || namedForComments(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (footerDepth[0] < 0 && (n.equals("footer") || e.id().equalsIgnoreCase("footer"))) footerDepth[0] = depth;
                } else if (node instanceof TextNode t && !t.isBlank()) {
                    out.add(new Line(Whitespace.normalize(t.getWholeText()), t, footerDepth[0] >= 0));
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (depth == footerDepth[0] && node instanceof Element) footerDepth[0] = -1;
                return FilterResult.CONTINUE;
            }
        }, body);
        return out;
    }

    private static boolean namedForComments(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) return false;
        String h = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return h.contains("comment") || h.contains("respond") || h.contains("reply");
    }

    /** "责任编辑：NAME", "作者：NAME": Chinese pages label the editor or writer; the name is two to four characters. */
    private static final Pattern EDITOR_LABEL = Pattern.compile(
            "[（(【\\[]?(?:责任编辑|责编|编辑|作者|记者|撰稿|撰文|文)\\s*[：:]\\s*(?:记者\\s*)?(\\p{IsHan}[\\p{IsHan}·]{1,3})?\\s*[）)】\\]]?");
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}[\\p{IsHan}·]{1,3}");

    private static List<String> editorLabel(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.length() > 30) continue;
            Matcher m = EDITOR_LABEL.matcher(t);
            if (!m.matches()) continue;
            if (m.group(1) != null) return List.of(m.group(1));
            // The name in an element of its own after the label.
            if (i + 1 < lines.size() && HAN_NAME.matcher(lines.get(i + 1).text()).matches()) {
                return List.of(lines.get(i + 1).text());
            }
        }
        return List.of();
    }

    private static final Evaluator PARAGRAPHS = QueryParser.parse("p");
    /**
     * An agency's dateline opening a story: "Hamburg (dpa/lno) – ", "PARIS (AFP) - ", "Berlin, 5. Mai (Reuters) -".
     * An agency's code is short and written in one case ("dpa/lno", "AFP", "dpa-AFX"); the agencies that write
     * their name as a word are named. A place or a country in brackets ("Portland (Maine)") is no agency.
     */
    private static final String AGENCY_CODE = "(?:\\p{Ll}{2,5}|\\p{Lu}{2,5})";
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{L}\\d.,'/ -]{1,40}?\\s*\\(("
            + AGENCY_CODE + "(?:[/-]" + AGENCY_CODE + ")*"
            + "|Reuters|Xinhua|Kyodo|Yonhap|Bloomberg|Lusa|Efe|Ansa|Belga|Anadolu|Interfax|Tass|Jiji|Bernama|Antara"
            + ")\\)\\s*[-–—:]\\s");
    /** The opening paragraphs that may carry the dateline. */
    private static final int LEAD_PARAGRAPHS = 3;

    private static List<String> agencyDateline(Document doc, String site, String url) {
        int seen = 0;
        for (Element p : Queries.select(doc, PARAGRAPHS)) {
            String t = p.text();
            // Captions and teasers are short; the story's first paragraph is prose.
            if (t.length() < 80) continue;
            if (HtmlMetadata.inComments(p)) continue;
            Matcher m = DATELINE.matcher(Whitespace.normalize(t));
            if (m.find()) return List.of(m.group(1));
            if (++seen >= LEAD_PARAGRAPHS) break;
        }
        return List.of();
    }

    /** A wiki's page information: "(last edited 2019-11-10 13:28:18 by JaneRoe)", "zuletzt geändert ... von". */
    private static final Pattern LAST_EDITED = Pattern.compile(
            "(?iu).*\\b(?:last\\s+(?:edited|modified|changed)|zuletzt\\s+(?:geändert|bearbeitet))\\b.{0,40}?\\b(?:by|von)\\s*(.*)");

    private static List<String> lastEditor(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.length() > 120) continue;
            Matcher m = LAST_EDITED.matcher(t);
            if (!m.matches()) continue;
            StringBuilder rest = new StringBuilder(m.group(1));
            // The editor's name is usually a link of its own after "by".
            for (int j = i + 1; j < lines.size() && j <= i + 2 && rest.length() < 60; j++) {
                rest.append(' ').append(lines.get(j).text());
            }
            String name = rest.toString().replaceFirst("^\\s*", "").replaceFirst("[)\\]].*$", "").strip();
            String n = Bylines.clean(name);
            // A wiki names the editor by the account: one word is a name here.
            if (n != null && n.equals(name) && Bylines.looksLikeName(n) && n.split(" ").length <= 3) return List.of(n);
            return List.of();
        }
        return List.of();
    }

    private static final Evaluator HEADLINE = QueryParser.parse("h1");
    /** "Rede von Bundespräsident Jane Roe beim ...", "Speech by Prime Minister Jane Roe at ...": the speaker. */
    private static final Pattern SPEECH = Pattern.compile(
            "(?u)\\b(?i:rede|ansprache|grußwort|grusswort|festrede|festansprache|predigt|speech|remarks|address|discours"
            + "|allocution)\\s+(?i:von|des|der|by|of|de|du)\\s+((?:\\p{Lu}[\\p{L}.'-]*\\s+){1,6})");
    /** The offices a speaker's name comes after: "Bundespräsident", "Prime Minister", "Dr.". */
    private static final Pattern OFFICE = Pattern.compile("(?iu)\\p{L}*(?:präsident|minister|kanzler|meister|bischof"
            + "|sekretär|vorsitzende|direktor|senator|secretary|governor|mayor|chancellor|president|premier|prime"
            + "|general|papst|pope|könig|king|queen|prince|prinz|dr\\.|prof\\.|sir|dame|staatssekretär|ministre"
            + "|maire)\\p{L}*\\.?(?:in|r)?");

    private static List<String> speaker(Document doc, String site, String url) {
        List<String> texts = new ArrayList<>();
        Element h1 = Queries.selectFirst(doc, HEADLINE);
        if (h1 != null) texts.add(h1.text());
        if (doc.title() != null) texts.add(doc.title());
        for (String text : texts) {
            if (text.length() > 200) continue;
            Matcher m = SPEECH.matcher(Whitespace.normalize(text) + " ");
            if (!m.find()) continue;
            List<String> words = new ArrayList<>(List.of(m.group(1).strip().split("\\s+")));
            boolean office = false;
            while (!words.isEmpty() && OFFICE.matcher(words.get(0)).matches()) {
                words.remove(0);
                office = true;
            }
            // Without an office before it, a capitalised word after "Rede von" may as well start a place or a title.
            if (!office || words.size() < 2 || words.size() > 4) continue;
            String name = String.join(" ", words);
            String n = Bylines.clean(name);
            if (n != null && n.equals(name) && Bylines.looksLikeName(n) && !Authors.namesOutletOrBody(n, site, url)) {
                return List.of(n);
            }
        }
        return List.of();
    }

    /** A review page's title: "gousto.co.uk reviewed by Jane Roe". */
    private static final Pattern REVIEWED_BY = Pattern.compile("(?iu)\\breviewed\\s+by\\s+(\\p{Lu}[\\p{L}.' -]{2,40})$");

    private static List<String> reviewer(Document doc, String site, String url) {
        String title = Whitespace.normalize(doc.title());
        Matcher m = REVIEWED_BY.matcher(title);
        if (!m.find()) return List.of();
        String n = Bylines.clean(m.group(1));
        return n != null && Bylines.looksLikeName(n) && !Authors.namesOutletOrBody(n, site, url) ? List.of(n) : List.of();
    }

    /** The offices a statement is signed over: "Jane Roe<br>Bundesvorsitzende", "Jane Roe<br>Director". */
    private static final Pattern SIGNER_OFFICE = Pattern.compile("(?iu).*(?:vorsitzend|präsident|direktor|leiter"
            + "|sprecher|geschäftsführ|bischof|pfarrer|minister|bürgermeister|vorstand|director|president|chair|ceo"
            + "|managing|secretary|pastor|dean|rector|rektor).*");
    /** A paragraph of prose before a signature is at least this long. */
    private static final int PROSE = 150;

    /**
     * A statement or letter signed at its end with the signer's name over their office: the last paragraph holds
     * two lines, the name and the office, after a paragraph of prose.
     */
    private static List<String> signedWithOffice(List<Line> lines, String site, String url) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line name = lines.get(i);
            Line office = lines.get(i + 1);
            if (name.inFooter() || name.text().length() > 40 || office.text().length() > 60) continue;
            Element p = name.node().parent();
            if (p == null || !p.normalName().equals("p") || office.node().parent() != p) continue;
            Node between = name.node().nextSibling();
            if (!(between instanceof Element br && br.normalName().equals("br"))) continue;
            if (!SIGNER_OFFICE.matcher(office.text()).matches() || p.text().length() > 100) continue;
            // Prose before it: pages split a letter's paragraphs at odd places, so the few before count together.
            int prose = 0;
            Element before = p.previousElementSibling();
            for (int k = 0; before != null && k < 4 && prose < PROSE; k++, before = before.previousElementSibling()) {
                prose += before.text().length();
            }
            if (prose < PROSE) continue;
            String n = fullName(name.text(), site, url);
            if (n != null) return List.of(n);
        }
        return List.of();
    }

    /** A press release's contact: the label, then the name over the person's office, phone or e-mail. */
    private static final Pattern CONTACT_LABEL = Pattern.compile(
            "(?iu)(?:presse|medien)?kontakt(?:\\s+für\\s+(?:die\\s+)?(?:presse|medien|rückfragen))?|ansprechpartner(?:in)?"
            + "|(?:press|media)\\s+contacts?|contact\\s+(?:for\\s+)?(?:press|media)|contact\\s+presse|pressestelle"
            + "|für\\s+rückfragen|rückfragen(?:\\s+an)?");
    private static final Pattern CONTACT_BOX = Pattern.compile("(?i)ansprechpartner|contact-?person|presskontakt|pressekontakt");
    private static final Pattern CONTACT_DETAIL = Pattern.compile("(?iu)(?:tel|telefon|phone|fon|fax|e-?mail|mail)\\b.*"
            + "|.*@.*|.*(?:pressesprecher|pressereferent|presse|öffentlichkeitsarbeit|kommunikation|communications"
            + "|media\\s+relations|press\\s+officer|spokes).*");

    private static List<String> pressContact(List<Line> lines, String site, String url) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.inFooter() || line.text().length() > 40) continue;
            if (!CONTACT_DETAIL.matcher(lines.get(i + 1).text()).matches()) continue;
            boolean labelled = i > 0 && CONTACT_LABEL.matcher(lines.get(i - 1).text().replaceFirst("\\s*:$", "")).matches();
            if (!labelled) labelled = inContactBox(line.node());
            if (!labelled) continue;
            String n = fullName(line.text(), site, url);
            if (n != null) return List.of(n);
        }
        return List.of();
    }

    private static boolean inContactBox(TextNode node) {
        Element e = node.parent();
        for (int up = 0; e != null && up < 6; up++, e = e.parent()) {
            if (CONTACT_BOX.matcher(e.className()).find()) return true;
        }
        return false;
    }

    /**
     * A personal site's rights line without the sign or the year: "(Creative Commons-Lizenz) 2006-2008 by Jane
     * Roe", "(c) Jane Roe • Weitere Rechte siehe Impressum". Read only after the copyright lines {@link Authors}
     * reads, so that an item "(c)" of a list never hides a real one.
     */
    private static final Pattern RIGHTS_LINE = Pattern.compile("^(?:[)\\s]*(?:\\d{4}\\s*[-–]\\s*)?\\d{4}\\s+by|\\([cC]\\))\\s+"
            + "(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,2})\\s*(?:$|[•|·–-]\\s)");

    private static List<String> rightsLine(List<Line> lines, String site, String url) {
        for (Line line : lines) {
            if (line.text().length() > 80) continue;
            Matcher m = RIGHTS_LINE.matcher(line.text());
            if (m.find()) {
                String n = fullName(m.group(1), site, url);
                return n == null ? List.of() : List.of(n);
            }
        }
        return List.of();
    }

    /** Where a page's title parts meet: "Post title – Jane Roe", "Jane Roe | Blog". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s*[|»]\\s*");
    private static final Pattern ACADEMIC = Pattern.compile("(?i)(?:dr|prof|mag|dipl|ing)\\.");

    /**
     * A personal site named after its owner, who writes it: a person's name among the site's name, tagline or
     * title parts, spelled by the site's address ("Dr. Jane Roe" on jane-roe.net is "Jane Roe"; "J.Roe" on
     * jroe.example). The name is written as the address spells it, without a title the address leaves out.
     */
    private static List<String> siteOwner(Document doc, Map<String, String> meta, String url) {
        String host = HtmlMetadata.host(url);
        if (host == null) return List.of();
        List<String> labels = new ArrayList<>();
        for (String label : host.split("\\.")) {
            String l = HtmlMetadata.alnum(label);
            if (l.length() >= 6) labels.add(l);
        }
        if (labels.isEmpty()) return List.of();
        // The site's name and its title parts name a brand as often as a person: a person only with a title
        // ("Dr. Jane Roe") or an initial ("J.Roe"). A tagline that is the very name the address spells, beside a
        // site name of its own, names the owner.
        List<String> named = new ArrayList<>();
        if (meta.get("og:site_name") != null) named.add(meta.get("og:site_name"));
        named.addAll(List.of(TITLE_SEPARATOR.split(Whitespace.normalize(doc.title()))));
        for (String raw : named) {
            String name = Whitespace.normalize(raw);
            if (name.length() > 40) continue;
            List<String> words = new ArrayList<>(List.of(name.split(" ")));
            boolean titled = false;
            while (!words.isEmpty() && ACADEMIC.matcher(words.get(0)).matches()) {
                words.remove(0);
                titled = true;
            }
            String n = String.join(" ", words);
            if (titled || INITIAL_AND_NAME.matcher(n).matches()) {
                String owner = spelledByAddress(n, labels, url);
                if (owner != null) return List.of(owner);
            }
        }
        String tagline = meta.get("msapplication-tooltip");
        if (tagline != null && !tagline.equals(meta.get("application-name"))) {
            String owner = spelledByAddress(Whitespace.normalize(tagline), labels, url);
            if (owner != null && owner.indexOf(' ') > 0) return List.of(owner);
        }
        return List.of();
    }

    /** "J.Roe", "J. Roe": a name with its first name's initial. */
    private static final Pattern INITIAL_AND_NAME = Pattern.compile("\\p{Lu}\\.\\s?\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
    /** A word of a person's name as written: capitalised, the rest lower case ("Roe", "Müller-Lüdenscheidt"). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\.?|\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*|\\p{Lu}\\.\\s?\\p{Lu}\\p{Ll}+");

    /** The name when the address spells it whole (or, at eight letters or more, its start), else null. */
    private static String spelledByAddress(String n, List<String> labels, String url) {
        String[] words = n.split(" ");
        if (words.length > 3 || n.isEmpty()) return null;
        for (String w : words) if (!NAME_WORD.matcher(w).matches()) return null;
        if (Authors.namesOutletOrBody(n, null, null)) return null;
        String key = HtmlMetadata.alnum(java.text.Normalizer.normalize(n, java.text.Normalizer.Form.NFD));
        for (String label : labels) {
            if (key.equals(label) || key.startsWith(label) && label.length() >= 8) return n;
        }
        return null;
    }

    /** A person's full name as a line gives it ("Dr. Jane Roe"), or null. */
    private static String fullName(String text, String site, String url) {
        String n = Bylines.clean(text);
        if (n == null || !n.equals(text) || n.indexOf(' ') < 0 || !Bylines.looksLikeName(n)
                || n.split(" ").length > 4 || Authors.namesOutletOrBody(n, site, url)) {
            return null;
        }
        return n;
    }
}
