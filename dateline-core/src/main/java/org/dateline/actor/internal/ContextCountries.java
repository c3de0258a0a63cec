package org.dateline.actor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.actor.Actor;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityType;

/**
 * Countries for mentions that name none of their own, taken from the sentence around them (the way Phoenix
 * coders read "police" in a story about Cairo as Egypt's police):
 * <ul>
 *   <li>an agent alone ("police", "the rebels", "opposition parties", or a title before a name the
 *       dictionaries do not know) takes the country the sentence places things in ("in Nepal"), else the
 *       nearest country named before it, else the nearest after it, else the last one of the sentence
 *       before;</li>
 *   <li>an ethnic group ("ethnic Albanians") is coded with the state it lives in, found the same way, not
 *       with the state its name recalls; with no other state in sight it keeps that one.</li>
 * </ul>
 * Only for the default reading: PETRARCH's validation convention codes an unnamed agent "---".
 */
final class ContextCountries {
    /** Words that may stand between a locative preposition and the place ("in the West Bank city of"). */
    private static final int MAX_LOCATIVE_GAP = 4;
    private static final Set<String> ETHNIC = Set.of("ethnic");
    /** Words that end the search for a locative preposition: "in talks with Russia" does not place anything in Russia. */
    private static final Set<String> NOT_LOCATIVE_GAP = Set.of("with", "against", "to", "by", "from", "for", "on",
            "over", "and", "or", "than", "into", "toward", "towards", "between", "among");

    /**
     * Sectors whose agents act for a country's people when they stand alone: the state's officers, its armed
     * and unarmed opposition, refugees. Objects and places that Phoenix also lists as agents ("village",
     * "television", "settlement") and "people" stay uncoded; civilians and media only as persons (below).
     * Troops are left out: alone they are mostly the object of their own state's act ("Britain mobilized
     * reservists"), and "military" is mostly an adjective ("military intelligence", "military aid").
     */
    private static final Set<String> ACTING_SECTORS = Set.of("GOV", "COP", "REB", "OPP", "UAF", "RAD", "INS",
            "REF", "JUD", "LEG", "PTY", "LAB", "EDU", "ETH", "HRI", "SPY", "MUS", "CHR");
    private static final Set<String> PERSON_SECTORS = Set.of("CVL", "MED", "BUS", "HLH", "ELI");
    /** Words that may follow an agent standing alone; another lower-case word makes it a modifier ("military aid"). */
    private static final Set<String> AFTER_AGENT = Set.of("will", "would", "could", "should", "may", "might", "must",
            "can", "has", "have", "had", "is", "are", "was", "were", "said", "says", "say", "and", "or", "of", "in",
            "on", "at", "to", "who", "which", "that", "from", "for", "with", "against", "by", "also", "did",
            "do", "does", "not", "near", "outside", "inside", "across", "loyal", "there", "here", "as", "after", "before",
            "during", "when", "while", "because", "since", "until", "but", "whose", "today", "yesterday", "tonight",
            "now", "then", "again", "still", "later", "under", "into", "operating", "based");
    /** Prepositions that make a country named later the target of the action, not the agent's own. */
    private static final Set<String> TARGET_MARKERS = Set.of("to", "against", "in", "at", "on", "with", "into", "toward",
            "towards", "near", "inside", "outside", "across", "throughout", "upon", "over", "via", "within", "around");

    /** Words saying a doer's identity is unknown: no country is guessed for them. */
    private static final Set<String> UNKNOWN_DOERS = Set.of("unidentified", "unknown", "masked", "anonymous",
            "unnamed");

    private static final Set<String> AFFILIATION = Set.of("loyal", "linked", "close", "allied", "tied", "affiliated",
            "aligned", "connected", "attached");
    private static final Set<String> CLAUSE_WORDS = Set.of("that", "which", "who", "whom", "whose", "because", "as",
            "while", "when", "if", "unless", "but", "and", "or", "of", "after", "before", "since", "until");

    /**
     * Cities of the same name in two states, each with more than 15,000 people (GeoNames cities15000), of which
     * the Phoenix country records list one: a sentence that names the other state and not the listed one means
     * the other city ("rival militias in Tripoli ... the north Lebanese port").
     */
    private static final java.util.Map<String, List<String>> TWIN_CITIES = java.util.Map.of(
            "TRIPOLI", List.of("LBY", "LBN"), "HYDERABAD", List.of("IND", "PAK"), "VALENCIA", List.of("ESP", "VEN"),
            "CORDOBA", List.of("ESP", "ARG"), "BIRMINGHAM", List.of("GBR", "USA"), "PERTH", List.of("AUS", "GBR"),
            "KINGSTON", List.of("JAM", "CAN"), "GEORGETOWN", List.of("GUY", "MYS"));

    private ContextCountries() {
    }

    /** A mention that carries a state's code, at item {@code item}. */
    private record Anchor(int item, String country, boolean located) {
    }

    /**
     * Codes the sentence's country-less agents and ethnic groups in {@code out} (its entities from
     * {@code before} on, replaced in place) and returns the country to carry into the next sentence.
     */
    static String resolve(String s, List<MentionFinder.Item> items, List<MentionFinder.Piece> pieces, List<Entity> out,
                          int before, String previousCountry) {
        List<Entity> mine = new ArrayList<>(out.subList(before, out.size()));
        twinCities(mine);
        List<Anchor> anchors = new ArrayList<>();
        List<Integer> ethnic = new ArrayList<>();
        for (int i = 0; i < mine.size(); i++) {
            Entity e = mine.get(i);
            String c = country(e);
            if (c == null) continue;
            int k = itemAt(items, e.start());
            if (k > 0 && ETHNIC.contains(items.get(k - 1).lower())) {
                ethnic.add(i);
                continue;
            }
            anchors.add(new Anchor(k, c, e.type() == EntityType.PLACE || located(items, k)));
        }
        for (int i : ethnic) {
            Entity e = mine.get(i);
            String own = country(e);
            String home = nearest(anchors, itemAt(items, e.start()), own, previousCountry);
            if (home == null) continue;
            String code = e.actor().code();
            String recoded = home + (code.length() > 3 ? code.substring(3) : "ETH");
            mine.set(i, new Entity(e.start(), e.end(), e.text(), e.type(), new Actor(recoded, e.text())));
            anchors.add(new Anchor(itemAt(items, e.start()), home, false));
        }
        anchors.sort((x, y) -> Integer.compare(x.item, y.item));
        List<Entity> added = new ArrayList<>();
        for (MentionFinder.Piece piece : pieces) {
            if (piece.kind() != MentionFinder.PieceKind.AGENT) continue;
            int a = items.get(piece.from()).start();
            int b = items.get(piece.to() - 1).end();
            int holder = -1;
            boolean coded = false;
            for (int i = 0; i < mine.size(); i++) {
                Entity e = mine.get(i);
                if (e.start() <= a && b <= e.end()) {
                    if (e.actor() != null) coded = true;
                    else holder = i;
                }
            }
            if (coded) continue;
            if (!acting(piece, items, holder >= 0 && mine.get(holder).end() > b)) continue;
            String country = adjacent(mine, items, piece);
            if (country == null) country = pick(anchors, items, piece.from(), null, previousCountry);
            if (country == null) continue;
            String code = piece.agent().applyTo(country);
            if (holder >= 0) {
                Entity h = mine.get(holder);
                mine.set(holder, new Entity(h.start(), h.end(), h.text(), h.type(), new Actor(code, h.text())));
            } else {
                EntityType type = MentionFinder.ORG_AGENTS.contains(items.get(piece.to() - 1).lower())
                        ? EntityType.ORGANIZATION : EntityType.PERSON;
                added.add(MentionFinder.entity(s, items, piece.from(), piece.to(), type, code, null, true));
            }
        }
        mine.addAll(added);
        mine.sort((x, y) -> Integer.compare(x.start(), y.start()));
        out.subList(before, out.size()).clear();
        out.addAll(mine);
        return anchors.isEmpty() ? previousCountry : anchors.get(anchors.size() - 1).country;
    }

    /**
     * The country for a mention at item {@code at}: where the sentence places things, else the nearest named
     * before, else after, else the sentence before's; never {@code not} (an ethnic group's own name).
     */
    private static String pick(List<Anchor> anchors, List<MentionFinder.Item> items, int at, String not,
                               String previousCountry) {
        // Where the mention itself is placed: "rebels in Syria", "police in Karachi".
        for (Anchor x : anchors) {
            if (x.located && x.item > at && x.item <= at + 2 + MAX_LOCATIVE_GAP && !x.country.equals(not)) return x.country;
        }
        // The country named first: the one the sentence is about ("Cairo's security chief warned that police").
        for (Anchor x : anchors) if (x.item < at && !x.country.equals(not)) return x.country;
        for (Anchor x : anchors) {
            if (x.located && !x.country.equals(not)) return x.country;
        }
        // One named later, unless as the object of a preposition ("sanctions against Nigeria").
        for (Anchor x : anchors) {
            if (x.item > at && !x.country.equals(not) && !targetMarked(items, x.item)) return x.country;
        }
        return previousCountry != null && !previousCountry.equals(not) ? previousCountry : null;
    }

    /** For an ethnic group: where the sentence places things, else the nearest other state, else the sentence before's. */
    private static String nearest(List<Anchor> anchors, int at, String not, String previousCountry) {
        Anchor best = null;
        for (Anchor x : anchors) {
            if (x.country.equals(not)) continue;
            boolean better = best == null || x.located && !best.located
                    || x.located == best.located && Math.abs(x.item - at) < Math.abs(best.item - at);
            if (better) best = x;
        }
        if (best != null) return best.country;
        return previousCountry != null && !previousCountry.equals(not) ? previousCountry : null;
    }

    /** "against Nigeria", "to the United States", "in central Iran"; a clause word ("that", "which") ends the search. */
    private static boolean targetMarked(List<MentionFinder.Item> items, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            String r = items.get(j).raw();
            if (r.isEmpty() || !Character.isLowerCase(r.charAt(0))) return false;
            String w = items.get(j).lower();
            // "militants loyal to Iraq's ...", "a group linked to Sudan": an affiliation, not a target.
            if (TARGET_MARKERS.contains(w)) return j == 0 || !AFFILIATION.contains(items.get(j - 1).lower());
            if (CLAUSE_WORDS.contains(w)) return false;
        }
        return false;
    }

    /** Whether an agent standing alone names someone who acts, rather than a thing or a modifier. */
    private static boolean acting(MentionFinder.Piece piece, List<MentionFinder.Item> items, boolean named) {
        String code = piece.agent().code();
        if (piece.agent().prefix() || code.length() < 3) return false;
        String sector = code.substring(0, 3);
        String last = items.get(piece.to() - 1).lower();
        if (!ACTING_SECTORS.contains(sector) && !(PERSON_SECTORS.contains(sector) && personNoun(last))) return false;
        // "unidentified gunmen", "unknown attackers": the text says it does not know whose they are.
        for (int j = Math.max(0, piece.from() - 1); j < piece.to(); j++) {
            if (UNKNOWN_DOERS.contains(items.get(j).lower())) return false;
        }
        if (named || piece.to() >= items.size()) return true;
        MentionFinder.Item next = items.get(piece.to());
        if (next.raw().isEmpty() || !Character.isLetter(next.raw().charAt(0)) || Character.isUpperCase(next.raw().charAt(0))) return true;
        String w = next.lower();
        if (AFTER_AGENT.contains(w) || w.endsWith("ed")) return true;
        // "the president agrees": a verb in -s after a singular agent with its article.
        return w.endsWith("s") && !last.endsWith("s") && piece.from() > 0
                && MentionFinder.DETERMINERS.contains(items.get(piece.from() - 1).lower());
    }

    /** "journalist", "villagers", "landowner", "tribesmen": a noun for people, not "village" or "settlement". */
    private static boolean personNoun(String w) {
        for (String end : new String[] {"ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "man", "men", "ant", "ants"}) {
            if (w.endsWith(end)) return true;
        }
        return false;
    }

    /**
     * A coded mention right before the agent, with only lower-case words between ("UN arms inspectors"): the
     * agent belongs to it, IGO or state.
     */
    private static String adjacent(List<Entity> mine, List<MentionFinder.Item> items, MentionFinder.Piece piece) {
        int a = items.get(piece.from()).start();
        Entity best = null;
        for (Entity e : mine) if (e.actor() != null && e.end() <= a && (best == null || e.end() > best.end())) best = e;
        if (best == null) return null;
        int k = itemAt(items, best.end());
        if (k < items.size() && items.get(k).start() < best.end()) k++;
        // Modifiers only: an article or a verb between starts another phrase ("the EU urged the government").
        for (int j = k; j < piece.from(); j++) {
            String r = items.get(j).raw();
            if (piece.from() - k > 2 || r.isEmpty() || !Character.isLowerCase(r.charAt(0))
                    || MentionFinder.DETERMINERS.contains(items.get(j).lower()) || r.endsWith("ed")) return null;
        }
        String code = best.actor().code();
        String c = code.substring(0, Math.min(3, code.length()));
        return ActorDictionary.isCountryCode(c) ? c : code;
    }

    /** Recodes a city of {@link #TWIN_CITIES} to the other state when only that one is named beside it. */
    private static void twinCities(List<Entity> mine) {
        for (int i = 0; i < mine.size(); i++) {
            Entity e = mine.get(i);
            // The city alone or ending a compound ("militias in Tripoli").
            String text = e.text().strip();
            List<String> pair = TWIN_CITIES.get(Words.norm(text.substring(text.lastIndexOf(' ') + 1)));
            String own = country(e);
            if (pair == null || own == null || !pair.contains(own)) continue;
            String other = pair.get(0).equals(own) ? pair.get(1) : pair.get(0);
            boolean otherNamed = false;
            boolean ownNamed = false;
            for (Entity f : mine) {
                if (f == e) continue;
                String c = country(f);
                if (other.equals(c)) otherNamed = true;
                if (own.equals(c)) ownNamed = true;
            }
            if (otherNamed && !ownNamed) {
                mine.set(i, new Entity(e.start(), e.end(), e.text(), e.type(),
                        new Actor(other + e.actor().code().substring(3), e.actor().name())));
            }
        }
    }

    /** The state a mention is coded with ("EGYCOP" -> "EGY"), or null for IGOs, NGOs and the like. */
    private static String country(Entity e) {
        if (e.actor() == null || e.actor().code() == null || e.actor().code().length() < 3) return null;
        String c = e.actor().code().substring(0, 3);
        return ActorDictionary.isCountryCode(c) ? c : null;
    }

    private static int itemAt(List<MentionFinder.Item> items, int start) {
        for (int k = 0; k < items.size(); k++) if (items.get(k).end() > start) return k;
        return items.size() - 1;
    }

    /** "in Nepal", "in southeastern Serbia", "in the West Bank city of Hebron". */
    private static boolean located(List<MentionFinder.Item> items, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 1 - MAX_LOCATIVE_GAP; j--) {
            MentionFinder.Item it = items.get(j);
            if (MentionFinder.LOCATIVE.contains(it.lower())) return true;
            if (it.raw().isEmpty() || !Character.isLetter(it.raw().charAt(0)) || NOT_LOCATIVE_GAP.contains(it.lower())) return false;
        }
        return false;
    }
}
