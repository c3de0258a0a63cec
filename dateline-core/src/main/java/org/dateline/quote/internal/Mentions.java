package org.dateline.quote.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityType;
import org.dateline.quote.Speaker;
import org.dateline.text.Token;

/**
 * The people named in a text (outside quotes) and the resolution of speaker phrases against them:
 * surnames to full names, pronouns to the nearest compatible person, role phrases ("the official") to the
 * person last quoted or last given that role.
 */
final class Mentions {
    private enum Gender { MALE, FEMALE, UNKNOWN }

    /** One named person mention; {@code name} is the full name it resolves to. */
    private record Person(int start, int end, String name, int sentence) {
    }

    private final String s;
    private final List<Token> toks;
    private final List<Entity> entities;
    private final List<Person> people = new ArrayList<>();
    private final Map<String, String> fullBySurname = new HashMap<>();
    private final Map<String, String> roleByName = new HashMap<>();
    private final Map<String, Gender> genderByName = new HashMap<>();
    private Person lastSpeaker;
    /** A he/she within two sentences of the last person quoted points back to that person. */
    static final boolean PREFER_SPEAKER = true;
    private Speaker lastOrganisation;
    private int lastOrganisationSentence = -10;

    Mentions(String s, List<Token> toks, List<Entity> entities, IntPredicate inQuote) {
        this.s = s;
        this.toks = toks;
        this.entities = entities;
        findPeople(inQuote);
        guessGenders();
    }

    /**
     * Genders the names no title or given name told: by the pronouns that follow a person's mentions in
     * the same sentence ("Lynch said her office ..."), where they agree.
     */
    private void guessGenders() {
        Map<String, int[]> votes = new HashMap<>();
        int t = 0;
        for (Person p : people) {
            while (t < toks.size() && toks.get(t).start() < p.end()) t++;
            int male = 0;
            int female = 0;
            for (int k = t; k < toks.size() && k < t + 10 && toks.get(k).sentence() == toks.get(t).sentence(); k++) {
                String w = Words.lower(toks.get(k).text());
                if (w.equals("he") || w.equals("his") || w.equals("him") || w.equals("himself")) male++;
                if (w.equals("she") || w.equals("her") || w.equals("hers") || w.equals("herself")) female++;
                if (Words.capitalised(toks.get(k).text()) && k > t) break; // another name takes over
            }
            int[] v = votes.computeIfAbsent(p.name(), k -> new int[2]);
            v[0] += male;
            v[1] += female;
        }
        votes.forEach((name, v) -> {
            if (v[0] > 0 && v[1] == 0) genderByName.putIfAbsent(name, Gender.MALE);
            if (v[1] > 0 && v[0] == 0) genderByName.putIfAbsent(name, Gender.FEMALE);
        });
    }

    private void findPeople(IntPredicate inQuote) {
        int n = toks.size();
        int i = 0;
        while (i < n) {
            Token t = toks.get(i);
            if (!Words.capitalised(t.text()) || Words.NOT_NAMES.contains(t.text()) && !isTitle(t.text())
                    || inQuote.test(t.start())) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < n && toks.get(j + 1).sentence() == t.sentence() && adjacent(j)
                    && (Words.capitalised(toks.get(j + 1).text()) && !Words.NOT_NAMES.contains(toks.get(j + 1).text())
                    || (toks.get(j + 1).text().equals(".") && abbreviation(toks.get(j).text())
                    || CONNECTORS.contains(toks.get(j + 1).text()) && j > i)
                    && j + 2 < n && Words.capitalised(toks.get(j + 2).text()))) j++;
            addPerson(i, j);
            i = j + 1;
        }
    }

    /** Lower-case particles inside names ("Bill de Blasio", "Ursula von der Leyen"). */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("de", "van", "von", "der", "bin",
            "al", "da", "di", "del", "la", "le", "du", "dos", "ibn");

    private boolean adjacent(int j) {
        // names do not run across a line break or a comma
        for (int k = toks.get(j).end(); k < toks.get(j + 1).start(); k++) if (s.charAt(k) == '\n') return false;
        return true;
    }

    private void addPerson(int i, int j) {
        Entity e = entityCovering(toks.get(i).start(), toks.get(j).end());
        int nameFirst = i;
        String role = null;
        Gender g = Gender.UNKNOWN;
        for (int k = i; k <= j; k++) {
            String lt = Words.lower(toks.get(k).text());
            if (Words.TITLES.contains(lt) || toks.get(k).text().equals(".")) {
                nameFirst = k + 1;
                if (Words.MALE_TITLES.contains(lt)) g = Gender.MALE;
                if (Words.FEMALE_TITLES.contains(lt)) g = Gender.FEMALE;
            } else if (k > nameFirst) {
                break;
            } else if (nameFirst == k && k < j && Words.TITLES.contains(Words.lower(toks.get(k + 1).text()))) {
                nameFirst = k + 1; // "Russian President ..." - a nationality before a title
            }
        }
        if (nameFirst > j) return;
        if (nameFirst > i) role = s.substring(toks.get(i).start(), toks.get(nameFirst - 1).end());
        if (role != null && role.endsWith(".")) role = role.substring(0, role.length() - 1);
        boolean person;
        if (e != null) {
            person = e.type() == EntityType.PERSON;
        } else {
            person = true;
            for (int k = nameFirst; k <= j; k++) {
                String w = toks.get(k).text();
                if (Words.ORG_WORDS.contains(Words.lower(w)) || w.length() > 1 && w.equals(w.toUpperCase())) {
                    person = false;
                }
            }
            int count = j - nameFirst + 1;
            if (count == 1) {
                person &= nameFirst > i || fullBySurname.containsKey(toks.get(j).text());
            }
            if (i > 0 && Words.lower(toks.get(i - 1).text()).equals("the")) person = false;
        }
        if (Words.PLACE_STARTS.contains(toks.get(nameFirst).text()) && nameFirst < j
                && !Words.MALE_NAMES.contains(Words.lower(toks.get(nameFirst).text()))) person = false;
        for (int k = nameFirst; k <= j; k++) if (Words.NOT_SPEAKERS.contains(toks.get(k).text())) person = false;
        if (headline(toks.get(i).sentence())) person = false;
        // "Initially, ..." or "Similarly, ...": an adverb opening a clause, whatever a recogniser made of it.
        String only = toks.get(j).text();
        if (i == j && only.length() > 4 && only.endsWith("ly") && j + 1 < toks.size()
                && toks.get(j + 1).text().equals(",")) person = false;
        if (!person) return;
        String written = s.substring(toks.get(nameFirst).start(), toks.get(j).end());
        String surname = toks.get(j).text();
        String full = j > nameFirst ? written : fullBySurname.getOrDefault(surname, written);
        if (j > nameFirst) fullBySurname.putIfAbsent(surname, written);
        if (role != null) roleByName.putIfAbsent(full, role);
        String given = Words.lower(toks.get(nameFirst).text());
        if (g == Gender.UNKNOWN && j > nameFirst) {
            if (Words.FEMALE_NAMES.contains(given)) g = Gender.FEMALE;
            else if (Words.MALE_NAMES.contains(given)) g = Gender.MALE;
        }
        if (g != Gender.UNKNOWN) genderByName.putIfAbsent(full, g);
        people.add(new Person(toks.get(nameFirst).start(), toks.get(j).end(), full, toks.get(i).sentence()));
    }

    /** A title-case line (a headline), where capitals say nothing about names. */
    private boolean headline(int sentence) {
        if (headlines == null) {
            int n = toks.isEmpty() ? 0 : toks.get(toks.size() - 1).sentence() + 1;
            int[] words = new int[n];
            int[] caps = new int[n];
            for (Token t : toks) {
                if (t.sentence() < 0 || t.sentence() >= n || !Words.word(t.text()) || t.text().length() < 4) continue;
                words[t.sentence()]++;
                if (Words.capitalised(t.text())) caps[t.sentence()]++;
            }
            headlines = new boolean[n];
            for (int k = 0; k < n; k++) headlines[k] = words[k] >= 3 && caps[k] == words[k];
        }
        return sentence >= 0 && sentence < headlines.length && headlines[sentence];
    }

    private boolean[] headlines;

    private static boolean isTitle(String w) {
        return w.equals("Mr") || w.equals("Mrs") || w.equals("Ms");
    }

    private static boolean abbreviation(String w) {
        return w.length() == 1 || Words.TITLES.contains(Words.lower(w));
    }

    /** The speaker a phrase found at {@code pos} stands for. Call in text order. */
    Speaker speaker(Attributor.Np np, int pos) {
        Token first = toks.get(np.first());
        int sentence = first.sentence();
        switch (np.kind()) {
            case NAME -> {
                boolean det = np.first() < np.nameFirst() && Words.DETERMINERS.contains(Words.lower(first.text()));
                int a = toks.get(np.nameFirst()).start();
                int b = toks.get(np.nameLast()).end();
                Person p = personAt(a, b);
                if (p != null && !det) {
                    String role = np.role() != null ? np.role() : roleByName.get(p.name());
                    if (np.role() != null) roleByName.putIfAbsent(p.name(), np.role());
                    lastSpeaker = p;
                    return new Speaker(p.name(), p.start(), p.end(), code(p.start(), p.end()), role);
                }
                int start = det ? first.start() : a;
                Speaker sp = new Speaker(normalise(s.substring(start, b)), start, b, code(start, b), np.role());
                if (np.nameLast() == np.nameFirst() && !det && looksLikeSurname(np)) {
                    return sp;
                }
                lastOrganisation = sp;
                lastOrganisationSentence = sentence;
                return sp;
            }
            case PRONOUN -> {
                String w = Words.lower(first.text());
                // A possessive stands for its personal pronoun ("his claim": he claimed).
                if (w.equals("his")) w = "he";
                else if (w.equals("her")) w = "she";
                else if (w.equals("its")) w = "it";
                if (w.equals("he") || w.equals("she")) {
                    Person p = antecedent(pos, sentence, w.equals("he") ? Gender.MALE : Gender.FEMALE);
                    if (p != null) {
                        genderByName.putIfAbsent(p.name(), w.equals("he") ? Gender.MALE : Gender.FEMALE);
                        lastSpeaker = p;
                        return new Speaker(p.name(), p.start(), p.end(), code(p.start(), p.end()),
                                roleByName.get(p.name()));
                    }
                } else if (w.equals("it") && lastOrganisation != null && sentence - lastOrganisationSentence <= 3) {
                    return lastOrganisation;
                }
                return new Speaker(first.text(), first.start(), first.end(), null, null);
            }
            default -> {
                int a = first.start();
                int b = toks.get(np.last()).end();
                String phrase = s.substring(a, b);
                String head = Words.lower(toks.get(np.last()).text());
                String fw = Words.lower(first.text());
                String possessor = null;
                for (int k = np.first(); k < np.last(); k++) {
                    if (Words.possessive(toks.get(k + 1).text())) possessor = toks.get(k).text();
                }
                boolean definite = fw.equals("the") || fw.equals("this") || possessor != null;
                if (definite && Words.PERSON_ROLES.contains(head)) {
                    List<String> modifiers = new ArrayList<>();
                    for (int k = np.first(); k < np.last(); k++) {
                        String m = toks.get(k).text();
                        boolean owner = k + 1 <= np.last() && Words.possessive(toks.get(k + 1).text());
                        if (Words.capitalised(m) && !owner && !Words.DETERMINERS.contains(Words.lower(m))) {
                            modifiers.add(m);
                        }
                    }
                    Person p = byRole(pos, head, possessor, modifiers);
                    if (p == null && Words.GENERIC_ROLES.contains(head) && lastSpeaker != null
                            && (possessor == null || !lastSpeaker.name().contains(possessor))) {
                        p = lastSpeaker;
                    }
                    if (p != null) {
                        lastSpeaker = p;
                        return new Speaker(p.name(), p.start(), p.end(), code(p.start(), p.end()), phrase);
                    }
                }
                Speaker sp = new Speaker(normalise(phrase), a, b, code(a, b), null);
                if (!Words.PERSON_ROLES.contains(head)) {
                    lastOrganisation = sp;
                    lastOrganisationSentence = sentence;
                }
                return sp;
            }
        }
    }

    /** Whether {@code word} is a person's name or surname in this text. */
    boolean isPersonName(String word) {
        if (fullBySurname.containsKey(word)) return true;
        for (Person p : people) if (p.name().equals(word)) return true;
        return false;
    }

    /** The span of the last person named before {@code pos}, at most {@code sentencesBack} sentences back. */
    int[] nearestPersonBefore(int pos, int sentencesBack) {
        Person found = null;
        for (Person p : people) {
            if (p.end() > pos) break;
            found = p;
        }
        if (found == null) return null;
        int sentence = sentenceAt(pos);
        if (sentence - found.sentence() > sentencesBack) return null;
        return new int[] {found.start(), found.end()};
    }

    /** The first person named within {@code [a, b)}, or null. */
    int[] firstPersonWithin(int a, int b) {
        for (Person p : people) {
            if (p.start() >= b) break;
            if (p.start() >= a && p.end() <= b) return new int[] {p.start(), p.end()};
        }
        return null;
    }

    private int sentenceAt(int pos) {
        int lo = 0;
        int hi = toks.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).start() < pos) lo = mid + 1;
            else hi = mid;
        }
        return lo < toks.size() ? toks.get(lo).sentence() : toks.isEmpty() ? 0 : toks.get(toks.size() - 1).sentence();
    }

    private boolean looksLikeSurname(Attributor.Np np) {
        return false;
    }

    /** The person a he/she points back to: the first person named in the nearest sentence that names one. */
    private Person antecedent(int pos, int sentence, Gender g) {
        Person best = null;
        int bestSentence = -1;
        for (Person p : people) {
            if (p.start() >= pos) break;
            if (sentence - p.sentence() > 4) continue;
            Gender pg = genderByName.getOrDefault(p.name(), Gender.UNKNOWN);
            if (pg != Gender.UNKNOWN && pg != g) continue;
            if (p.sentence() > bestSentence) {
                best = p;
                bestSentence = p.sentence();
            }
        }
        if (best == null) return null;
        if (PREFER_SPEAKER && lastSpeaker != null && lastSpeaker.start() < pos && lastSpeaker.sentence() >= 0
                && sentence - lastSpeaker.sentence() <= 2 && bestSentence - lastSpeaker.sentence() <= 1) {
            Gender lg = genderByName.getOrDefault(lastSpeaker.name(), Gender.UNKNOWN);
            if (lg == Gender.UNKNOWN || lg == g) return latest(lastSpeaker.name(), pos);
        }
        if (lastSpeaker != null && lastSpeaker.start() < pos) {
            // The last speaker, when named in that same sentence, wins over other names there.
            for (Person p : people) {
                if (p.start() >= pos) break;
                if (p.sentence() == bestSentence && p.name().equals(lastSpeaker.name())) return latest(p.name(), pos);
            }
        }
        return best;
    }

    private Person byRole(int pos, String head, String possessor, List<String> modifiers) {
        Person found = null;
        for (Person p : people) {
            if (p.start() >= pos) break;
            String role = roleByName.get(p.name());
            if (role == null || !roleFits(Words.lower(role), head)) continue;
            if (possessor != null && p.name().contains(possessor)) continue;
            // "the Russian leader" needs a Russian role
            boolean fits = true;
            for (String m : modifiers) fits &= Words.lower(role).contains(Words.lower(m));
            if (!fits) continue;
            found = p;
        }
        return found == null ? null : latest(found.name(), pos);
    }

    /** Whether a known role fits a role noun; a "leader" is whoever heads a state or party. */
    private static boolean roleFits(String role, String head) {
        if (role.contains(head)) return true;
        if (head.equals("leader")) {
            return role.contains("president") || role.contains("prime minister") || role.contains("premier")
                    || role.contains("chancellor") || role.contains("king") || role.contains("chairman");
        }
        if (head.equals("aide") || head.equals("adviser") || head.equals("advisor")) {
            return role.contains("adviser") || role.contains("advisor") || role.contains("aide");
        }
        return false;
    }

    /** The latest mention of {@code name} before {@code pos}. */
    private Person latest(String name, int pos) {
        Person found = null;
        for (Person p : people) {
            if (p.start() >= pos) break;
            if (p.name().equals(name)) found = p;
        }
        return found;
    }

    private Person personAt(int a, int b) {
        for (Person p : people) {
            if (p.start() < b && a < p.end()) return p;
            if (p.start() >= b) break;
        }
        // A name inside a quote or otherwise missed: a surname still resolves to the full name.
        String written = s.substring(a, b);
        String full = fullBySurname.get(written);
        if (full != null) return new Person(a, b, full, -1);
        if (written.indexOf(' ') > 0 && Character.isUpperCase(written.charAt(0))) {
            Entity e = entityCovering(a, b);
            if (e == null || e.type() == EntityType.PERSON) return new Person(a, b, written, -1);
        }
        return null;
    }

    private String code(int a, int b) {
        Entity covering = entityCovering(a, b);
        if (covering != null && covering.actor() != null) return covering.actor().code();
        for (Entity e : entities) {
            if (e.start() >= a && e.end() <= b && e.actor() != null) return e.actor().code();
        }
        return null;
    }

    private Entity entityCovering(int a, int b) {
        for (Entity e : entities) {
            if (e.start() <= a && e.end() >= b) return e;
        }
        return null;
    }

    private static String normalise(String phrase) {
        if (phrase.startsWith("The ") || phrase.startsWith("A ") || phrase.startsWith("An ")) {
            return Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
        }
        return phrase;
    }
}
