package org.dateline.place.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityType;
import org.dateline.place.GazetteerEntry;
import org.dateline.place.GazetteerEntry.Kind;
import org.dateline.place.Place;
import org.dateline.text.Text;
import org.dateline.text.Token;

/**
 * Finds place names in a text and resolves each to one gazetteer entry.
 *
 * <p>Finding: capitalised token runs that are gazetteer names (longest first), parts of hyphenated words
 * ("Russia-US", "Moscow-based"), and the recogniser's PLACE/COUNTRY mentions. A match is dropped when it is part
 * of a longer proper name (a capitalised word right before or after it: "Jordan Peterson", "Paris Hilton"; or an
 * organisation name joined by "of"/"for": "Bank of England"), a month, weekday or similar, or a common English word
 * at the start of a sentence. Names that are not sure to be places (small or common-word places such as "Reading"
 * or "Orange") need a cue: a preposition before them, "-based", "City, State", or a place list around them.
 *
 * <p>Resolving: a "City, State/Country" pattern decides directly; otherwise each candidate entry scores by its kind
 * and size (countries, then regions, then places by population, capitals first), plus context: its country being
 * mentioned elsewhere in the story or being the country of one of the story's actors, a neighbouring country
 * mentioned, its state mentioned. Small towns gain from their state being mentioned, not merely their country, so
 * "Geneva" in a US-Russia story stays Genève.
 */
public final class PlaceFinder {
    private static final int MAX_TOKENS = 8;
    private static final long SURE_POPULATION = 100_000;
    private static final long SURE_ALTERNATE_POPULATION = 1_000_000;

    private final NameIndex index;
    private final Map<String, List<String>> neighbours;
    private final Function<String, Optional<String>> actorCountry;

    /**
     * @param index        names to entries
     * @param neighbours   ISO alpha-2 code to the codes of bordering countries
     * @param actorCountry CAMEO actor code to ISO alpha-2 code of its country, if it has one
     */
    public PlaceFinder(NameIndex index, Map<String, List<String>> neighbours,
                       Function<String, Optional<String>> actorCountry) {
        this.index = index;
        this.neighbours = neighbours;
        this.actorCountry = actorCountry;
    }

    /** A candidate place name in the text. */
    static final class Mention {
        final int first;
        final int last;
        final int start;
        final int end;
        String written;
        List<NameHit> hits;
        boolean cue;
        boolean vouched;
        boolean stateCue;
        boolean patternDecided;
        boolean piece;
        GazetteerEntry chosen;

        Mention(int first, int last, int start, int end, List<NameHit> hits) {
            this.first = first;
            this.last = last;
            this.start = start;
            this.end = end;
            this.hits = hits;
        }

        String key(String text) {
            return Names.key(text.substring(start, end));
        }
    }

    /** The places in {@code text}, in text order. */
    public List<Place> resolve(Text text, List<Entity> entities) {
        String s = text.text();
        if (s.isEmpty()) return List.of();
        List<Token> toks = text.tokens();
        boolean[] headline = headlineSentences(text);
        List<Mention> found = match(s, toks);
        addEntityMentions(s, toks, entities, found);
        found.sort(Comparator.comparingInt(m -> m.start));
        for (Mention m : found) m.written = s.substring(m.start, m.end);

        if (!looksEnglish(toks)) {
            // Capitals and cues mean nothing here: keep what the recogniser vouched for and countries by their own name.
            found.removeIf(m -> !m.vouched && !(bestKind(m) == Kind.COUNTRY && !m.hits.get(0).alternate()));
        }
        Set<String> personNames = personNames(entities);
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found) {
            if (vetoed(s, toks, m, entities, headline)) {
                if (!m.vouched && !m.piece && capitalisedBefore(s, toks, m) && !inHeadline(headline, toks.get(m.first))) {
                    personNames.add(m.key(s)); // "Michael Jordan": "Jordan" alone later is the man too
                }
                continue;
            }
            kept.add(m);
        }
        applyPatterns(s, toks, kept);

        // Decide which mentions are places: sure names, names with a cue, names listed beside accepted places.
        List<Mention> accepted = new ArrayList<>();
        List<Mention> pending = new ArrayList<>();
        for (Mention m : kept) {
            boolean common = isCommon(m);
            boolean initial = sentenceInitial(s, toks, m.first);
            // A surname seen with a first name ("Hillary Clinton") stays a surname; a country needs a preposition.
            if (personNames.contains(m.key(s)) && !m.vouched && !m.patternDecided
                    && (bestKind(m) == Kind.CITY || !strongCue(toks, m))) {
                continue;
            }
            if (common && initial && !m.vouched && !m.patternDecided) continue;
            if (!m.vouched && inHeadline(headline, toks.get(m.first)) && (common || !isSure(m))) continue;
            if (m.piece && !m.vouched && !m.cue && !(isSure(m) && !common && ownNameHit(m))) continue; // "Rose-Lynn"
            if (m.vouched || m.cue || isSure(m) && !common) accepted.add(m);
            else pending.add(m);
        }
        for (int round = 0; round < 2 && !pending.isEmpty(); round++) {
            for (var it = pending.iterator(); it.hasNext(); ) {
                Mention m = it.next();
                if (listedBeside(toks, m, accepted)) {
                    accepted.add(m);
                    it.remove();
                }
            }
        }
        accepted.sort(Comparator.comparingInt(m -> m.start));
        disambiguate(s, toks, accepted, entities);

        List<Place> out = new ArrayList<>(accepted.size());
        for (Mention m : accepted) {
            GazetteerEntry e = m.chosen;
            if (e == null) continue;
            out.add(new Place(m.start, m.end, s.substring(m.start, m.end), e.name(), e.country(), e.lat(), e.lon()));
        }
        return out;
    }

    // ---------------------------------------------------------------- finding

    private List<Mention> match(String s, List<Token> toks) {
        List<Mention> out = new ArrayList<>();
        int n = toks.size();
        int i = 0;
        while (i < n) {
            Token t = toks.get(i);
            if (!startsUpper(t.text())) {
                i++;
                continue;
            }
            Mention best = null;
            int blockedTo = -1;
            int limit = Math.min(n - 1, i + MAX_TOKENS);
            for (int j = limit; j >= i && best == null && blockedTo < 0; j--) {
                if (!validRun(s, toks, i, j)) continue;
                String surface = s.substring(t.start(), toks.get(j).end());
                String key = Names.key(surface);
                if (j > i && Words.NEVER.contains(key)) {
                    blockedTo = j;
                    break;
                }
                // "KYIV, Ukraine (Reuters)": a dateline's capitals before a comma are a place, short or not.
                boolean beforeComma = j + 1 < n && toks.get(j + 1).text().equals(",");
                List<NameHit> hits = usableHits(surface, index.hits(key), beforeComma);
                if (!hits.isEmpty()) best = new Mention(i, j, t.start(), toks.get(j).end(), hits);
            }
            if (best != null) {
                out.add(best);
                i = best.last + 1;
                continue;
            }
            if (blockedTo >= 0) {
                i = blockedTo + 1;
                continue;
            }
            if (t.text().indexOf('-') > 0) matchPieces(t, i, out);
            i++;
        }
        return out;
    }

    /** Parts of a hyphenated word: "Russia-US" names two countries, "Moscow-based" a city. */
    private void matchPieces(Token t, int tokenIndex, List<Mention> out) {
        String w = t.text();
        List<int[]> pieces = new ArrayList<>();
        int from = 0;
        for (int k = 0; k <= w.length(); k++) {
            if (k == w.length() || w.charAt(k) == '-') {
                if (k > from) pieces.add(new int[] {from, k});
                from = k + 1;
            }
        }
        for (int p = 0; p < pieces.size(); p++) {
            if (!startsUpper(w.substring(pieces.get(p)[0], pieces.get(p)[1]))) continue;
            for (int q = pieces.size() - 1; q >= p; q--) {
                if (p == 0 && q == pieces.size() - 1) continue; // the whole word was tried already
                String surface = w.substring(pieces.get(p)[0], pieces.get(q)[1]);
                List<NameHit> hits = usableHits(surface, index.hits(Names.key(surface)), false);
                if (hits.isEmpty()) continue;
                Mention m = new Mention(tokenIndex, tokenIndex, t.start() + pieces.get(p)[0], t.start() + pieces.get(q)[1], hits);
                m.piece = true;
                if (q + 1 < pieces.size()) {
                    String next = w.substring(pieces.get(q + 1)[0], pieces.get(q + 1)[1]).toLowerCase(Locale.ROOT);
                    if (next.equals("based") || next.equals("born")) m.cue = true;
                }
                out.add(m);
                p = q;
                break;
            }
        }
    }

    /** Tokens i..j can form a name: capitalised words, inner connectors, attached dots and hyphens. */
    private static boolean validRun(String s, List<Token> toks, int i, int j) {
        int sentence = toks.get(i).sentence();
        if (!startsUpper(toks.get(j).text())) return false; // so never a trailing dot: "in Ukraine." is "Ukraine"
        for (int k = i; k <= j; k++) {
            Token t = toks.get(k);
            if (t.sentence() != sentence) return false;
            if (k > i) {
                String gap = s.substring(toks.get(k - 1).end(), t.start());
                if (gap.indexOf('\n') >= 0) return false;
                if (!gap.isBlank() && !gap.isEmpty()) return false;
            }
            if (k == i) continue;
            String w = t.text();
            if (startsUpper(w)) continue;
            if (isAttachedMark(s, toks, k)) continue;
            if (k < j && Words.CONNECTORS.contains(w)) continue;
            if (k < j && (w.equals("'s") || w.equals("\u2019s"))) continue; // "Democratic People's Republic of Korea"
            return false;
        }
        return true;
    }

    /** A "." or "-" written right after the previous token ("St." in "St. Louis"). */
    private static boolean isAttachedMark(String s, List<Token> toks, int k) {
        if (k == 0) return false;
        Token t = toks.get(k);
        return (t.text().equals(".") || t.text().equals("-")) && toks.get(k - 1).end() == t.start();
    }

    /** Hits that the way the name is written allows: exact-case aliases, and care with all-capitals words. */
    private static List<NameHit> usableHits(String surface, List<NameHit> hits, boolean beforeComma) {
        if (hits.isEmpty()) return hits;
        boolean allCaps = isAllCaps(surface);
        List<NameHit> out = new ArrayList<>(hits.size());
        for (NameHit h : hits) {
            if (h.exactForm() != null) {
                if (h.exactForm().equals(surface)) out.add(h);
                continue;
            }
            if (allCaps) {
                // Capitals are acronyms ("NASA") more often than shouted names; only long, sure names pass.
                GazetteerEntry e = h.entry();
                boolean sure = e.kind() != Kind.CITY || !h.alternate() && e.population() >= SURE_POPULATION;
                if (surface.length() < (beforeComma ? 4 : 5) || !sure) continue;
            }
            out.add(h);
        }
        return out;
    }

    private void addEntityMentions(String s, List<Token> toks, List<Entity> entities, List<Mention> found) {
        for (Entity e : entities) {
            if (e.type() != EntityType.PLACE && e.type() != EntityType.COUNTRY) continue;
            Mention same = null;
            boolean overlaps = false;
            for (Mention m : found) {
                if (m.start == e.start() && m.end == e.end()) same = m;
                else if (m.start < e.end() && e.start() < m.end) overlaps = true;
            }
            if (same != null) {
                same.vouched = true;
                continue;
            }
            if (overlaps) continue;
            List<NameHit> hits = new ArrayList<>();
            for (NameHit h : index.hits(Names.key(e.text()))) if (h.exactForm() == null || h.exactForm().equals(e.text())) hits.add(h);
            if (hits.isEmpty()) continue;
            int first = tokenAt(toks, e.start());
            int last = tokenAt(toks, e.end() - 1);
            if (first < 0 || last < 0) continue;
            Mention m = new Mention(first, last, e.start(), e.end(), hits);
            m.vouched = true;
            found.add(m);
        }
    }

    private static int tokenAt(List<Token> toks, int offset) {
        int lo = 0;
        int hi = toks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = toks.get(mid);
            if (offset < t.start()) hi = mid - 1;
            else if (offset >= t.end()) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    // ---------------------------------------------------------------- filtering

    private boolean vetoed(String s, List<Token> toks, Mention m, List<Entity> entities, boolean[] headline) {
        String key = m.key(s);
        if (Words.NEVER.contains(key)) return true;
        for (Entity e : entities) {
            if (e.start() >= m.end || m.start >= e.end()) continue;
            if (e.type() == EntityType.PERSON) return true;
            boolean longer = e.end() - e.start() > m.end - m.start;
            if (e.type() == EntityType.ORGANIZATION && longer) return true;
        }
        if (m.vouched) return false;
        if (m.piece) {
            // "Ak-Chin Pavilion": a part ending the word still joins a capitalised word after it.
            boolean endsWord = m.end == toks.get(m.last).end();
            boolean startsWord = m.start == toks.get(m.first).start();
            return endsWord && capitalisedAfter(s, toks, m) || startsWord && capitalisedBefore(s, toks, m);
        }
        // In title-case lines capitals say little, but a town name in a run of capitals is still likely a name part.
        boolean strict = !inHeadline(headline, toks.get(m.first)) || bestKind(m) == Kind.CITY;
        if (strict && capitalisedAfter(s, toks, m)) return true;
        if (strict && capitalisedBefore(s, toks, m)) return true;
        if (bestKind(m) == Kind.CITY && ofName(s, toks, m)) return true;
        return insideOrganisationName(s, toks, m);
    }

    /** A capitalised word right after the name that does not fit after a place: "Paris Hilton", "Jordan Peterson". */
    private static boolean capitalisedAfter(String s, List<Token> toks, Mention m) {
        int k = m.last + 1;
        if (k >= toks.size()) return false;
        Token next = toks.get(k);
        if (next.sentence() != toks.get(m.last).sentence()) return false;
        if (!s.substring(toks.get(m.last).end(), next.start()).isBlank()) return false;
        if (next.start() == toks.get(m.last).end()) return false; // attached punctuation
        if (!startsUpper(next.text())) return false;
        if (isAllCaps(next.text()) && next.text().length() >= 2 && next.text().length() <= 4) return false; // "Geneva AP"
        return !Words.FOLLOWERS.contains(next.text().toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** "University of Florida": a town-named word heading an "X of Y" name. */
    private static boolean ofName(String s, List<Token> toks, Mention m) {
        int k = m.last + 1;
        if (k + 1 >= toks.size() || !toks.get(k).text().equals("of")) return false;
        Token next = toks.get(k + 1);
        return next.sentence() == toks.get(k).sentence() && startsUpper(next.text());
    }

    /** A capitalised word right before the name that makes it part of a longer name: "Michael Jordan". */
    private boolean capitalisedBefore(String s, List<Token> toks, Mention m) {
        int k = m.first - 1;
        if (k < 0) return false;
        Token prev = toks.get(k);
        // "Michael B. Jordan": a middle initial before the name makes it a surname.
        if (prev.text().equals(".") && k >= 1 && toks.get(k - 1).end() == prev.start()
                && toks.get(k - 1).text().length() == 1 && Character.isUpperCase(toks.get(k - 1).text().charAt(0))
                && prev.sentence() == toks.get(m.first).sentence()) {
            return true;
        }
        if (prev.sentence() != toks.get(m.first).sentence()) return false;
        if (prev.end() == toks.get(m.first).start()) return false;
        if (!s.substring(prev.end(), toks.get(m.first).start()).isBlank()) return false;
        if (!startsUpper(prev.text())) return false;
        String w = prev.text().toLowerCase(Locale.ROOT);
        if (Words.PRECEDERS.contains(w)) return false;
        // "Iraqi Kurdistan", "Russian-occupied Crimea", "Saudi-led": a nationality or a compound adjective.
        if (index.demonymCountry(prev.text()) != null) return false;
        int hyphen = prev.text().lastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < prev.text().length() && Character.isLowerCase(prev.text().charAt(hyphen + 1))) {
            return false;
        }
        if (isAllCaps(prev.text()) && prev.text().length() <= 4) return false;
        // At a sentence start the capital says nothing: a word the text also writes in lower case is no name, and
        // multi-word countries and states are rarely part of a person's name ("Remember New Jersey's quest").
        if (sentenceInitial(s, toks, k) && (m.last > m.first && bestKind(m) != Kind.CITY)) return false;
        return !(sentenceInitial(s, toks, k) && writtenLowerCase(s, w));
    }

    /** "Bank of England", "University of Chicago": a capitalised organisation name joined by "of"/"for". */
    private static boolean insideOrganisationName(String s, List<Token> toks, Mention m) {
        int k = m.first - 1;
        if (k < 1) return false;
        String joiner = toks.get(k).text().toLowerCase(Locale.ROOT);
        if (!joiner.equals("of") && !joiner.equals("for") && !joiner.equals("de")) return false;
        int sentence = toks.get(m.first).sentence();
        for (int j = k - 1, seen = 0; j >= 0 && seen < 8; j--, seen++) {
            Token t = toks.get(j);
            if (t.sentence() != sentence) break;
            String w = t.text().toLowerCase(Locale.ROOT);
            if (startsUpper(t.text())) {
                if (Words.ORGANISATION_HEADS.contains(w)) return true;
            } else if (!Words.CONNECTORS.contains(w) && !w.equals("for") && !w.equals("&") && !w.equals("-")) {
                break;
            }
        }
        return false;
    }

    /** Surnames of people: the last word of PERSON mentions. */
    private static Set<String> personNames(List<Entity> entities) {
        Set<String> out = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            String[] words = e.text().trim().split("\\s+");
            if (words.length > 1) out.add(Names.key(words[words.length - 1]));
        }
        return out;
    }

    // ---------------------------------------------------------------- context

    /** "City, State" and "City, Country" decide; "state of X", "X state", "X Gov." mark a US state. */
    private void applyPatterns(String s, List<Token> toks, List<Mention> ms) {
        for (int a = 0; a < ms.size(); a++) {
            Mention m = ms.get(a);
            int comma = m.last + 1;
            if (m.piece) continue; // a part of "Rose-Lynn" has no words of its own around it
            if (comma + 1 >= toks.size() || !toks.get(comma).text().equals(",")) {
                markStateCue(toks, m);
                continue;
            }
            Mention region = a + 1 < ms.size() && ms.get(a + 1).first == comma + 1 ? ms.get(a + 1) : null;
            List<GazetteerEntry> containers = new ArrayList<>();
            if (region != null) {
                for (NameHit h : region.hits) if (h.entry().kind() != Kind.CITY) containers.add(h.entry());
            } else {
                GazetteerEntry abbreviation = abbreviationAt(toks, comma + 1);
                if (abbreviation != null) containers.add(abbreviation);
            }
            List<NameHit> inside = new ArrayList<>();
            List<GazetteerEntry> used = new ArrayList<>();
            for (NameHit h : m.hits) {
                if (h.entry().kind() == Kind.COUNTRY) continue;
                for (GazetteerEntry c : containers) {
                    if (contains(c, h.entry())) {
                        inside.add(h);
                        if (!used.contains(c)) used.add(c);
                    }
                }
            }
            if (!inside.isEmpty()) {
                m.hits = inside;
                m.cue = true;
                m.patternDecided = true;
                if (region != null) {
                    List<NameHit> regionHits = new ArrayList<>();
                    for (NameHit h : region.hits) if (used.contains(h.entry())) regionHits.add(h);
                    region.hits = regionHits;
                    region.cue = true;
                    region.patternDecided = true;
                }
            }
            markStateCue(toks, m);
        }
    }

    private static boolean contains(GazetteerEntry container, GazetteerEntry e) {
        if (!container.country().equals(e.country())) return false;
        if (container.kind() == Kind.COUNTRY) return true;
        return !container.admin1().isEmpty() ? container.admin1().equals(e.admin1()) : e.kind() == Kind.CITY;
    }

    private GazetteerEntry abbreviationAt(List<Token> toks, int k) {
        Token t = toks.get(k);
        String written = t.text();
        GazetteerEntry e = index.abbreviation(written);
        if (e == null && k + 1 < toks.size() && toks.get(k + 1).text().equals(".") && toks.get(k + 1).start() == t.end()) {
            e = index.abbreviation(written + ".");
        }
        return e;
    }

    private static void markStateCue(List<Token> toks, Mention m) {
        if (m.last + 1 < toks.size()) {
            String next = toks.get(m.last + 1).text().toLowerCase(Locale.ROOT).replace(".", "");
            if (Words.STATE_CUES.contains(next)) m.stateCue = true;
            if (next.equals("’s") || next.equals("'s")) {
                if (m.last + 2 < toks.size() && Words.STATE_CUES.contains(toks.get(m.last + 2).text().toLowerCase(Locale.ROOT))) {
                    m.stateCue = true;
                }
            }
        }
        if (m.first >= 2 && toks.get(m.first - 1).text().equalsIgnoreCase("of")
                && toks.get(m.first - 2).text().equalsIgnoreCase("state")) {
            m.stateCue = true;
        }
        int k = m.first - 1;
        if (k >= 0 && k < toks.size()) {
            String prev = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (Words.CUES.contains(prev)) m.cue = true;
            else if (prev.equals("the") && k >= 1 && Words.CUES.contains(toks.get(k - 1).text().toLowerCase(Locale.ROOT))) m.cue = true;
            // "to", "of", "visited" also precede people ("Back to Taylor"): they vouch only for the larger places.
            else if (Words.WEAK_CUES.contains(prev) && largestPopulation(m) >= SURE_POPULATION) m.cue = true;
        }
    }

    /** A preposition right before the name: stronger evidence than a list or a country in the story. */
    private static boolean strongCue(List<Token> toks, Mention m) {
        int k = m.first - 1;
        if (k < 0) return false;
        String prev = toks.get(k).text().toLowerCase(Locale.ROOT);
        return Set.of("in", "at", "from", "near", "outside", "into", "visited", "across").contains(prev);
    }

    private static boolean listedBeside(List<Token> toks, Mention m, List<Mention> accepted) {
        for (Mention a : accepted) {
            int gapFrom;
            int gapTo;
            if (a.last < m.first) {
                gapFrom = a.last + 1;
                gapTo = m.first - 1;
            } else if (m.last < a.first) {
                gapFrom = m.last + 1;
                gapTo = a.first - 1;
            } else {
                continue;
            }
            if (gapTo < gapFrom || gapTo - gapFrom > 1) continue;
            boolean joined = true;
            for (int k = gapFrom; k <= gapTo; k++) {
                if (!Words.LIST_JOINERS.contains(toks.get(k).text().toLowerCase(Locale.ROOT))) joined = false;
            }
            // A comma after a place can also end a clause; a list needs the other member to be a place of the same kind.
            if (joined && bestKind(a) == bestKind(m)) return true;
        }
        return false;
    }

    private static Kind bestKind(Mention m) {
        Kind best = Kind.CITY;
        for (NameHit h : m.hits) if (h.entry().kind().ordinal() < best.ordinal()) best = h.entry().kind();
        return best;
    }

    private static boolean ownNameHit(Mention m) {
        for (NameHit h : m.hits) if (!h.alternate() || h.entry().kind() != Kind.CITY) return true;
        return false;
    }

    private static long largestPopulation(Mention m) {
        long max = 0;
        for (NameHit h : m.hits) max = Math.max(max, h.entry().kind() == Kind.CITY ? h.entry().population() : Long.MAX_VALUE);
        return max;
    }

    private static boolean isCommon(Mention m) {
        boolean common = false;
        for (NameHit h : m.hits) {
            if (h.entry().kind() != Kind.CITY) return false;
            if (h.common()) common = true;
        }
        return common;
    }

    /** A name that is a place whatever the context: a country, a region, a big city by its own name. */
    private static boolean isSure(Mention m) {
        for (NameHit h : m.hits) {
            GazetteerEntry e = h.entry();
            if (e.kind() != Kind.CITY) return true;
            long threshold = h.alternate() ? SURE_ALTERNATE_POPULATION : SURE_POPULATION;
            if (e.population() >= threshold || e.isCapital() && !h.alternate()) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- resolving

    private void disambiguate(String text, List<Token> toks, List<Mention> ms, List<Entity> entities) {
        Map<String, Integer> countries = new HashMap<>();
        Map<String, Integer> states = new HashMap<>();
        for (int k = 0; k < toks.size(); k++) {
            // Adjectives of nationality ("Lebanese", "Syrians") are context, though not places themselves.
            String c = index.demonymCountry(toks.get(k).text());
            if (c != null) countries.merge(c, 1, Integer::sum);
        }
        for (Entity e : entities) {
            if (e.actor() == null || e.actor().code() == null) continue;
            actorCountry.apply(e.actor().code()).ifPresent(c -> countries.merge(c, 1, Integer::sum));
        }
        // What each name itself adds, so that its other mentions do not count as its own context.
        Map<String, String> selfCountry = new HashMap<>();
        Map<String, String> selfState = new HashMap<>();
        Map<String, Integer> selfCount = new HashMap<>();
        for (Mention m : ms) {
            String key = m.key(text);
            String c = soleCountry(m);
            if (c != null) countries.merge(c, 1, Integer::sum);
            String st = soleState(m);
            if (st != null) states.merge(st, 1, Integer::sum);
            selfCount.merge(key, 1, Integer::sum);
            if (c != null) selfCountry.put(key, c);
            if (st != null) selfState.put(key, st);
        }
        SelfEvidence own = new SelfEvidence(selfCountry, selfState, selfCount, text);
        // Mentions marked by their own words ("Paris, Texas", "Washington state") decide first and count as context.
        for (Mention m : ms) {
            if (!m.patternDecided && !m.stateCue) continue;
            m.chosen = best(scores(m, countries, states, own));
            if (soleCountry(m) == null && m.chosen != null) countries.merge(m.chosen.country(), 1, Integer::sum);
        }
        // One sense per story: the other mentions of a name resolve alike, by their scores summed, and follow a
        // "City, State" pattern that fixed the name ("Paris, Texas ... in Paris").
        Map<String, List<Mention>> byName = new HashMap<>();
        for (Mention m : ms) byName.computeIfAbsent(m.key(text), k -> new ArrayList<>()).add(m);
        for (List<Mention> group : byName.values()) {
            GazetteerEntry fixed = null;
            Map<GazetteerEntry, Double> total = new HashMap<>();
            for (Mention m : group) {
                if (m.patternDecided && fixed == null) fixed = m.chosen;
                if (m.patternDecided || m.stateCue) continue;
                scores(m, countries, states, own).forEach((e, v) -> total.merge(e, v, Double::sum));
            }
            GazetteerEntry shared = fixed != null ? fixed : best(total);
            for (Mention m : group) {
                if (m.patternDecided || m.stateCue) continue;
                boolean possible = false;
                for (NameHit h : m.hits) if (h.entry() == shared) possible = true;
                m.chosen = possible ? shared : best(scores(m, countries, states, own));
            }
        }
    }

    /** The country, state and number of mentions of each name, keyed by name. */
    private record SelfEvidence(Map<String, String> country, Map<String, String> state, Map<String, Integer> count,
                                String text) {
    }

    private Map<GazetteerEntry, Double> scores(Mention m, Map<String, Integer> countries, Map<String, Integer> states,
                                               SelfEvidence own) {
        String written = m.written;
        // Countries where the name has a big place: there the story's country says nothing about which namesake.
        Set<String> bigIn = new HashSet<>();
        for (NameHit h : m.hits) if (isBig(h.entry())) bigIn.add(h.entry().country());
        String key = m.key(own.text());
        String ownCountry = own.country().get(key);
        String ownState = own.state().get(key);
        int ownCount = own.count().getOrDefault(key, 0);
        Map<GazetteerEntry, Double> out = new HashMap<>();
        for (NameHit h : m.hits) {
            GazetteerEntry e = h.entry();
            int countryCount = countries.getOrDefault(e.country(), 0) - (e.country().equals(ownCountry) ? ownCount : 0);
            String state = e.country() + "-" + e.admin1();
            int stateCount = e.admin1().isEmpty() ? 0
                    : states.getOrDefault(state, 0) - (state.equals(ownState) ? ownCount : 0);
            double score = prior(h) + context(e, countryCount, stateCount, countries, m, bigIn);
            // Written exactly as the entry's own name ("St. Louis", not "Saint-Louis"): a little more likely meant.
            if (!h.alternate() && e.kind() == Kind.CITY && e.name().equals(written)) score += 0.3;
            out.merge(e, score, Math::max);
        }
        return out;
    }

    /** The best-scoring entry; ties go to the more important kind, then the larger place. */
    private static GazetteerEntry best(Map<GazetteerEntry, Double> scores) {
        GazetteerEntry best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (var en : scores.entrySet()) {
            GazetteerEntry e = en.getKey();
            double v = en.getValue();
            if (best == null || v > top + 1e-9 || Math.abs(v - top) <= 1e-9 && (e.kind().ordinal() < best.kind().ordinal()
                    || e.kind() == best.kind() && e.population() > best.population())) {
                best = e;
                top = v;
            }
        }
        return best;
    }

    /** Without context: countries, then regions, then places by size; capitals up, alternate spellings down. */
    private static double prior(NameHit h) {
        GazetteerEntry e = h.entry();
        switch (e.kind()) {
            case COUNTRY:
                return 8.5;
            case REGION:
                return 6.5; // about a city of three million: "Quebec" the province, "Washington" the capital
            default:
                double p = Math.log10(Math.max(e.population(), 1000));
                if (e.isCapital()) p += 1.5;
                else if (e.feature().equals("PPLA")) p += 0.3;
                if (h.alternate()) p -= 0.3;
                return p;
        }
    }

    private static boolean isBig(GazetteerEntry e) {
        return e.kind() != Kind.CITY || e.population() >= SURE_POPULATION || e.isCapital();
    }

    /**
     * The story's evidence for an entry. A small town gains little from its country being mentioned (Geneva,
     * Illinois in a US-Russia story) unless a big namesake shares that country, or its state is mentioned.
     */
    private double context(GazetteerEntry e, int countryCount, int stateCount, Map<String, Integer> countries, Mention m,
                           Set<String> bigIn) {
        double bonus = 0;
        boolean big = isBig(e) || bigIn.contains(e.country());
        if (countryCount > 0) bonus += big ? 2 + 0.5 * Math.min(countryCount, 4) : 0.3;
        if (stateCount > 0 && e.kind() == Kind.CITY) bonus += 3; // "Seattle" says a Washington is the city's state, not the state itself
        // Neighbours tell countries and regions apart (Georgia beside Russia), not cities (London, Ontario is no
        // likelier in a US story than London, England).
        boolean area = e.kind() != Kind.CITY;
        for (String n : area ? neighbours.getOrDefault(e.country(), List.of()) : List.<String>of()) {
            if (countries.getOrDefault(n, 0) > 0) {
                bonus += 1;
                break;
            }
        }
        if (m.stateCue && e.kind() == Kind.REGION) bonus += 4;
        return bonus;
    }

    private static String soleCountry(Mention m) {
        String c = null;
        for (NameHit h : m.hits) {
            if (c == null) c = h.entry().country();
            else if (!c.equals(h.entry().country())) return null;
        }
        return c;
    }

    private static String soleState(Mention m) {
        String st = null;
        for (NameHit h : m.hits) {
            GazetteerEntry e = h.entry();
            if (e.admin1().isEmpty() || e.kind() == Kind.COUNTRY) return null;
            String k = e.country() + "-" + e.admin1();
            if (st == null) st = k;
            else if (!st.equals(k)) return null;
        }
        return st;
    }

    // ---------------------------------------------------------------- text helpers

    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is", "that",
            "for", "on", "with", "was", "said", "it", "as", "by", "at", "he", "she", "be", "are", "has", "from");

    /** Texts of some length with few English function words are in another language. */
    private static boolean looksEnglish(List<Token> toks) {
        int words = 0;
        int function = 0;
        for (Token t : toks) {
            if (t.text().isEmpty() || !Character.isLetter(t.text().charAt(0))) continue;
            words++;
            if (ENGLISH_FUNCTION_WORDS.contains(t.text().toLowerCase(Locale.ROOT))) function++;
        }
        return words < 40 || function * 100 >= words * 8;
    }

    /** Sentences that are headlines in title case: there capitals say nothing about names. */
    private static boolean[] headlineSentences(Text text) {
        int count = text.sentences().size();
        int[] words = new int[count + 1];
        int[] caps = new int[count + 1];
        for (Token t : text.tokens()) {
            if (t.sentence() < 0 || t.sentence() > count || t.text().isEmpty() || !Character.isLetter(t.text().charAt(0))) continue;
            words[t.sentence()]++;
            if (Character.isUpperCase(t.text().charAt(0))) caps[t.sentence()]++;
        }
        boolean[] out = new boolean[count + 1];
        for (int i = 0; i <= count; i++) out[i] = words[i] >= 4 && caps[i] * 10 >= words[i] * 8;
        return out;
    }

    private static boolean inHeadline(boolean[] headline, Token t) {
        return t.sentence() >= 0 && t.sentence() < headline.length && headline[t.sentence()];
    }

    /** The first word of its sentence (after any opening quotes or brackets). */
    private static boolean sentenceInitial(String s, List<Token> toks, int k) {
        int sentence = toks.get(k).sentence();
        for (int j = k - 1; j >= 0; j--) {
            Token t = toks.get(j);
            if (t.sentence() != sentence) return true;
            if (!t.text().isEmpty() && Character.isLetterOrDigit(t.text().charAt(0))) return false;
            if (s.substring(t.end(), toks.get(j + 1).start()).indexOf('\n') >= 0) return true; // a line's start
        }
        return true;
    }

    private static boolean writtenLowerCase(String s, String lower) {
        for (int at = s.indexOf(lower); at >= 0; at = s.indexOf(lower, at + 1)) {
            boolean startOk = at == 0 || !Character.isLetter(s.charAt(at - 1));
            int end = at + lower.length();
            boolean endOk = end == s.length() || !Character.isLetter(s.charAt(end));
            if (startOk && endOk) return true;
        }
        return false;
    }

    private static boolean startsUpper(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isAllCaps(String w) {
        boolean letters = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters = true;
        }
        return letters;
    }
}
