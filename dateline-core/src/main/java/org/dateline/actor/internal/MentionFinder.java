package org.dateline.actor.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.actor.Actor;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityType;
import org.dateline.text.Sentence;
import org.dateline.text.Text;
import org.dateline.text.Token;

/**
 * Finds mentions in one text: longest dictionary matches of actors and agents, combined the way news
 * writes them ("US President Joe Biden", "Putin's foreign policy adviser", "a White House official",
 * "the Biden administration"), plus capitalised names the dictionaries do not know.
 */
public final class MentionFinder {
    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "across", "around",
            "throughout", "inside", "within", "via");
    static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> NOT_NAMES = Set.of("i", "the", "a", "an", "in", "on", "at", "but", "and", "or",
            "if", "when", "while", "during", "after", "before", "this", "that", "these", "those", "it", "he", "she",
            "they", "we", "you", "his", "her", "their", "our", "its", "my", "as", "for", "with", "by", "from", "to",
            "of", "one", "there", "here", "what", "who", "how", "why", "where", "some", "many", "any", "all", "no",
            "not", "yes", "so", "also", "however", "meanwhile", "still", "yet", "then", "now", "both", "each",
            "according", "leave", "reply", "your", "yours", "please", "read", "share", "comment", "comments", "looks", "lets", "let", "mr", "mrs", "ms", "dr", "said", "says");
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "christmas", "easter");
    private static final Set<String> ORG_WORDS = Set.of("organization", "organisation", "ministry", "council",
            "agency", "committee", "party", "union", "bank", "fund", "corporation", "corp", "inc", "ltd", "group",
            "news", "times", "post", "press", "network", "department", "commission", "court", "parliament",
            "assembly", "institute", "university", "association", "forces", "army", "navy", "company", "office",
            "service", "front", "movement", "league", "alliance", "federation", "board", "authority", "tass",
            "reuters", "journal", "television", "tv", "radio", "police", "guard", "club", "foundation", "centre",
            "center", "school", "church", "government", "administration", "senate", "congress", "cabinet");
    static final Set<String> ORG_AGENTS = Set.of("administration", "government", "ministry", "ministries",
            "forces", "force", "army", "police", "authorities", "parliament", "cabinet", "regime", "military",
            "troops", "congress", "senate", "media", "office", "department", "agency", "court", "party");
    private static final Set<String> LANGUAGE_WORDS = Set.of("language", "languages", "speaker", "speakers", "speaking",
            "dialect", "translation", "-language");
    private static final Set<String> TITLES = Set.of("MR", "MRS", "MS", "DR", "PROF", "SEN", "REP", "GOV", "GEN");

    private final ActorDictionary actors;
    private final AgentDictionary agents;
    private final Set<String> cities;

    public MentionFinder(ActorDictionary actors, AgentDictionary agents, Set<String> cities) {
        this.actors = actors;
        this.agents = agents;
        this.cities = cities;
    }

    /** A word of the matching stream: a token or part of a hyphenated one. */
    record Item(int start, int end, String raw, String norm) {
        boolean capitalised() {
            return !raw.isEmpty() && Character.isUpperCase(raw.charAt(0));
        }

        String lower() {
            return raw.toLowerCase(Locale.ROOT);
        }
    }

    enum PieceKind { ACTOR, AGENT, NAME, POSS, WORD }

    /** A run of items [from, to) that is one thing. */
    record Piece(PieceKind kind, int from, int to, ActorDictionary.Entry entry, AgentDictionary.Agent agent) {
        boolean isPersonLike() {
            return kind == PieceKind.NAME || (kind == PieceKind.ACTOR && entry.kind() == ActorDictionary.Kind.PERSON);
        }
    }

    public List<Entity> find(Text text, LocalDate date) {
        return find(text, date, false);
    }

    /**
     * With {@code unnamedAgents}, an agent that names no actor ("students", "a senior official") is a
     * mention too, coded "---" with the agent's code ("---EDU"): PETRARCH's convention for an unknown actor.
     */
    public List<Entity> find(Text text, LocalDate date, boolean unnamedAgents) {
        String s = text.text();
        Set<String> lowerWords = lowerCaseWords(text);
        List<Entity> out = new ArrayList<>();
        List<Token> tokens = text.tokens();
        int t = 0;
        String previousCountry = null;
        for (Sentence sentence : text.sentences()) {
            List<Item> items = new ArrayList<>();
            while (t < tokens.size() && tokens.get(t).start() < sentence.end()) {
                addItems(tokens, t, items);
                t++;
            }
            previousCountry = findInSentence(s, items, date, lowerWords, out, unnamedAgents, previousCountry);
        }
        return out;
    }

    private void addItems(List<Token> tokens, int t, List<Item> items) {
        Token tok = tokens.get(t);
        String raw = tok.text();
        // "Mr." and "V." come as word + "."; the dot is dropped so "MR._OBAMA" meets "Mr. Obama".
        if (raw.equals(".") && t > 0 && !items.isEmpty()) {
            Token prev = tokens.get(t - 1);
            if (prev.end() == tok.start() && (prev.text().length() == 1 || TITLES.contains(Words.norm(prev.text())))) return;
        }
        // "Dol_Amroth": an underscore glued between two words joins them as the dictionaries do.
        if (raw.equals("_") && t > 0 && t + 1 < tokens.size() && tokens.get(t - 1).end() == tok.start()
                && tokens.get(t + 1).start() == tok.end()) return;
        int dash = raw.indexOf('-');
        if (dash > 0 && dash < raw.length() - 1 && Character.isUpperCase(raw.charAt(0))) {
            PhraseTrie.Match<ActorDictionary.Entry> whole = actors.phrases().longest(List.of(Words.norm(raw)), 0);
            String[] parts = raw.split("-");
            boolean allCaps = true;
            for (String p : parts) if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) allCaps = false;
            if ((whole == null || whole.stem()) && allCaps) {
                // "Russia-US", "Biden-Putin": each side is a mention.
                int off = tok.start();
                for (String p : parts) {
                    items.add(new Item(off, off + p.length(), p, Words.norm(p)));
                    off += p.length() + 1;
                }
                return;
            }
        }
        items.add(new Item(tok.start(), tok.end(), raw, Words.norm(raw)));
    }

    private static Set<String> lowerCaseWords(Text text) {
        Set<String> out = new HashSet<>();
        for (Token tok : text.tokens()) {
            String w = tok.text();
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) out.add(w);
        }
        return out;
    }

    /** Returns the country last mentioned in the sentence (else {@code previousCountry}) for the next one. */
    private String findInSentence(String s, List<Item> items, LocalDate date, Set<String> lowerWords, List<Entity> out,
                                  boolean unnamedAgents, String previousCountry) {
        List<String> words = new ArrayList<>(items.size());
        for (Item it : items) words.add(it.norm);
        List<Piece> pieces = new ArrayList<>();
        boolean headline = isTitleCase(items);
        int i = 0;
        while (i < items.size()) {
            PhraseTrie.Match<ActorDictionary.Entry> am = actors.phrases().longest(words, i);
            PhraseTrie.Match<AgentDictionary.Agent> gm = agents.phrases().longest(words, i);
            if (am != null && !anyCapitalised(items, i, am.length())) am = null;
            if (am != null && (gm == null || am.length() >= gm.length())) {
                pieces.add(new Piece(PieceKind.ACTOR, i, i + am.length(), am.value(), null));
                i += am.length();
            } else if (gm != null) {
                pieces.add(new Piece(PieceKind.AGENT, i, i + gm.length(), null, gm.value()));
                i += gm.length();
            } else if (items.get(i).norm.equals("'S")) {
                pieces.add(new Piece(PieceKind.POSS, i, i + 1, null, null));
                i++;
            } else if (isNameStart(items, i, lowerWords, headline)) {
                int j = i + 1;
                while (j < items.size()) {
                    Item it = items.get(j);
                    if (it.capitalised() && Character.isLetter(it.raw.charAt(0)) && !CALENDAR.contains(it.lower())
                            && actors.phrases().longest(words, j) == null && agents.phrases().longest(words, j) == null) {
                        j++;
                    } else if ((it.lower().equals("of") || it.lower().equals("for")) && j + 1 < items.size()
                            && items.get(j + 1).capitalised() && containsOrgWord(items, i, j + 3)) {
                        j++;
                    } else {
                        break;
                    }
                }
                pieces.add(new Piece(PieceKind.NAME, i, j, null, null));
                i = j;
            } else {
                pieces.add(new Piece(PieceKind.WORD, i, i + 1, null, null));
                i++;
            }
        }
        int before = out.size();
        compose(s, items, pieces, date, out);
        if (unnamedAgents) {
            List<Entity> found = new ArrayList<>(out.subList(before, out.size()));
            for (Piece piece : pieces) {
                if (piece.kind != PieceKind.AGENT) continue;
                int a = items.get(piece.from).start;
                int b = items.get(piece.to - 1).end;
                boolean covered = false;
                for (Entity e : found) if (e.start() <= a && b <= e.end() && e.actor() != null) covered = true;
                if (covered) continue;
                EntityType type = ORG_AGENTS.contains(items.get(piece.to - 1).lower()) ? EntityType.ORGANIZATION : EntityType.PERSON;
                out.add(entity(s, items, piece.from, piece.to, type, piece.agent.applyTo("---"), null, true));
            }
            out.subList(before, out.size()).sort((x, y) -> Integer.compare(x.start(), y.start()));
            return previousCountry;
        }
        return ContextCountries.resolve(s, items, pieces, out, before, previousCountry);
    }

    private static boolean containsOrgWord(List<Item> items, int from, int to) {
        for (int k = from; k < Math.min(to, items.size()); k++) if (ORG_WORDS.contains(items.get(k).lower())) return true;
        return false;
    }

    private static boolean anyCapitalised(List<Item> items, int from, int len) {
        for (int k = from; k < from + len; k++) {
            Item it = items.get(k);
            if (it.capitalised() && !DETERMINERS.contains(it.lower())) return true;
            // "al-Qaeda", "al-Bashir": an Arabic article in lower case before a capitalised name.
            int dash = it.raw.indexOf('-');
            if (dash > 0 && dash + 1 < it.raw.length() && Character.isUpperCase(it.raw.charAt(dash + 1))) return true;
        }
        return false;
    }

    /** Headlines capitalise every word: there only the dictionaries can tell names. */
    private static boolean isTitleCase(List<Item> items) {
        int words = 0;
        int caps = 0;
        for (Item it : items) {
            if (it.raw.isEmpty() || !Character.isLetter(it.raw.charAt(0))) continue;
            words++;
            if (it.capitalised()) caps++;
        }
        return words >= 4 && caps * 10 >= words * 7;
    }

    private static boolean isNameStart(List<Item> items, int i, Set<String> lowerWords, boolean headline) {
        Item it = items.get(i);
        if (headline || lowerWords.contains(it.raw.toLowerCase(Locale.ROOT)) && !isCapitalisedElsewhere(it)) return false;
        if (!it.capitalised() || !Character.isLetter(it.raw.charAt(0))) return false;
        String lower = it.lower();
        if (NOT_NAMES.contains(lower) || CALENDAR.contains(lower)) return false;
        if (it.raw.length() == 1) return false;
        // A capitalised common word opening a sentence ("Looks", "Moscow" is not common) is not a name.
        boolean sentenceStart = i == 0 || isOpeningMark(items.get(i - 1).raw);
        return !(sentenceStart && lowerWords.contains(lower) && (i + 1 >= items.size() || !items.get(i + 1).capitalised()));
    }

    private static boolean isCapitalisedElsewhere(Item it) {
        return false;
    }

    private static boolean isOpeningMark(String raw) {
        return raw.equals("\u201C") || raw.equals("\"") || raw.equals("(") || raw.equals("'") || raw.equals("\u2018");
    }

    private void compose(String s, List<Item> items, List<Piece> pieces, LocalDate date, List<Entity> out) {
        int p = 0;
        while (p < pieces.size()) {
            Piece first = pieces.get(p);
            int used = 1;
            Entity e = null;
            int possessiveRole = first.kind == PieceKind.ACTOR && !first.isPersonLike() ? roleAfterPossessive(items, pieces, p) : -1;
            if (possessiveRole > 0) {
                // "Gondor's government", "Arnor's foreign minister", "Ithilen's president Calimehtar"
                Piece agent = pieces.get(possessiveRole);
                boolean personRole = !ORG_AGENTS.contains(items.get(agent.to - 1).lower());
                Piece holder = possessiveRole + 1 < pieces.size() ? pieces.get(possessiveRole + 1) : null;
                // "Ithilen's minister Calimehtar": the name right after a personal title is its holder.
                Piece person = holder != null && (holder.isPersonLike()
                        || personRole && holder.kind == PieceKind.ACTOR && holder.from == agent.to) ? holder : null;
                used = possessiveRole - p + (person == null ? 1 : 2);
                String base = codeOf(first.entry, date);
                EntityType type = person != null || !ORG_AGENTS.contains(items.get(agent.to - 1).lower())
                        ? EntityType.PERSON : EntityType.ORGANIZATION;
                out.add(single(s, items, first, date));
                e = entity(s, items, first.from, (person != null ? person : agent).to, type,
                        base == null ? null : agent.agent.applyTo(base), person != null ? nameOf(s, items, person) : null, false);
            } else if (first.kind == PieceKind.AGENT && p + 4 < pieces.size() && isListSeparator(items, pieces.get(p + 1))
                    && pieces.get(p + 2).kind == PieceKind.AGENT && isOfFromIn(items, pieces.get(p + 3))
                    && countryAfter(pieces, p + 4) >= 0) {
                // "Lawmakers and officials in Fornost and Gondor": the first agent takes each of the countries
                // too; its mentions share one span.
                int r = countryAfter(pieces, p + 4);
                while (r < pieces.size()) {
                    String b = codeOf(pieces.get(r).entry, date);
                    EntityType type = ORG_AGENTS.contains(items.get(first.to - 1).lower()) ? EntityType.ORGANIZATION : EntityType.PERSON;
                    if (b != null) out.add(entity(s, items, first.from, first.to, type, first.agent.applyTo(b), null, true));
                    int next = r + 1;
                    if (next < pieces.size() && isListSeparator(items, pieces.get(next))) next++;
                    if (next < pieces.size() && isListSeparator(items, pieces.get(next))) next++;
                    if (next == r + 1 || next >= pieces.size() || pieces.get(next).kind != PieceKind.ACTOR
                            || pieces.get(next).isPersonLike()) break;
                    r = next;
                }
            } else if (first.kind == PieceKind.AGENT && p + 2 < pieces.size() && isOfFromIn(items, pieces.get(p + 1))
                    && countryAfter(pieces, p + 2) >= 0) {
                // "the government of Gondor", "soldiers from Gondor", "ambassadors of Arnor, Osgiliath and Gondor"
                int q = countryAfter(pieces, p + 2);
                Piece country = pieces.get(q);
                String base = codeOf(country.entry, date);
                EntityType type = ORG_AGENTS.contains(items.get(first.to - 1).lower()) ? EntityType.ORGANIZATION : EntityType.PERSON;
                e = entity(s, items, first.from, country.to, type, base == null ? null : former(items, first.from, base,
                        first.agent.applyTo(base)), null, true);
                used = q - p + 1;
                // Further countries of the same list take the same role.
                int r = q + 1;
                while (r + 1 < pieces.size() && isListSeparator(items, pieces.get(r))) {
                    int next = r + 1;
                    if (next < pieces.size() && isListSeparator(items, pieces.get(next))) next++;
                    if (next >= pieces.size() || pieces.get(next).kind != PieceKind.ACTOR || pieces.get(next).isPersonLike()) break;
                    out.add(e);
                    Piece c = pieces.get(next);
                    String b = codeOf(c.entry, date);
                    e = entity(s, items, c.from, c.to, type, b == null ? null : first.agent.applyTo(b), null, false);
                    used = next - p + 1;
                    r = next + 1;
                }
            } else if (first.kind == PieceKind.ACTOR && !first.isPersonLike()) {
                // [country/organisation] [agent] [person]?  "US President Joe Biden", "a White House official"
                if (p + 1 < pieces.size() && pieces.get(p + 1).kind == PieceKind.AGENT) {
                    Piece agent = pieces.get(p + 1);
                    boolean personRole = !ORG_AGENTS.contains(items.get(agent.to - 1).lower());
                    // After a personal title any adjacent name is its holder ("Bree Prime Minister Romendacil").
                    Piece person = p + 2 < pieces.size() && (pieces.get(p + 2).isPersonLike()
                            || personRole && pieces.get(p + 2).kind == PieceKind.ACTOR && pieces.get(p + 2).from == agent.to)
                            ? pieces.get(p + 2) : null;
                    used = person == null ? 2 : 3;
                    String base = codeOf(first.entry, date);
                    String code = base == null ? null : former(items, first.from, base, agent.agent.applyTo(base));
                    EntityType type = person != null || !ORG_AGENTS.contains(items.get(agent.to - 1).lower())
                            ? EntityType.PERSON : EntityType.ORGANIZATION;
                    String name = person != null ? nameOf(s, items, person) : null;
                    e = entity(s, items, first.from, (person != null ? person : agent).to, type, code, name, true);
                    if (person == null && base != null && p + 3 < pieces.size() && isListSeparator(items, pieces.get(p + 2))
                            && pieces.get(p + 3).kind == PieceKind.AGENT
                            && !(p + 4 < pieces.size() && isOfFromIn(items, pieces.get(p + 4)))) {
                        // "Danish media and government": the country qualifies both agents.
                        out.add(e);
                        Piece second = pieces.get(p + 3);
                        EntityType t2 = ORG_AGENTS.contains(items.get(second.to - 1).lower()) ? EntityType.ORGANIZATION : EntityType.PERSON;
                        e = entity(s, items, second.from, second.to, t2, second.agent.applyTo(base), null, false);
                        used = 4;
                    }
                } else if (p + 1 < pieces.size() && pieces.get(p + 1).isPersonLike() && endsWithRole(first, words(items))
                        && !formerBefore(items, first.from)) {
                    // An office named with its holder: "US President Joe Biden", "NATO Secretary General X".
                    Piece person = pieces.get(p + 1);
                    used = 2;
                    e = entity(s, items, first.from, person.to, EntityType.PERSON, codeOf(first.entry, date),
                            nameOf(s, items, person), false);
                } else {
                    e = single(s, items, first, date);
                }
            } else if (first.kind == PieceKind.AGENT && first.agent.prefix() && p + 1 < pieces.size()
                    && pieces.get(p + 1).kind == PieceKind.ACTOR && !pieces.get(p + 1).isPersonLike()
                    && codeOf(pieces.get(p + 1).entry, date) != null) {
                // An organisation's agent before its country: "MSF Arnor", then maybe a role: "MSF Arnor diplomat".
                Piece actor = pieces.get(p + 1);
                String code = first.agent.applyTo(codeOf(actor.entry, date));
                int to = actor.to;
                used = 2;
                if (p + 2 < pieces.size() && pieces.get(p + 2).kind == PieceKind.AGENT) {
                    code = pieces.get(p + 2).agent.applyTo(code);
                    to = pieces.get(p + 2).to;
                    used = 3;
                }
                e = entity(s, items, first.from, to, EntityType.ORGANIZATION, code, null, true);
            } else if (first.kind == PieceKind.AGENT && p + 1 < pieces.size() && pieces.get(p + 1).isPersonLike()
                    && !formerBefore(items, first.from)) {
                // Title + name: "President Joe Biden". The title in the text beats a stale dictionary role.
                Piece person = pieces.get(p + 1);
                used = 2;
                String country = countryOf(person, date);
                if (country == null && person.kind == PieceKind.NAME && !ORG_AGENTS.contains(items.get(first.to - 1).lower())) {
                    country = countryBySurname(items.get(person.to - 1).norm, date);
                }
                String code = country == null ? (person.entry == null ? null : codeOf(person.entry, date))
                        : first.agent.applyTo(country);
                e = entity(s, items, first.from, person.to, EntityType.PERSON, code, nameOf(s, items, person), false);
            } else if (first.isPersonLike()) {
                Piece next = p + 1 < pieces.size() ? pieces.get(p + 1) : null;
                String country = countryOf(first, date);
                if (next != null && next.kind == PieceKind.POSS && country != null) {
                    // "Putin's foreign policy adviser": up to three modifiers, then the role.
                    int q = p + 2;
                    while (q < pieces.size() && q < p + 5 && pieces.get(q).kind == PieceKind.WORD
                            && Character.isLowerCase(items.get(pieces.get(q).from).raw.charAt(0))) q++;
                    if (q < pieces.size() && pieces.get(q).kind == PieceKind.AGENT && q > p + 1) {
                        Piece agent = pieces.get(q);
                        used = q - p + 1;
                        EntityType type = ORG_AGENTS.contains(items.get(agent.to - 1).lower())
                                ? EntityType.ORGANIZATION : EntityType.PERSON;
                        // The person mention itself is kept too: quotes and coreference need it.
                        out.add(single(s, items, first, date));
                        e = entity(s, items, first.from, agent.to, type, agent.agent.applyTo(country), null, false);
                    }
                } else if (next != null && next.kind == PieceKind.AGENT && country != null
                        && ORG_AGENTS.contains(items.get(next.to - 1).lower())) {
                    // "the Biden administration", "the Putin government"
                    used = 2;
                    e = entity(s, items, first.from, next.to, EntityType.ORGANIZATION, next.agent.applyTo(country),
                            null, true);
                }
                if (e == null) e = single(s, items, first, date);
            }
            // "the Russian language", "Arabic-language media": a language is no actor.
            if (e != null && e.actor() != null && first.kind == PieceKind.ACTOR && used == 1 && first.to < items.size()
                    && LANGUAGE_WORDS.contains(items.get(first.to).lower())) {
                e = entity(s, items, first.from, first.to, e.type(), null, null, false);
            }
            if (e != null) out.add(e);
            p += used;
        }
    }

    private static List<String> words(List<Item> items) {
        List<String> w = new ArrayList<>(items.size());
        for (Item it : items) w.add(it.norm);
        return w;
    }

    private boolean endsWithRole(Piece office, List<String> words) {
        PhraseTrie.Match<AgentDictionary.Agent> m = agents.phrases().longest(words, office.to - 1);
        return m != null && m.length() == 1 && !ORG_AGENTS.contains(words.get(office.to - 1).toLowerCase(Locale.ROOT));
    }

    /** Index of the role in "X's [up to three modifiers] role", or -1. */
    private static int roleAfterPossessive(List<Item> items, List<Piece> pieces, int p) {
        if (p + 2 >= pieces.size() || pieces.get(p + 1).kind != PieceKind.POSS) return -1;
        int q = p + 2;
        // Modifiers: "new", "awful and evil", "first Deputy".
        while (q < pieces.size() && q < p + 5 && (pieces.get(q).kind == PieceKind.WORD
                && Character.isLowerCase(items.get(pieces.get(q).from).raw.charAt(0))
                || pieces.get(q).kind == PieceKind.NAME && pieces.get(q).to - pieces.get(q).from == 1)) q++;
        return q < pieces.size() && pieces.get(q).kind == PieceKind.AGENT ? q : -1;
    }

    private static boolean isOfFromIn(List<Item> items, Piece piece) {
        if (piece.kind != PieceKind.WORD) return false;
        String w = items.get(piece.from).lower();
        return w.equals("of") || w.equals("from") || w.equals("in");
    }

    private static boolean isListSeparator(List<Item> items, Piece piece) {
        if (piece.kind != PieceKind.WORD) return false;
        String w = items.get(piece.from).lower();
        return w.equals(",") || w.equals("and");
    }

    /** The country right after "of/from/in" (skipping "the"), or -1. */
    private static int countryAfter(List<Piece> pieces, int q) {
        if (q < pieces.size() && pieces.get(q).kind == PieceKind.WORD && q + 1 < pieces.size()) {
            // "of the Gondor": skip one determiner word
            Piece maybeThe = pieces.get(q);
            if (maybeThe.to - maybeThe.from == 1) q = q + (pieces.get(q + 1).kind == PieceKind.ACTOR ? 1 : 0);
        }
        if (q >= pieces.size()) return -1;
        Piece c = pieces.get(q);
        return c.kind == PieceKind.ACTOR && c.entry.kind() != ActorDictionary.Kind.PERSON ? q : -1;
    }

    /** "former border police of Gondor": TABARI's convention, the actor's elite code (ELI) takes the agent's place. */
    private static String former(List<Item> items, int from, String base, String withAgent) {
        if (!formerBefore(items, from)) return withAgent;
        return base.endsWith("ELI") ? base : base + "ELI";
    }

    private static boolean formerBefore(List<Item> items, int i) {
        if (i == 0) return false;
        String w = items.get(i - 1).lower();
        return w.equals("former") || w.equals("ex") || w.equals("late") || w.equals("then");
    }

    private Entity single(String s, List<Item> items, Piece piece, LocalDate date) {
        if (piece.kind == PieceKind.NAME) {
            boolean place = piece.from > 0 && LOCATIVE.contains(items.get(piece.from - 1).lower());
            boolean collective = piece.to - piece.from == 1 && piece.from > 0 && items.get(piece.from - 1).lower().equals("the");
            EntityType type = place ? EntityType.PLACE
                    : collective || containsOrgWord(items, piece.from, piece.to) || allCaps(items, piece)
                    ? EntityType.ORGANIZATION : EntityType.PERSON;
            return entity(s, items, piece.from, piece.to, type, null, null, false);
        }
        ActorDictionary.Entry entry = piece.entry;
        String code = codeOf(entry, date);
        ActorDictionary.Kind kind = entry.kind();
        if (kind == ActorDictionary.Kind.PERSON) {
            return entity(s, items, piece.from, piece.to, EntityType.PERSON, code, entry.name(), false);
        }
        if (kind == ActorDictionary.Kind.COUNTRY) {
            StringBuilder key = new StringBuilder();
            for (int k = piece.from; k < piece.to; k++) key.append(k > piece.from ? " " : "").append(items.get(k).norm);
            if (cities.contains(key.toString())) {
                boolean located = piece.from > 0 && (LOCATIVE.contains(items.get(piece.from - 1).lower())
                        || items.get(piece.from - 1).lower().equals("from") || items.get(piece.from - 1).lower().equals("to"));
                // A located city keeps its country's code: an event "in Tokyo" may have Japan as its target.
                if (located) return entity(s, items, piece.from, piece.to, EntityType.PLACE, code, entry.name(), false);
            }
            return entity(s, items, piece.from, piece.to, EntityType.COUNTRY, code, entry.name(), false);
        }
        // "White House official" is one Phoenix phrase but names a person.
        EntityType type = endsWithRole(piece, words(items)) ? EntityType.PERSON : EntityType.ORGANIZATION;
        return entity(s, items, piece.from, piece.to, type, code, entry.name(), true);
    }

    private static boolean allCaps(List<Item> items, Piece piece) {
        for (int k = piece.from; k < piece.to; k++) {
            String r = items.get(k).raw;
            if (r.length() < 2 || !r.equals(r.toUpperCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static String codeOf(ActorDictionary.Entry entry, LocalDate date) {
        String c = entry.codeOn(date);
        return c == null || c.startsWith("---") ? null : c;
    }

    /** The country part of a person's code: on the date if coded then, else from any of their codes. */
    private static String countryOf(Piece person, LocalDate date) {
        if (person.entry == null) return null;
        String c = codeOf(person.entry, date);
        if (c == null) c = person.entry.anyCode();
        if (c == null || c.startsWith("---") || c.length() < 3) return null;
        return c.startsWith("IGO") || c.startsWith("NGO") ? c : c.substring(0, 3);
    }

    /**
     * "President Mugabe": a title before a surname the dictionaries know only with first names. The country of
     * the people with that surname holding a code on the date (else ever), when they all share one.
     */
    private String countryBySurname(String surname, LocalDate date) {
        List<ActorDictionary.Entry> people = actors.peopleBySurname(surname);
        String country = sharedCountry(people, date, true);
        return country != null ? country : sharedCountry(people, date, false);
    }

    private static String sharedCountry(List<ActorDictionary.Entry> people, LocalDate date, boolean onDate) {
        String country = null;
        for (ActorDictionary.Entry e : people) {
            String c = onDate ? codeOf(e, date) : e.anyCode();
            if (c == null || c.length() < 3 || c.startsWith("---")) continue;
            String k = c.startsWith("IGO") || c.startsWith("NGO") ? c : c.substring(0, 3);
            if (country != null && !country.equals(k)) return null;
            country = k;
        }
        return country;
    }

    private static String nameOf(String s, List<Item> items, Piece person) {
        return person.entry != null && person.entry.kind() == ActorDictionary.Kind.PERSON ? person.entry.name()
                : s.substring(items.get(person.from).start, items.get(person.to - 1).end);
    }

    static Entity entity(String s, List<Item> items, int from, int to, EntityType type, String code, String name,
                                 boolean withDeterminer) {
        int start = items.get(from).start;
        int end = items.get(to - 1).end;
        if (withDeterminer && from > 0 && DETERMINERS.contains(items.get(from - 1).lower())) start = items.get(from - 1).start;
        String text = s.substring(start, end);
        Actor actor = code == null ? null : new Actor(code, name != null ? name : text);
        return new Entity(start, end, text, type, actor);
    }
}
