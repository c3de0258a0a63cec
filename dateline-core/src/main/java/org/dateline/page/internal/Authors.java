package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The page's authors: the sources a page names its writers in, asked in order of trust (JSON-LD, meta tags,
 * author markup, a "By ..."/"Von ..." line, the outlet, a personal site's copyright holder). {@link Bylines}
 * cleans each name.
 */
final class Authors {
    private static final Evaluator META = QueryParser.parse("meta");
    private static final String[] AUTHOR_META = {"author", "article:author", "dc.creator", "dcterms.creator",
        "citation_author", "parsely-author", "sailthru.author", "byl", "twitter:creator", "og:article:author",
        "article:author_name", "cxenseparse:author"};
    private static final Evaluator BYLINES = QueryParser.parse(".byline, [class*=byline], [itemprop=author]");
    private static final Evaluator AUTHOR_MARKUP = QueryParser.parse(
            "[itemprop=author] [itemprop=name], [itemprop=author][content], [rel=author], .byline .author, "
            + ".author-name, .byline-name, span.author, a.author, .entry-author-name, .author .fn, .author a,"
            + " a[href*=/author/], .post-author, .entry-author, .author, [class*=author-name], [class*=author_name],"
            + " [class*=auth_name], [class*=authorname], [class*=autor], [class*=auteur], .user__name, .username,"
            + " [class*=byline] a, [class*=byline] [class*=name], a[href*=/autor/], a[href*=/auteur/], a[href*=/autore/]");

    /**
     * Bylines from every source the page offers, asked in order of trust: JSON-LD, meta tags, author markup,
     * then a "By ..."/"Von ..." line and the fallbacks after it. The first source that names someone other than
     * the outlet wins, unless the page's data names an account, initials or someone the page never shows while
     * the page shows a person as the writer.
     */
    static List<String> find(Document doc, Map<String, String> meta, HtmlMetadata.JsonLd ld, String site, String url) {
        List<String> found = bylines(doc, meta, ld, site, url);
        if (found.size() == 1 && isWeak(found.get(0))) {
            // The data names a user account or a phrase; the byline readers see names a person: the byline wins.
            List<String> shown = bylineInText(doc, site, url, new ArrayList<>());
            if (shown.isEmpty()) shown = personInAuthorLink(doc, site, url);
            if (!shown.isEmpty() && shown.stream().allMatch(Authors::isFullName)) {
                found = shown;
            }
        }
        if (found.size() == 1 && INITIALS.matcher(found.get(0)).matches()) found = spelledInitials(found.get(0), doc, site, url);
        if (!found.isEmpty() && !shownOnPage(found, doc)) {
            // Names that the page's data gives and its text never shows are often a CMS account or an editor;
            // a person the page itself shows as the writer wins over them.
            List<String> shown = bylines(doc, Map.of(), new HtmlMetadata.JsonLd(), site, url);
            // A desk credited beside the writers ("Jane Roe, John Doe, 7 News") does not make the byline unsure.
            if (shown.stream().anyMatch(n -> !namesOrganisation(n, url)) && shown.stream().allMatch(n -> !namesOutlet(n, site, url)
                    && (namesOrganisation(n, url) || n.indexOf(' ') > 0 && looksLikeStyledName(n)))) {
                found = shown;
            }
        }
        if (found.size() == 1) found = withCoauthors(doc, found.get(0), site, url);
        if (found.size() == 1 && namesDeskOnly(found.get(0), site, url)) {
            String source = sourceLine(doc);
            if (source == null) source = outletsOwner(doc, site, url);
            if (source == null) source = deskCreditAsWritten(doc, found.get(0));
            if (source != null) found = List.of(source);
        }
        if (found.size() >= 2) found = withDegrees(found, doc);
        List<String> out = new ArrayList<>(found.size());
        for (String name : found) {
            boolean handle = HANDLE.matcher(name).matches() && !DOMAIN.matcher(name).matches();
            // A first name alone ("Todd") is written in full where the page gives the full name a line of its own.
            // The outlet's one-word name is no writer's first name ("Solarserver" is not "Solarserver Stellenmarkt").
            out.add(handle ? spelledOut(name, doc, meta) : namesOutlet(name, site, url) ? name : FullNames.asWritten(name, doc));
        }
        return out;
    }

    /**
     * The byline readers see, when it names the writer that the page's data names and others beside: the data
     * often keeps only the first of several writers ("von Jane Roe, John Doe").
     */
    private static List<String> withCoauthors(Document doc, String writer, String site, String url) {
        String key = folded(writer);
        for (Element e : Queries.select(doc, AUTHOR_MARKUP)) {
            String t = Whitespace.normalize(e.text());
            if (t.length() > 120 || !folded(t).contains(key) || HtmlMetadata.inComments(e) || inNavigation(e)) continue;
            // The writer's own link inside a byline that lists several: "<div class=byline><a>A</a>, <a>B</a>".
            Element box = e.parent();
            for (int up = 0; box != null && up < 2 && !BYLINE_CLASS.matcher(box.className()).find(); up++) {
                box = box.parent();
            }
            if (box != null && BYLINE_CLASS.matcher(box.className()).find() && box.text().length() <= 120) {
                t = Whitespace.normalize(box.text());
            }
            List<String> names = new ArrayList<>();
            for (String part : Bylines.split(Bylines.clean(t))) {
                String n = Bylines.clean(part);
                if (n != null && Bylines.looksLikeName(n) && !namesOutlet(n, site, url) && !namesOrganisation(n, url)) {
                    names.add(n);
                }
            }
            boolean hasWriter = false;
            for (String n : names) hasWriter |= folded(n).equals(key);
            if (hasWriter && names.size() > 1 && names.size() <= MAX_COAUTHORS) return names;
            if (hasWriter) break;
        }
        return List.of(writer);
    }

    /**
     * An element readers never see (inline "display:none": a link left for search engines) or a link to a topic's
     * page ("CSP", "Photovoltaik" under the byline): neither names the writer.
     */
    private static boolean hiddenOrTopic(Element e) {
        for (Element x = e, stop = e.parent() == null ? null : e.parent().parent(); x != null && x != stop; x = x.parent()) {
            if (HIDDEN.matcher(x.attr("style")).find()) return true;
        }
        if (!e.normalName().equals("a")) return false;
        return TOPIC_LINK.matcher(e.attr("rel") + " " + e.className()).find() || TOPIC_PAGE.matcher(e.attr("href")).find();
    }

    private static final Pattern HIDDEN = Pattern.compile("(?i)display\\s*:\\s*none");
    private static final Pattern TOPIC_LINK = Pattern.compile("(?i)(?:^|\\s)tag(?:$|\\s|[-_])");
    private static final Pattern TOPIC_PAGE = Pattern.compile("(?i)/(?:tags?|thema|themen|topics?|category|categories|kategorie|schlagwort)/");

    /** The outlet, a body, a web address or a desk's initials: no writer, only who stands for the story. */
    private static boolean namesDeskOnly(String name, String site, String url) {
        return namesOutlet(name, site, url) || namesOrganisation(name, url) || INITIALS.matcher(name).matches()
                || DOMAIN.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    /**
     * The desk a German story names as its source, as written: "Quelle: dpa/lno", "Quelle: kathpress" closing the
     * text, or an agency's credit closing a paragraph, "(FR mit dpa)". A picture's or a table's source is no
     * author; a sentence, a date or an address after the label is a source document, not a desk.
     */
    private static String sourceLine(Document doc) {
        return firstInText(doc, e -> {
            String n = e.normalName();
            return n.equals("script") || n.equals("style") || n.equals("figure") || n.equals("figcaption")
                    || n.equals("table") || n.equals("nav") || inCommentsOnly(e);
        }, t -> {
            String whole = t.getWholeText();
            if (t.nextSibling() == null && whole.strip().endsWith(")")) {
                // "... sagte er. (FR mit dpa)": the agency's credit closing a paragraph.
                var credit = AGENCY_CREDIT.matcher(whole);
                if (credit.find()) return credit.group(1);
            }
            if (whole.length() < 80 && SOURCE_LABEL.matcher(whole).lookingAt()) {
                var v = SOURCE_LABEL.matcher(textFrom(t, 60));
                if (v.lookingAt()) {
                    // The desk's own line: an address may follow on the next.
                    String value = Whitespace.normalize(v.replaceFirst("").replaceFirst("\\s*\\|.*$", ""));
                    if (DESK.matcher(value).matches()) return value;
                }
            }
            return null;
        });
    }

    /**
     * The first answer {@code read} gives for a text node of the body, in document order, leaving out the
     * elements {@code skip} names with all they hold; or null.
     */
    private static String firstInText(Document doc, java.util.function.Predicate<Element> skip,
                                      java.util.function.Function<org.jsoup.nodes.TextNode, String> read) {
        Element body = doc.body();
        if (body == null) return null;
        String[] found = new String[1];
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof Element e) return skip.test(e) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    found[0] = read.apply(t);
                    if (found[0] != null) return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return found[0];
    }

    /** A news agency's credit in brackets, alone or with the desk that wrote it up: "(dpa)", "(FR mit dpa)". */
    private static final Pattern AGENCY_CREDIT = Pattern.compile("(?<=[.!?\"“”»«]\\s{0,3})\\(((?:[\\p{L}.]{1,15}\\s+(?:mit|und|/)\\s+)?"
            + "(?:dpa|afp|ap|reuters|rtr|kna|epd|apa|sda|sid|dts|ots|ddp)(?:/\\p{L}{1,4})?)\\)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * The byline box that credits the desk, as written, when it credits more than the desk's name alone:
     * "red, wien.ORF.at/Agenturen" around the link "Agenturen".
     */
    private static String deskCreditAsWritten(Document doc, String desk) {
        for (Element e : Queries.select(doc, BYLINES)) {
            if (HtmlMetadata.inComments(e) || inNavigation(e)) continue;
            String t = e.text();
            if (t.length() > 50) continue;
            t = Whitespace.normalize(t);
            if (t.length() > desk.length() && t.contains(desk) && DESK_CREDIT.matcher(t).matches()) return t;
        }
        return null;
    }

    /** Desk names and initials joined by commas and slashes, no date or time: "red, wien.ORF.at/Agenturen". */
    private static final Pattern DESK_CREDIT = Pattern.compile("(?U)[\\p{L}.&-]+(?:\\s*[,/]\\s*[\\p{L}.&-]+)+");

    /** The person a blog's copyright line names as the outlet's owner: "© Hafenbote by Ngozi". */
    private static String outletsOwner(Document doc, String site, String url) {
        return firstInText(doc, e -> false, t -> {
            if (t.getWholeText().indexOf('©') < 0) return null;
            var m = OWNED_BY.matcher(Whitespace.normalize(t.getWholeText()));
            return m.find() && namesOutlet(m.group(1), site, url) && !namesOutlet(m.group(2), site, url) ? m.group(2) : null;
        });
    }

    private static final Pattern OWNED_BY = Pattern.compile(
            "©\\s*(?:\\d{4}\\s*)?(\\S.{0,40}?)\\s+by\\s+(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})\\s*$");
    private static final Pattern SOURCE_LABEL = Pattern.compile("\\s*(?:Quelle|Herausgeber(?:in)?)\\s*:\\s*");
    /** One to four words of a desk's name, agencies and initials: "MDR THÜRINGEN/ls", "hessenschau.de/bb". */
    private static final Pattern DESK = Pattern.compile("(?U)(?!.*(?:www\\.|http))\\p{L}[\\p{L}./&-]*(?:\\s+[\\p{L}./&-]+){0,3}");

    private static final Pattern BYLINE_CLASS = Pattern.compile("(?i)byline|contributors|authors");

    /** True when the page's text shows every name (a user name counts as shown: it is spelled out later). */
    private static boolean shownOnPage(List<String> names, Document doc) {
        if (doc.body() == null) return true;
        String text = null;
        String foldedText = null;
        for (String n : names) {
            if (HANDLE.matcher(n).matches()) continue;
            if (text == null) text = doc.body().text();
            if (text.contains(n)) continue; // as written: folding the whole page is the slow way to the same answer
            if (foldedText == null) foldedText = folded(text);
            if (!foldedText.contains(folded(n))) return false;
        }
        return true;
    }

    /**
     * A name that is no person's name as a byline writes one: a user name with separators ("jane-roe") or words
     * that are not all names ("deinen Lieblingsbloggern", "Revised Edition Edited by Jane Roe").
     */
    private static boolean isWeak(String name) {
        return HANDLE.matcher(name).matches() && !DOMAIN.matcher(name).matches()
                || name.indexOf(' ') > 0 && !Bylines.looksLikeName(name) || INITIALS.matcher(name).matches();
    }

    /**
     * The person whose initials a byline gives ("DT"), when the blog's licence or copyright line names them in
     * full ("Ein Hundetagebuch von Donald Townsend steht unter einer Creative-Commons-Lizenz"); else the initials.
     */
    private static List<String> spelledInitials(String initials, Document doc, String site, String url) {
        for (List<String> named : List.of(licensor(doc, site, url), copyrightHolder(doc, site, url))) {
            if (named.size() != 1) continue;
            StringBuilder firsts = new StringBuilder();
            for (String w : named.get(0).split("[\\s-]+")) if (!w.isEmpty()) firsts.append(w.charAt(0));
            if (firsts.toString().equals(initials)) return named;
        }
        return List.of(initials);
    }

    /** A name, also as written in lower case for a style sheet to capitalise: "e. roe / J. I. da silva". */
    private static boolean looksLikeStyledName(String n) {
        if (Bylines.looksLikeName(n)) return true;
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            sb.append(i == 0 || n.charAt(i - 1) == ' ' ? Character.toUpperCase(c) : c);
        }
        return Bylines.looksLikeName(sb.toString());
    }

    /**
     * The writers' names with the degrees the page's author list adds to them ("Jane Roe, PhD"): the byline as
     * a journal writes it. Asked for lists of writers only, as journals name them, so that one page look-up
     * serves them all.
     */
    private static List<String> withDegrees(List<String> names, Document doc) {
        List<Element> marked = Queries.select(doc, AUTHOR_MARKUP);
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            String shown = n;
            for (Element e : marked) {
                String t = e.text();
                if (t.length() <= n.length() + 1 || t.length() > n.length() + 40) continue;
                t = Whitespace.normalize(t);
                if (t.regionMatches(true, 0, n, 0, n.length()) && DEGREES.matcher(t.substring(n.length())).matches()) {
                    shown = t;
                    break;
                }
            }
            out.add(shown);
        }
        return out;
    }

    private static final Pattern DEGREE_WORD = Pattern.compile(
            "(?:PhD|Ph\\.D\\.|MD|M\\.D\\.|MBA|MPH|MSc|MS|MA|BSc|DPhil|DrPH|JD|RN|FRCP|FACP|DO|PharmD)");
    private static final Pattern DEGREES = Pattern.compile("(?:,\\s*" + DEGREE_WORD.pattern() + ")+");

    /** A desk's or a writer's initials standing for a name: "JF", "NZZ". */
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,3}");

    /** The first author link (rel=author, an /author/ page) that names a person in full. */
    private static List<String> personInAuthorLink(Document doc, String site, String url) {
        for (Element e : Queries.select(doc, AUTHOR_LINKS)) {
            if (HtmlMetadata.inComments(e) || inNavigation(e)) continue;
            String n = Bylines.clean(e.text());
            if (isFullName(n) && !namesOutlet(n, site, url)
                    && !namesOrganisation(n, url)) {
                return List.of(n);
            }
        }
        return List.of();
    }

    /** A name of two words or more, as people's names are written: a lone word is as often a label or a weekday. */
    private static boolean isFullName(String n) {
        return n != null && n.indexOf(' ') > 0 && Bylines.looksLikeName(n);
    }

    /** A user name as systems write it: "jane.roe", "jane_roe", "jane-roe". */
    private static final Pattern HANDLE = Pattern.compile("\\p{Ll}{2,}(?:[._-]\\p{Ll}+)+");
    private static final Pattern DOMAIN = Pattern.compile(
            ".*\\.(?:com|net|org|info|news|de|at|ch|fr|es|it|pl|nl|be|eu|uk|io|co|us|ca|au)");
    private static final Evaluator AUTHOR_LINKS = QueryParser.parse(
            "a[href*=author], a[href*=autor], a[href*=auteur], a[href*=/user], a[href*=profil], a[rel=author]");

    /**
     * The name a user name stands for, as the page writes it for its readers ("jane.roe" is "Jane Roé" in the
     * author link), else the user name's parts capitalised.
     */
    private static String spelledOut(String handle, Document doc, Map<String, String> meta) {
        String key = folded(handle);
        List<String> written = new ArrayList<>();
        for (String k : AUTHOR_META) if (meta.get(k) != null) written.add(meta.get(k));
        for (Element e : Queries.select(doc, AUTHOR_LINKS)) written.add(e.text());
        for (Element e : Queries.select(doc, AUTHOR_MARKUP)) if (e.childrenSize() == 0) written.add(e.text());
        for (String w : written) {
            String n = Bylines.clean(w);
            if (n != null && !n.equals(handle) && folded(n).equals(key)) return n;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : handle.split("[._-]")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        String parts = sb.toString();
        return withMiddleInitials(parts, doc);
    }

    /**
     * "Jane Roe" as the page's text writes it with the middle initials the account's name leaves out: "Jane Q. Roe".
     * One scan of the text, made only for a name spelled out from a user name.
     */
    private static String withMiddleInitials(String name, Document doc) {
        int space = name.indexOf(' ');
        if (space < 0 || name.indexOf(' ', space + 1) >= 0 || doc.body() == null) return name;
        Pattern written = Pattern.compile("(?iu)\\b" + Pattern.quote(name.substring(0, space))
                + "(?:\\s+(?-i:\\p{Lu})\\.)+\\s+" + Pattern.quote(name.substring(space + 1)) + "\\b");
        var m = written.matcher(doc.body().text());
        return m.find() ? m.group() : name;
    }

    /** Letters and digits only, lower case, without accents: "Gàbor Muniér" and "gabor_munier" fold alike. */
    private static String folded(String s) {
        // The accents NFD splits off are marks, neither letters nor digits, so alnum drops them.
        return HtmlMetadata.alnum(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD));
    }

    private static List<String> bylines(Document doc, Map<String, String> meta, HtmlMetadata.JsonLd ld, String site, String url) {
        // The outlet named as author is kept only when no source names a writer.
        List<String> outlet = new ArrayList<>();
        Set<String> out = new LinkedHashSet<>();
        // Every name a source gives, the outlet's and the desk's too, in the source's order.
        List<String> written = new ArrayList<>();
        // One entry may credit several writers: "By Jane Roe And John Doe".
        for (String a : ld.authors) {
            if (Bylines.clean(a) != null) addAuthor(out, outlet, written, a, site, url);
            else for (String p : Bylines.split(a)) addAuthor(out, outlet, written, p, site, url);
        }
        if (!out.isEmpty()) return withDesks(out, written);
        for (String k : AUTHOR_META) {
            List<String> values = metaAll(doc, meta, k);
            written.clear();
            for (String v : values) {
                if (v.startsWith("http") || v.startsWith("@")) continue;
                // "Landesanstalt für Wald und Forstwirtschaft" is one body, not two writers.
                if (spellsHost(v, url)) {
                    outlet.add(v);
                    continue;
                }
                if (namesOrganisation(v, url)) {
                    // Kept as a body even when cleaning drops what showed it ("Deutsche Welle (www.dw.com)").
                    String n = Bylines.clean(v);
                    if (n != null) outlet.add(n);
                    continue;
                }
                for (String p : Bylines.split(v)) addAuthor(out, outlet, written, p, site, url);
            }
            if (!out.isEmpty()) return withDesks(out, written);
        }
        // WordPress SEO plug-ins label the byline for link previews: "Written by" / "Verfasst von" + the name.
        for (int i = 1; i <= 2; i++) {
            String label = meta.get("twitter:label" + i);
            if (label != null && WRITTEN_BY.matcher(label).find()) {
                written.clear();
                for (String p : Bylines.split(meta.get("twitter:data" + i))) addAuthor(out, outlet, written, p, site, url);
                if (!out.isEmpty()) return withDesks(out, written);
            }
        }
        Element first = null;
        int dataOutlets = outlet.size();
        List<Element> marked = Queries.select(doc, AUTHOR_MARKUP);
        written.clear();
        // A box that holds a more specific author element ("div.author" around the name's link, a date and a
        // reading time) is read through that element, not as a whole.
        Set<Element> holders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element m : marked) {
            Element p = m.parent();
            for (int up = 0; p != null && up < 4; up++, p = p.parent()) holders.add(p);
        }
        for (Element e : marked) {
            // The authors of works the page cites are not its own.
            if (holders.contains(e) || e.closest(CITATION) != null) continue;
            if (first != null && !sameByline(first, e)) continue;
            if (HtmlMetadata.inComments(e) || inNavigation(e) || hiddenOrTopic(e)) continue;
            String t = e.hasAttr("content") && e.text().isBlank() ? e.attr("content") : e.text();
            if (t.length() > 120) continue;
            int before = out.size();
            for (String p : Bylines.split(t)) addAuthor(out, outlet, written, p, site, url);
            // Co-authors sit beside the first one; author names elsewhere (related stories) are not this story's.
            if (first == null && out.size() > before) first = e;
        }
        // A long run of names is a list of columnists or tags, not a story's byline: its first is the byline.
        if (out.size() > MAX_COAUTHORS) return List.of(out.iterator().next());
        if (!out.isEmpty()) return withDesks(out, written);
        for (Element e : Queries.select(doc, BYLINES)) {
            if (HtmlMetadata.inComments(e) || inNavigation(e)) continue;
            String t = Whitespace.normalize(e.text());
            if (t.length() <= 120) {
                written.clear();
                for (String p : Bylines.split(t)) addAuthor(out, outlet, written, p, site, url);
                if (!out.isEmpty()) return withDesks(out, written);
            }
        }
        List<String> visibleOutlet = new ArrayList<>();
        List<String> inText = bylineInText(doc, site, url, visibleOutlet);
        if (!inText.isEmpty()) return inText;
        // "Von auto-motor.at Redaktion": the byline readers see names the outlet's desk.
        if (!visibleOutlet.isEmpty()) return List.of(visibleOutlet.get(0));
        // The author link itself names the outlet's desk: no guess from a box's other lines is surer.
        if (outlet.size() > dataOutlets) return List.of(outlet.get(dataOutlets));
        List<String> named = nameInAuthorBox(doc, site, url);
        if (!named.isEmpty()) return named;
        List<String> dateLine = nameInDateLine(doc, site, url);
        if (!dateLine.isEmpty()) return dateLine;
        List<String> signed = signature(doc, site, url);
        if (!signed.isEmpty()) return signed;
        List<String> replying = postAuthorReplying(doc, site, url);
        if (!replying.isEmpty()) return replying;
        // An editor label, an agency's dateline or a signed statement names this text's writer: surer than the
        // outlet's name or its copyright line.
        List<String> clue = AuthorClues.named(doc, site, url);
        if (!clue.isEmpty()) return clue;
        if (!outlet.isEmpty()) return List.of(outlet.get(0));
        List<String> licensed = licensor(doc, site, url);
        if (!licensed.isEmpty()) return licensed;
        List<String> held = copyrightHolder(doc, site, url);
        if (!held.isEmpty()) return held;
        // No byline at all: the weaker signs of who wrote the page (an editor label, an agency's dateline, ...).
        return AuthorClues.weaker(doc, meta, site, url);
    }

    /** True for the outlet's or another body's name: no writer's. */
    static boolean namesOutletOrBody(String name, String site, String url) {
        return namesOutlet(name, site, url) || namesOrganisation(name, url);
    }

    private static final Evaluator AUTHOR_BOX = QueryParser.parse(
            "[class*=author], [class*=autor], [class*=auteur], [class*=byline], [id*=author]");
    private static final int MAX_AUTHOR_BOX_TEXT = 160;

    /**
     * A box the markup names for the author ("header-info__authors", "author-info"), holding the name among other
     * lines (a label, a date, a photo caption): its first line that is a person's name.
     */
    private static List<String> nameInAuthorBox(Document doc, String site, String url) {
        for (Element box : Queries.select(doc, AUTHOR_BOX)) {
            String n = box.normalName();
            if (n.equals("input") || n.equals("label") || n.equals("img") || n.equals("body") || n.equals("html")
                    || HtmlMetadata.inComments(box) || inNavigation(box) || box.closest(FORM) != null) {
                continue;
            }
            String text = HtmlMetadata.boundedText(box, MAX_AUTHOR_BOX_TEXT);
            if (text == null || text.isEmpty()) continue;
            for (String line : linesOf(box).split("\\s*\\|\\s*")) {
                // "Jane Roe Stand: 5. Februar 2020": the next field starts at its label.
                line = Whitespace.normalize(line).replaceFirst("\\s+\\p{L}{2,}:\\s.*$", "");
                String cleaned = Bylines.clean(line);
                // The line is the name (perhaps after a label), not a sentence or a list that mentions one.
                if (cleaned == null || cleaned.length() < line.length() * 0.6) continue;
                List<String> names = new ArrayList<>();
                for (String part : Bylines.split(cleaned)) {
                    String name = Bylines.clean(part);
                    // A full name: a lone word in such a box is as often a label or a weekday.
                    if (isFullName(name)
                            && !namesOutlet(name, site, url)) {
                        names.add(name);
                    }
                }
                if (!names.isEmpty()) return names;
            }
        }
        return List.of();
    }

    private static final Evaluator FORM = QueryParser.parse("form");
    /** WordPress marks the comments the post's own author writes: their name is the post's author. */
    private static final Evaluator POST_AUTHOR_COMMENT = QueryParser.parse(
            ".bypostauthor .fn, .bypostauthor .comment-author, .bypostauthor [class*=author-name]");
    /** The Creative Commons licence block names who licenses the work: its author, on a personal blog. */
    private static final Evaluator LICENSOR = QueryParser.parse(
            "[property~=(?i)^cc:attributionname$], [rel~=(?i)^cc:attributionurl$]");

    private static final Evaluator HEADLINE = QueryParser.parse("h1");
    private static final Evaluator CITATION = QueryParser.parse("[itemprop=citation], blockquote");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}/\\d{1,2}/\\d{2,4}");

    /**
     * The headline's date line when it carries the name among its fields: "04.02.2022 | 13:10 Uhr | Jane Roe"
     * just above or below the h1.
     */
    private static List<String> nameInDateLine(Document doc, String site, String url) {
        Element h1 = Queries.selectFirst(doc, HEADLINE);
        if (h1 == null) return List.of();
        List<Element> near = new ArrayList<>();
        Element e = h1.previousElementSibling();
        if (e != null) near.add(e);
        e = h1.nextElementSibling();
        if (e != null) near.add(e);
        for (Element line : near) {
            String t = Whitespace.normalize(line.text());
            if (t.length() > 100 || !NUMERIC_DATE.matcher(t).find()) continue;
            String[] fields = t.split("\\s*[|·•]\\s*");
            // The name closes the line, after the date and the time.
            if (fields.length >= 2) {
                String field = fields[fields.length - 1];
                String n = Bylines.clean(field);
                if (isFullName(n) && n.equals(field)
                        && !NUMERIC_DATE.matcher(n).find() && !namesOutlet(n, site, url) && !namesOrganisation(n, url)) {
                    return List.of(n);
                }
            }
        }
        return List.of();
    }

    private static final Evaluator PARAGRAPHS = QueryParser.parse("p");
    private static final Evaluator EMPHASIS = QueryParser.parse("b, strong, i, em");
    /** A paragraph of prose before a signature is at least this long. */
    private static final int PROSE = 150;

    /**
     * The name an article is signed with: its last paragraph, after the prose, holding nothing but a name set in
     * bold or italics or set to the right ("<p><b><i>Jane Roe</i></b></p>").
     */
    private static List<String> signature(Document doc, String site, String url) {
        for (Element p : Queries.select(doc, PARAGRAPHS)) {
            String t = Whitespace.normalize(p.text());
            if (t.length() > 40 && !HtmlMetadata.inComments(p)) {
                // "... the last sentence.<br><em>Jane Roe</em></p>": the name closes the last paragraph.
                String n = signatureAfterBreak(p);
                if (n != null && isLastProse(p) && !namesOutlet(n, site, url) && !namesOrganisation(n, url)) {
                    return List.of(n);
                }
                continue;
            }
            if (t.length() < 5 || HtmlMetadata.inComments(p) || inNavigation(p)) continue;
            boolean right = p.attr("align").equalsIgnoreCase("right") || p.attr("style").contains("right");
            boolean set = right;
            for (Element em : Queries.select(p, EMPHASIS)) set |= Whitespace.normalize(em.text()).equals(t);
            if (!set) continue;
            Element before = p.previousElementSibling();
            while (before != null && Whitespace.normalize(before.text()).isEmpty()) before = before.previousElementSibling();
            if (before == null || before.text().length() < PROSE) continue;
            // The end of the article: no more prose after the name (footnotes may follow a name set right).
            boolean last = right || isLastProse(p);
            String n = Bylines.clean(t);
            if (last && isFullName(n) && n.equals(t)
                    && !namesOutlet(n, site, url) && !namesOrganisation(n, url)) {
                return List.of(n);
            }
        }
        return List.of();
    }

    /** True when no paragraph of prose follows {@code p} among its siblings. */
    private static boolean isLastProse(Element p) {
        for (Element after = p.nextElementSibling(); after != null; after = after.nextElementSibling()) {
            if (after.text().length() >= PROSE) return false;
        }
        return true;
    }

    /** The name set in bold or italics after a line break at the very end of a paragraph, or null. */
    private static String signatureAfterBreak(Element p) {
        Element em = p.children().isEmpty() ? null : p.children().last();
        if (em == null || !EMPHASIS_TAGS.contains(em.normalName())) return null;
        org.jsoup.nodes.Node after = em.nextSibling();
        while (after instanceof org.jsoup.nodes.TextNode tn && tn.isBlank()) after = after.nextSibling();
        if (after != null) return null;
        org.jsoup.nodes.Node before = em.previousSibling();
        while (before instanceof org.jsoup.nodes.TextNode tn && tn.isBlank()) before = before.previousSibling();
        if (!(before instanceof Element br && br.normalName().equals("br"))) return null;
        String t = Whitespace.normalize(em.text());
        String n = Bylines.clean(t);
        return isFullName(n) && n.equals(t) ? n : null;
    }

    private static final Set<String> EMPHASIS_TAGS = Set.of("b", "strong", "i", "em");

    /** The name the post's author signs replies with under the post, when the page names no writer otherwise. */
    private static List<String> postAuthorReplying(Document doc, String site, String url) {
        for (Element e : Queries.select(doc, POST_AUTHOR_COMMENT)) {
            // The comment's header holds the name; a box around the whole comment holds its text too.
            String t = e.text();
            if (t.length() > 60) continue;
            String n = Bylines.clean(t);
            return n == null || namesOutlet(n, site, url) ? List.of() : List.of(n);
        }
        return List.of();
    }

    /** The person a Creative Commons notice credits ("Ein Blog von Jane Roe steht unter einer Lizenz ..."). */
    private static List<String> licensor(Document doc, String site, String url) {
        Element e = Queries.selectFirst(doc, LICENSOR);
        return e == null ? List.of() : personOrNothing(e.text(), site, url);
    }

    private static final Set<String> REPEATED_META = Set.of("citation_author", "article:author", "author", "dc.creator",
            "dcterms.creator", "parsely-author");

    /** Every value of a meta tag that pages repeat for each author (citation_author, article:author). */
    private static List<String> metaAll(Document doc, Map<String, String> meta, String key) {
        String first = meta.get(key);
        if (first == null) return List.of();
        if (!REPEATED_META.contains(key)) {
            return List.of(first);
        }
        List<String> all = new ArrayList<>();
        for (Element m : Queries.select(doc, META)) {
            String k = HtmlMetadata.firstNonBlank(m.attr("property"), m.attr("name"));
            if (k != null && k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) all.add(m.attr("content").strip());
        }
        // No such tag by name or property: the value came from an itemprop, perhaps a cited work's author,
        // which the author markup reads in its place on the page.
        return all;
    }

    private static boolean sameByline(Element first, Element e) {
        Element p = first.parent();
        return p != null && (p == e.parent() || e.parent() != null && p.parent() != null
                && p.parent() == e.parent().parent() && e.elementSiblingIndex() == first.elementSiblingIndex());
    }

    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\(c\\)|copyright)(?:\\s*(?:©|\\(c\\)))?\\s*(?:\\d{4}\\s*(?:[-–]\\s*(?:\\d{4})?)?\\s*)?(?:by\\s+)?"
            + "(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,2}(?:\\s+(?-i:AG|GmbH|SE|KGaA)\\b)?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A company's legal form closing its name: the company stands for its own press pages. */
    private static final Pattern LEGAL_FORM = Pattern.compile(".*\\s(?:AG|GmbH|SE|KGaA)");
    private static final Pattern COPYRIGHT_WORD = Pattern.compile("(?i)\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\(c\\)|\\d{4})");
    private static final Pattern COMPANY = Pattern.compile(
            "(?i).*\\b(?:gmbh|ag|inc|ltd|llc|e\\.?v|verlag|media|medien|group|all|rights|alle|rechte|news|online)\\b.*");

    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?i)caption|credit|image|photo|media-legal");
    /** "© Jane Roe / Agency": the photographer and the agency, as picture credits are written. */
    private static final Pattern AGENCY_CREDITED = Pattern.compile("©\\s*[^/©]{2,40}\\s/\\s*\\p{L}");

    /** A personal site's copyright line ("© 2019 Jane Roe"): the writer when the page names no other. */
    private static List<String> copyrightHolder(Document doc, String site, String url) {
        Element body = doc.body();
        if (body == null) return List.of();
        String[] line = new String[1];
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (line[0] != null) return FilterResult.STOP;
                // A picture's credit ("© Jane Roe / Agency" under a photo) names the photographer.
                if (node instanceof Element e && (e.normalName().equals("figure") || e.normalName().equals("figcaption")
                        || e.hasAttr("class") && PICTURE_CREDIT.matcher(e.className()).find())) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                // "©", or "(c)" and "Copyright" as pages without the sign write it.
                if (node instanceof org.jsoup.nodes.TextNode t && (t.getWholeText().indexOf('©') >= 0
                        && !AGENCY_CREDITED.matcher(t.getWholeText()).find() || COPYRIGHT_WORD.matcher(t.getWholeText()).find())) {
                    line[0] = t.getWholeText();
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        if (line[0] == null) return List.of();
        var m = COPYRIGHT.matcher(Whitespace.normalize(line[0]));
        if (m.find() && LEGAL_FORM.matcher(m.group(1)).matches()) {
            return List.of(m.group(1));
        }
        m.reset();
        // "Jane Roe. All rights reserved": the sentence ends with the name (an initial's dot does not end it).
        return m.find() ? personOrNothing(m.group(1).replaceFirst("(?<=\\p{L}{2})\\.(?:\\s.*)?$", ""), site, url)
                : List.of();
    }

    private static List<String> personOrNothing(String name, String site, String url) {
        String n = Bylines.clean(name);
        if (n == null || COMPANY.matcher(n).matches() || !Bylines.looksLikeName(n) || namesOutlet(n, site, null)) {
            return List.of();
        }
        return List.of(n);
    }

    /** A "Posted by Jane Roe" or "Von Jane Roe" line anywhere outside the comments. */
    private static List<String> bylineInText(Document doc, String site, String url, List<String> outlet) {
        Element body = doc.body();
        if (body == null) return List.of();
        Set<String> out = new LinkedHashSet<>();
        org.jsoup.select.NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override
            public FilterResult head(org.jsoup.nodes.Node node, int depth) {
                if (!out.isEmpty()) return FilterResult.STOP;
                if (node instanceof Element e) {
                    String n = e.normalName();
                    // Not <form>: ASP.NET pages wrap the whole page in one.
                    if (n.equals("script") || n.equals("style") || n.equals("nav") || n.equals("footer")
                            || n.equals("textarea") || inCommentsOnly(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    return FilterResult.CONTINUE;
                }
                if (node instanceof org.jsoup.nodes.TextNode t && mayStartByline(withoutLeadingMarks(t.getWholeText()))
                        && isBylineStart(withoutLeadingMarks(Whitespace.normalize(t.getWholeText())))) {
                    // The name often sits in elements of its own: "By <a>Jane Roe</a>", "<h5>Autor:</h5> Jane Roe".
                    for (String name : Bylines.inText(textFrom(t, MAX_BYLINE_TEXT))) {
                        String n = Bylines.clean(name);
                        if (n != null && !namesOutlet(n, site, url)) out.add(n);
                        else if (n != null) outlet.add(n);
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return new ArrayList<>(out);
    }

    private static final int MAX_BYLINE_TEXT = 110;

    /**
     * A text node and what follows it, read as a reader sees it: the node's later siblings, then (when they run
     * out) its parent's later siblings, with a space between elements, up to about {@code limit} characters.
     */
    static String textFrom(org.jsoup.nodes.TextNode start, int limit) {
        StringBuilder sb = new StringBuilder(withoutLeadingMarks(start.getWholeText()));
        org.jsoup.nodes.Node at = start;
        for (int up = 0; up < 3 && at != null && sb.length() < limit; up++) {
            for (org.jsoup.nodes.Node n = at.nextSibling(); n != null && sb.length() < limit; n = n.nextSibling()) {
                if (n instanceof org.jsoup.nodes.TextNode tn) sb.append(' ').append(tn.getWholeText());
                else if (n instanceof Element e && !e.normalName().equals("script") && !e.normalName().equals("style")) {
                    // A line break ends the name, not the label: "Von:<br>Jane Roe".
                    boolean lineEnds = e.normalName().equals("br") && !isLabelOnly(Whitespace.normalize(sb.toString()));
                    sb.append(lineEnds ? " | " : " ").append(linesOf(e));
                    // A block after the label holds the name; the blocks after it are the page's next parts.
                    if (e.isBlock() && !isLabelOnly(Whitespace.normalize(sb.toString()))) break;
                }
            }
            // Up a level only while nothing but the label is read: past the byline's own element is other matter.
            if (!isLabelOnly(Whitespace.normalize(sb.toString()))) break;
            at = at.parent();
        }
        String t = Whitespace.normalize(sb.toString());
        return t.length() > limit ? t.substring(0, limit) : t;
    }

    /** An element's text with " | " where a block starts or ends, so that a name ends at its own line. */
    private static String linesOf(Element root) {
        StringBuilder sb = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) sb.append(t.getWholeText());
                else if (node != root && node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    sb.append(" | ");
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node != root && node instanceof Element e && e.isBlock()) sb.append(" | ");
            }
        }, root);
        return sb.toString().replaceAll("^[\\s|]+", "");
    }

    /** "| By", "– Von": separators a layout puts before the byline's label. */
    private static String withoutLeadingMarks(String text) {
        int i = 0;
        while (i < text.length() && "|•·-–—/ \t\n\r\u00a0".indexOf(text.charAt(i)) >= 0) i++;
        return i == 0 ? text : text.substring(i);
    }

    private static boolean isBylineStart(String text) {
        return text.length() <= MAX_BYLINE_TEXT && BYLINE_START.matcher(text).lookingAt();
    }

    /** "By", "Von:", "Autor:" with nothing after it: the name is in the elements that follow. */
    private static boolean isLabelOnly(String text) {
        var m = BYLINE_START.matcher(text);
        return m.lookingAt() && text.substring(m.end()).replaceAll("[\\s:]", "").isEmpty();
    }

    private static final Pattern BYLINE_START = Pattern.compile(
            "\\s*(?:(?:posted|written|published|reported)\\s+by|(?:posted|published)\\s+on|by|von|par|por|door|di|av"
            + "|(?:autor(?:in|en)?|authors?|auteurs?|autore|autora|redakteur(?:in)?|texte?(?=\\s*:))"
            // A press release's labels: "Redaktion: Jane Roe", "Herausgeber: Roe AG".
            + "|(?:redaktion|herausgeber(?:in)?)(?=\\s*:)"
            + "|(?:eingestellt|verfasst|"
            + "geschrieben)\\s+von|(?:ein\\s+)?(?:blog\\s*)?(?:beitrag|gastbeitrag|text|artikel|bericht|kommentar|interview)\\s+von"
            + "|(?:publié|écrit)e?\\s+par|(?:publicado|escrito)\\s+por)(?:\\s|:|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A cheap look before the byline pattern: a short text whose first letter can start a byline phrase. */
    private static boolean mayStartByline(String text) {
        if (text.length() > 200) return false;
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        if (i == text.length()) return false;
        char c = Character.toLowerCase(text.charAt(i));
        return "bvpdwregtakh".indexOf(c) >= 0;
    }

    /** True for an element that itself is named for comments (its ancestors are checked as the walk descends). */
    private static boolean inCommentsOnly(Element e) {
        if (!e.hasAttr("class") && !e.hasAttr("id")) return false;
        String h = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return h.contains("comment") || h.contains("respond") || h.contains("reply");
    }

    private static final int MAX_COAUTHORS = 4;
    /** Menus list the site's writers and topics; none of them is this story's byline. */
    private static final Evaluator NAVIGATION = QueryParser.parse(
            "nav, [role=navigation], [class*=menu], [class*=navigation], [class*=dropdown]");

    /**
     * True inside a menu. The body's and the page wrapper's classes are no menu even when they name one
     * ("vw-site-top-bar-menu-social" says the page has a menu bar, not that it is one).
     */
    private static boolean inNavigation(Element e) {
        Element nav = e.closest(NAVIGATION);
        return nav != null && !nav.normalName().equals("body") && !nav.normalName().equals("html");
    }

    private static final Pattern WRITTEN_BY = Pattern.compile(
            "(?i)written by|author|verfasst|geschrieben|autor|auteur|écrit|escrito|scritto");

    /**
     * The writers a source names, with a desk or body it names beside them kept in their place: pages credit
     * "Jane Roe, Redaktion" as one byline.
     */
    private static List<String> withDesks(Set<String> writers, List<String> written) {
        return written.size() > writers.size() && written.size() <= MAX_COAUTHORS ? new ArrayList<>(written)
                : new ArrayList<>(writers);
    }

    private static void addAuthor(Set<String> out, List<String> outlet, List<String> written, String name, String site,
                                  String url) {
        String n = Bylines.clean(name);
        // The outlet's own name beside the writers is left out ("Jane Roe, CNN"); a desk is kept ("Redaktion").
        // A title ("The Times", "Die Zeit") beside the names is more often a phrase cut in two than a desk.
        if (n != null && !written.contains(n) && !namesOutlet(n, site, url) && !TITLE_LIKE.matcher(n).matches()) {
            written.add(n);
        }
        addAuthor(out, outlet, name, site, url);
    }

    private static void addAuthor(Set<String> out, List<String> outlet, String name, String site, String url) {
        String n = Bylines.clean(name);
        if (n == null) return;
        if (namesOutlet(n, site, url) || namesOrganisation(n, url)) outlet.add(n);
        else out.add(n);
    }

    private static final Pattern TITLE_LIKE = Pattern.compile("(?iu)(?:die|der|das|the|la|le|les|el|los|il)\\s+\\p{L}+.*");

    /** Words that name a body, not a person: "Hanns-Seidel-Stiftung e.V.", "Landesanstalt für Wald". */
    private static final Pattern ORGANISATION = Pattern.compile("(?iu).*(?:\\b(?:gmbh|e\\.\\s?v|ag|inc|ltd|llc|s\\.a|verlag|"
            + "redaktion|editorial|newsroom|magazin|magazine|zeitung|journal|agentur|agenturen|agency|agencies|verband|verein|institut|"
            + "ministerium|ministry|university|universität|université|press)\\b|stiftung|anstalt|gesellschaft).*"
            // "Die Zeitung", "The Courier": a name that starts with an article is a title.
            + "|(?:die|der|das|the|la|le|les|el|los|il)\\s+\\p{L}+.*");

    /** True for a body's name, or the site's address in it ("Deutsche Welle (www.dw.com)"): not a writer. */
    private static boolean namesOrganisation(String name, String url) {
        if (ORGANISATION.matcher(name).matches() || name.matches("(?i).*\\(\\s*(?:www\\.|https?:).*")) return true;
        String host = HtmlMetadata.hostLabel(url);
        return host != null && host.length() >= 4 && folded(name).contains(host);
    }

    /** True when a byline names the outlet ("Badische Zeitung", "mdr.de") rather than a writer. */
    private static boolean namesOutlet(String name, String site, String url) {
        String key = HtmlMetadata.alnum(name);
        if (key.isEmpty()) return true;
        String siteKey = site == null ? "" : HtmlMetadata.alnum(site);
        if (!siteKey.isEmpty() && (key.equals(siteKey) || key.contains(siteKey) && siteKey.length() >= 5)) return true;
        String host = HtmlMetadata.hostLabel(url);
        if (host == null || host.length() < 3) return false;
        // A personal site is often named after its author: the host names the outlet only when the site does.
        boolean siteIsHost = siteKey.isEmpty() || siteKey.contains(host) || host.contains(siteKey);
        if (name.matches("(?i).*\\.(?:com|de|at|ch|net|org|fr|es|it|cl|co|info|news)\\b.*")
                && (key.contains(host) || siteIsHost)) {
            return true;
        }
        return siteIsHost && (key.equals(host) || key.contains(host) && host.length() >= 5);
    }

    /**
     * True when the words of a name spell the site's address: "Jobs & Hire" on jobsnhire.com is the outlet, not
     * two writers called Jobs and Hire.
     */
    static boolean spellsHost(String name, String url) {
        String host = HtmlMetadata.hostLabel(url);
        if (host == null) return false;
        int letters = 0, words = 0;
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || w.equals("and") || w.equals("und") || w.equals("n")) continue;
            if (!host.contains(w)) return false;
            letters += w.length();
            words++;
        }
        return words >= 2 && letters >= host.length() - 2;
    }

    private Authors() {
    }
}
