package org.dateline.event.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.actor.Actor;
import org.dateline.actor.internal.Words;
import org.dateline.text.Token;

/**
 * Codes one sentence without a parser: finds verb groups (negation, modality, passive, infinitive chains),
 * their subjects (with compounds, relative and reported clauses, pronouns) and the actors in their scope,
 * then matches the CAMEO verb patterns. Also codes a few event nouns ("talks between A and B").
 */
public final class SentenceCoder {
    /** An actor mention, as token range [from, to) of the sentence. */
    public record Mention(int from, int to, int charStart, int charEnd, Actor actor, boolean place) {
        public Mention(int from, int to, int charStart, int charEnd, Actor actor) {
            this(from, to, charStart, charEnd, actor, false);
        }
    }

    /** An event found in a sentence. {@code anchor} is the token of its verb or noun. */
    public record Coded(String code, Actor source, Actor target, int anchor, int anchorChar, boolean negated,
                        int placeChar, String family) {
    }

    /** What the coder remembers across sentences of one story. */
    public static final class Context {
        Actor lastSubject;
        final List<Coded> nominal = new ArrayList<>();
        /** Every meeting or talk coded so far: a later "his conversation with X" names one of them again. */
        final List<Coded> consults = new ArrayList<>();
        /** The place word of each nominal event, for anaphora ("the talks in Geneva"). */
        final List<String> nominalPlace = new ArrayList<>();
        /** The speaker of the quote being coded, and its span: the source of what the quote leaves unsaid. */
        Actor speaker;
        int quoteStart = -1;
        int quoteEnd = -1;

        /** Tokens of the sentence being coded that date a clause to the past ("in 1961", "two weeks ago"). */
        List<Integer> historic = List.of();

        public void historic(List<Integer> tokens) {
            this.historic = List.copyOf(tokens);
        }

        public void quote(Actor speaker, int start, int end) {
            this.speaker = speaker;
            this.quoteStart = start;
            this.quoteEnd = end;
        }
    }

    private static final Set<String> EVENT_NOUNS = Set.of("TALKS", "NEGOTIATIONS", "MEETING", "MEETINGS", "SUMMIT",
            "CONVERSATION", "CALL", "CONSULTATIONS", "DIALOGUE", "TALK");
    private static final Set<String> PHONE = Set.of("PHONE", "TELEPHONE", "VIDEO", "VIDEOCONFERENCE");
    private static final Set<String> FUTURE_MODALS = Set.of("WILL", "WOULD", "SHALL", "'LL", "MAY", "MIGHT", "COULD", "WO");
    /** Verbs whose infinitive complement is only intended: "plans to impose". */
    private static final Set<String> INTENT_HEADS = Set.of("PLAN", "INTEND", "WANT", "SEEK", "PREPARE", "AIM", "HOPE",
            "EXPECT", "WISH", "CONSIDER", "PROPOSE");
    private static final Set<String> LIGHT_VERBS = Set.of("MAKE", "GIVE", "ISSUE", "EXTEND", "DELIVER", "PAY", "LODGE",
            "FILE", "HOLD", "CONDUCT", "LAUNCH", "UNDERTAKE", "OPEN", "BEGIN", "START", "RENEW", "RESUME", "COMPLETE",
            "ANNOUNCE", "ORDER", "STAGE", "CARRY OUT", "ACCELERATE", "SPEED UP", "HASTEN", "EXPEDITE");
    /** Verbs whose "will"/"would" complement is a decision taken, not an intent: "announced it would ban". */
    private static final Set<String> DECISION_SPEECH = Set.of("ANNOUNCE", "DECLARE");
    /** "decided to allow", "voted to lift": the decision is the act (outside PETRARCH's convention). */
    private static final Set<String> DECISION_HEADS = Set.of("DECIDE", "VOTE", "RESOLVE");
    private static final java.util.Map<String, String> NOMINALISED = java.util.Map.ofEntries(
            java.util.Map.entry("PLEDGE", "PLEDGE"), java.util.Map.entry("COMMITMENT", "PLEDGE"),
            java.util.Map.entry("PROMISE", "PROMISE"), java.util.Map.entry("THREAT", "THREATEN"),
            java.util.Map.entry("THREATS", "THREATEN"), java.util.Map.entry("WARNING", "WARN"),
            java.util.Map.entry("OFFER", "OFFER"), java.util.Map.entry("PROPOSAL", "PROPOSE"),
            java.util.Map.entry("APPEAL", "APPEAL"), java.util.Map.entry("DEMAND", "DEMAND"),
            java.util.Map.entry("DEMANDS", "DEMAND"), java.util.Map.entry("REQUEST", "REQUEST"),
            java.util.Map.entry("VISIT", "VISIT"), java.util.Map.entry("CONCESSION", "CONCEDE"),
            java.util.Map.entry("CONCESSIONS", "CONCEDE"), java.util.Map.entry("APOLOGY", "APOLOGIZE"),
            java.util.Map.entry("ACCUSATION", "ACCUSE"), java.util.Map.entry("ACCUSATIONS", "ACCUSE"),
            java.util.Map.entry("COMPLAINT", "COMPLAIN"), java.util.Map.entry("PROTEST", "PROTEST"),
            java.util.Map.entry("MEETING", "MEET"), java.util.Map.entry("MEETINGS", "MEET"),
            java.util.Map.entry("TALKS", "DISCUSS"), java.util.Map.entry("NEGOTIATIONS", "NEGOTIATE"),
            java.util.Map.entry("INVESTIGATION", "INVESTIGATE"), java.util.Map.entry("INQUIRY", "INVESTIGATE"),
            java.util.Map.entry("PROBE", "INVESTIGATE"), java.util.Map.entry("HEARING", "INVESTIGATE"),
            java.util.Map.entry("MEDIATION", "MEDIATE"), java.util.Map.entry("WITHDRAWAL", "WITHDRAW"),
            java.util.Map.entry("BOYCOTT", "BOYCOTT"), java.util.Map.entry("RELEASE", "RELEASE"),
            java.util.Map.entry("ATTACK", "ATTACK"), java.util.Map.entry("ATTACKS", "ATTACK"),
            java.util.Map.entry("OFFENSIVE", "ATTACK"), java.util.Map.entry("WELCOME", "WELCOME"),
            java.util.Map.entry("REMINDER", "DEMAND"), java.util.Map.entry("ULTIMATUM", "THREATEN"),
            java.util.Map.entry("SUSPENSION", "SUSPEND"), java.util.Map.entry("CANCELLATION", "CANCEL"),
            java.util.Map.entry("EXPULSION", "EXPEL"), java.util.Map.entry("EXPULSIONS", "EXPEL"),
            java.util.Map.entry("DEPLOYMENT", "DEPLOY"), java.util.Map.entry("EVACUATION", "EVACUATE"));
    private static final Set<String> INTENT_NOUNS = Set.of("INTENTION", "INTENTIONS", "INTENT", "PLAN", "PLANS",
            "DESIRE", "WISH", "READINESS", "WILLINGNESS", "WILLING", "READY", "PREPARED", "DETERMINED", "EAGER",
            "UNWILLING");
    private static final Set<String> LOCATIVES = Set.of("IN", "AT", "NEAR", "OUTSIDE", "INSIDE", "THROUGHOUT");
    private static final Set<String> PROTEST_LIGHT = Set.of("STAGE", "HOLD", "BEGIN", "START", "CONTINUE", "LAUNCH",
            "ORGANIZE", "ORGANISE", "MOUNT", "CALL", "JOIN", "LEAD", "GO", "END", "DECLARE", "RESUME");
    private static final Set<String> STATIVE_PARTICIPLES = Set.of("ENGAGED", "INVOLVED", "EMBROILED", "IMPLICATED");
    private static final Set<String> SINGULAR_DETERMINERS = Set.of("A", "AN", "ANOTHER", "EACH", "EVERY");
    private static final Set<String> ATTITUDE_PARTICIPLES = Set.of("OPPOSED", "COMMITTED", "DETERMINED", "PREPARED",
            "CONCERNED", "WORRIED", "PLEASED", "SATISFIED", "DISAPPOINTED", "ALARMED", "DISTURBED", "SHOCKED", "OUTRAGED",
            "ANGERED", "FRUSTRATED", "DISMAYED", "SADDENED", "ENCOURAGED", "HEARTENED", "IMPRESSED", "DELIGHTED",
            "INTERESTED", "DEDICATED", "DISSATISFIED", "UPSET", "ANNOYED", "IRRITATED", "TROUBLED");
    private static final Set<String> ASPECTUAL = Set.of("GO", "KEEP", "CARRY", "MOVE");
    private static final Set<String> DAYS = Set.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY", "TODAY", "YESTERDAY", "TONIGHT", "WEEKEND");
    private static final Set<String> SEPARATORS = Set.of(",", "AND", "OR", "NOR", "&");

    private final VerbDictionary verbs;
    /** PETRARCH's convention: code what the verb says, without reading modality (see EventCoder#literal). */
    private final boolean literal;

    public SentenceCoder(VerbDictionary verbs) {
        this(verbs, false);
    }

    public SentenceCoder(VerbDictionary verbs, boolean literal) {
        this.verbs = verbs;
        this.literal = literal;
    }

    // ---- per-sentence state ----
    private List<Token> toks;
    private String[] w;
    private Set<String> wordSet;
    private String[] singular;
    private String[] singularEs;
    private int n;
    private int[] mentionAt;
    private List<Mention> mentions;
    private boolean[] verb;
    private VerbDictionary.Sense[] sense;
    private int[] groupStart;
    private boolean[] negated;
    private boolean[] passive;
    private boolean[] infinitive;
    private boolean[] participle;
    private boolean[] future;
    /** "should", "ought to": what ought to happen. */
    private boolean[] normative;
    /** "must", "should", "have to": an obligation put on the subject. */
    private boolean[] obliged;
    /** The demands read from "X said Y must ...": kept although their verb is under "should". */
    private final List<Coded> reportedDemands = new ArrayList<>();
    private int[] particlesEnd;
    /** The subjects of the verbs of the sentence being coded. */
    private List<List<Mention>> subjectsOf = List.of();

    public List<Coded> code(List<Token> sentenceTokens, List<Mention> sentenceMentions, Context ctx) {
        toks = sentenceTokens;
        mentions = sentenceMentions;
        n = toks.size();
        w = new String[n];
        wordSet = new HashSet<>();
        singular = new String[n];
        singularEs = new String[n];
        for (int i = 0; i < n; i++) {
            w[i] = Words.norm(toks.get(i).text());
            singular[i] = w[i].endsWith("IES") ? w[i].substring(0, w[i].length() - 3) + "Y"
                    : w[i].endsWith("S") ? w[i].substring(0, w[i].length() - 1) : w[i];
            singularEs[i] = w[i].endsWith("ES") ? w[i].substring(0, w[i].length() - 2) : w[i];
            wordSet.add(w[i]);
            // Patterns name singulars; the text may have plurals.
            if (w[i].endsWith("IES")) wordSet.add(w[i].substring(0, w[i].length() - 3) + "Y");
            if (w[i].endsWith("ES")) wordSet.add(w[i].substring(0, w[i].length() - 2));
            if (w[i].endsWith("S")) wordSet.add(w[i].substring(0, w[i].length() - 1));
        }
        mentionAt = new int[n];
        java.util.Arrays.fill(mentionAt, -1);
        for (int m = 0; m < mentions.size(); m++) {
            for (int i = mentions.get(m).from; i < mentions.get(m).to; i++) if (mentionAt[i] < 0) mentionAt[i] = m;
        }
        findVerbs();
        reportedDemands.clear();
        List<Coded> out = new ArrayList<>();
        int[] head = new int[n];
        java.util.Arrays.fill(head, -1);
        for (int i = 0; i < n; i++) if (verb[i] && infinitive[i]) head[i] = chainHead(i);
        // Subjects first: later verbs inherit them.
        List<List<Mention>> subjects = new ArrayList<>(n);
        subjectsOf = subjects;
        int[] speechHead = new int[n];
        java.util.Arrays.fill(speechHead, -1);
        for (int i = 0; i < n; i++) subjects.add(List.of());
        int lastFinite = -1;
        for (int i = 0; i < n; i++) {
            if (!verb[i]) continue;
            if (head[i] >= 0) {
                subjects.set(i, subjects.get(head[i]));
                speechHead[i] = speechHead[head[i]];
                continue;
            }
            int gs = groupStart[i];
            if (lastFinite >= 0 && gs > 0 && (w[gs - 1].equals("AND") || w[gs - 1].equals("BUT") || w[gs - 1].equals("OR"))
                    && !participle[i] && !infinitive[i]) {
                // "condemned an attack ... and promised aid": a coordinated verb phrase shares the subject.
                subjects.set(i, subjects.get(lastFinite));
                speechHead[i] = speechHead[lastFinite];
                lastFinite = i;
                continue;
            }
            int[] complementOf = {-1};
            List<Mention> subj = subject(i, ctx, subjects, complementOf);
            if (subj.isEmpty() && lastFinite >= 0 && (participle[i] || coordinated(lastFinite, i) || infinitive[i])) {
                subj = subjects.get(lastFinite);
                speechHead[i] = speechHead[lastFinite];
            }
            if (complementOf[0] >= 0) speechHead[i] = complementOf[0];
            subjects.set(i, subj);
            if (!participle[i] && !infinitive[i]) lastFinite = i;
        }
        for (int i = 0; i < n; i++) {
            if (!verb[i] || ctx.speaker == null || !subjects.get(i).isEmpty()) continue;
            int c = toks.get(i).start();
            if (c >= ctx.quoteStart && c < ctx.quoteEnd && !participle[i]) {
                // Inside a quote, "we"/no subject means the speaker.
                subjects.set(i, List.of(new Mention(i, i + 1, c, toks.get(i).end(), ctx.speaker)));
            }
        }
        for (int i = 0; i < n; i++) {
            if (!verb[i] || head[i] >= 0 && absorbs(head[i])) continue;
            int end = scopeEnd(i);
            // A head verb with its own code takes its complement's scope: "threatened to impose sanctions".
            int comp = -1;
            for (int j = i + 1; j < end; j++) if (verb[j] && head[j] == i) comp = j;
            if (comp >= 0 && absorbs(i)) end = Math.max(end, scopeEnd(comp));
            // "Gondor said Rohan must return the captured horses": what the speaker says another must do is
            // the speaker's demand (CAMEO 10) on it, not the act itself.
            if (obliged[i] && speechHead[i] >= 0 && namedSubject(subjects.get(i), i) && !subjects.get(speechHead[i]).isEmpty()) {
                int before = out.size();
                emit("100", subjects.get(speechHead[i]), subjects.get(i), i, negated[i], out);
                reportedDemands.addAll(out.subList(before, out.size()));
                continue;
            }
            codeVerb(i, comp, end, subjects.get(i), speechHead[i], out, ctx);
        }
        nominalEvents(out, ctx, subjects);
        dropHypothetical(out);
        dropHistoric(out, ctx.historic);
        for (Coded c : out) if (c.code() != null && c.code().startsWith("04")) ctx.consults.add(c);
        for (int i = 0; i < n; i++) {
            if (verb[i] && !participle[i] && !infinitive[i] && !subjects.get(i).isEmpty()) {
                ctx.lastSubject = subjects.get(i).get(0).actor;
                break;
            }
        }
        return out;
    }

    // ---- verbs ----

    private void findVerbs() {
        verb = new boolean[n];
        sense = new VerbDictionary.Sense[n];
        groupStart = new int[n];
        negated = new boolean[n];
        passive = new boolean[n];
        infinitive = new boolean[n];
        participle = new boolean[n];
        future = new boolean[n];
        normative = new boolean[n];
        obliged = new boolean[n];
        particlesEnd = new int[n];
        for (int i = 0; i < n; i++) {
            particlesEnd[i] = i + 1;
            if (mentionAt[i] >= 0) continue;
            String raw = toks.get(i).text();
            if (raw.isEmpty() || !Character.isLowerCase(raw.charAt(0))) continue;
            if (Lexicon.BE.contains(w[i]) || Lexicon.HAVE.contains(w[i]) || Lexicon.DO.contains(w[i])
                    || Lexicon.MODALS.contains(w[i])) continue;
            VerbDictionary.Sense best = null;
            int bestLen = -1;
            for (VerbDictionary.Sense s : verbs.senses(w[i])) {
                int len = particles(i, s);
                if (len > bestLen) {
                    best = s;
                    bestLen = len;
                }
            }
            if (best == null) continue;
            if (isNounContext(i)) continue;
            verb[i] = true;
            sense[i] = best;
            particlesEnd[i] = i + 1 + best.after().size();
            analyseGroup(i);
        }
        // "-ed" forms right after a plain noun, with a finite verb before: reduced relatives ("sanctions aimed at").
        boolean seenFinite = false;
        for (int i = 0; i < n; i++) {
            if (!verb[i]) continue;
            boolean bare = groupStart[i] == i && !infinitive[i];
            // "aircraft using missiles killed 4 Iraqis": a form with a direct object is active, not a relative;
            // "in a statement released after": a noun inside a prepositional phrase takes no finite verb.
            boolean object = !literal && i + 1 < n && (mentionAt[i + 1] >= 0 && !verb[i - 1 < 0 ? i : i - 1]
                    || Lexicon.DETERMINERS.contains(w[i + 1]) || Character.isDigit(toks.get(i + 1).text().charAt(0)));
            boolean noObject = i + 1 >= n || Lexicon.PREPOSITIONS.contains(w[i + 1]) || !Character.isLetterOrDigit(w[i + 1].charAt(0));
            if (bare && (seenFinite || !literal && noObject && insidePrepositionalPhrase(i)) && !object && w[i].endsWith("ED") && i > 0
                    && mentionAt[i - 1] < 0 && !Lexicon.PRONOUNS.contains(w[i - 1]) && Character.isLetter(w[i - 1].charAt(0))
                    && !w[i - 1].equals("AND")) {
                participle[i] = true;
            }
            seenFinite = true;
        }
    }

    /** "In a statement released": the words before the form are a noun phrase governed by a preposition. */
    private boolean insidePrepositionalPhrase(int i) {
        for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
            if (Lexicon.PREPOSITIONS.contains(w[k])) return k < i - 1;
            // "Tutu on Sunday called for": a day is an adverbial, not a noun phrase.
            if (mentionAt[k] >= 0 || verb[k] || !Character.isLetter(w[k].charAt(0)) || DAYS.contains(w[k])) return false;
        }
        return false;
    }

    /** -1 when a multi-word verb's other words are missing; else how many it has. */
    private int particles(int i, VerbDictionary.Sense s) {
        List<String> before = s.before();
        List<String> after = s.after();
        for (int k = 0; k < before.size(); k++) {
            int at = i - before.size() + k;
            if (at < 0 || !w[at].equals(before.get(k))) return -1;
        }
        for (int k = 0; k < after.size(); k++) {
            int at = i + 1 + k;
            if (at >= n || !w[at].equals(after.get(k))) return -1;
        }
        return before.size() + after.size();
    }

    /** A verb form used as a noun: after a determiner or preposition with only modifiers between. */
    private boolean isNounContext(int i) {
        if (Lexicon.ADVERBS_IN_VERB_GROUP.contains(w[i])) return true;
        if (i + 1 < n && w[i + 1].equals("OF") && !w[i].endsWith("ED")) return true;
        // "British forces must ensure", "Serb forces were engaged": a form right before a modal or an
        // auxiliary ends the subject noun phrase; a verb would be followed by its object or complement.
        if (i > 0 && i + 1 < n && !w[i].endsWith("ING") && (Lexicon.MODALS.contains(w[i + 1])
                || Lexicon.BE.contains(w[i + 1]) && !w[i + 1].equals("'S") || Lexicon.HAVE.contains(w[i + 1]) && !w[i + 1].equals("'D"))
                && Character.isLowerCase(toks.get(i + 1).text().charAt(0)) && !followsSubject(i)) return true;
        // "Serb forces killed", "Israeli tanks fired": an -S form right before a past verb heads the subject.
        if (!literal && i + 1 < n && inflectedS(i) && !followsSubject(i) && pastVerb(i + 1)) return true;
        // "conceded to demands from", "returned to talks": an infinitive is never an -S form.
        if (i > 0 && w[i - 1].equals("TO") && inflectedS(i)) return true;
        // "is ready to contribute", "are willing to": an adjective of intent, not the verb "ready".
        if (i > 0 && i + 1 < n && INTENT_NOUNS.contains(w[i]) && w[i + 1].equals("TO") && Lexicon.BE.contains(w[i - 1])) return true;
        // A past form after a noun phrase ("the new mayor left") is its verb; only right after a determiner
        // is it a noun's modifier ("the agreed text").
        boolean past = w[i].endsWith("ED") || Lexicon.PARTICIPLES.contains(w[i]) || irregularPast(i);
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String x = w[k];
            if (isQuoteMark(toks.get(k).text())) continue;
            if (past && k < i - 1) return false;
            if (x.equals("TO")) return false;
            // "guilty of violating the ceasefire", "after meeting the envoy": a gerund right after a preposition
            // is a verb with its object. Not after "against" or "from": what one warns against or refrains from
            // ("warned the US against escalating sanctions", "barred from entering") has not happened.
            if (w[i].endsWith("ING") && k == i - 1 && Lexicon.PREPOSITIONS.contains(x) && !literal
                    && !x.equals("AGAINST") && !x.equals("FROM")) return false;
            // "holding them as human shields": a plural after "as" and its modifiers is a noun.
            if (x.equals("AS") && k < i - 1 && w[i].endsWith("S") && !w[i].endsWith("SS")) return true;
            if (Lexicon.DETERMINERS.contains(x) || Lexicon.PREPOSITIONS.contains(x)) {
                return true;
            }
            if (mentionAt[k] >= 0) {
                // "the Russian media reports": a mention after a determiner is a modifier.
                int m = mentionAt[k];
                int before = mentions.get(m).from - 1;
                // "rejected a U.S. request": determiner + mention + word after a verb is an object noun phrase.
                if (k == i - 1 && before >= 1 && Lexicon.DETERMINERS.contains(w[before]) && verbs.senses(w[before - 1]).size() > 0
                        && Character.isLowerCase(toks.get(before - 1).text().charAt(0))) return true;
                // "a key U.S. ally": after "a" and its modifiers a base form is the head noun (a singular
                // subject would take an -S verb).
                if (!literal && k == i - 1 && !past && !w[i].endsWith("S") && !w[i].endsWith("ING")) {
                    int b = before;
                    while (b >= 0 && mentionAt[b] < 0 && Character.isLowerCase(toks.get(b).text().charAt(0))
                            && !SINGULAR_DETERMINERS.contains(w[b]) && !verb[b] && verbs.senses(w[b]).isEmpty()
                            && !Lexicon.PREPOSITIONS.contains(w[b]) && !SEPARATORS.contains(w[b]) && before - b < 3) b--;
                    if (b >= 0 && SINGULAR_DETERMINERS.contains(w[b])) return true;
                }
                return before >= 0 && Lexicon.DETERMINERS.contains(w[before]) && k == i - 1 && w[i].endsWith("S")
                        && !w[i].endsWith("SS") && isPluralNounLike(i);
            }
            String raw = toks.get(k).text();
            // "an 800 million ducat trade protocol": numbers belong to the noun phrase.
            if (!raw.isEmpty() && Character.isDigit(raw.charAt(0)) && k < i - 1) continue;
            if (raw.isEmpty() || !Character.isLetter(raw.charAt(0))) return false;
            if (Lexicon.BE.contains(x) || Lexicon.HAVE.contains(x) || Lexicon.MODALS.contains(x) || Lexicon.DO.contains(x)) {
                return false;
            }
            // "The EU on Monday gave": a day closes an adverbial, it is no noun phrase the verb form ends.
            if (DAYS.contains(x)) return false;
            // "deploy offensive arms", "phone talks": a noun phrase after a verb form.
            // "began collecting signatures", "continued fighting": a gerund right after a verb is its complement.
            if (w[i].endsWith("ING") && k == i - 1 && verbalForm(k)) return false;
            if (!past && k < i && !verbs.senses(x).isEmpty() && Character.isLowerCase(raw.charAt(0))
                    && !Lexicon.ADVERBS_IN_VERB_GROUP.contains(x) && !x.endsWith("LY")) return true;
            if (Lexicon.BE.contains(x) || Lexicon.HAVE.contains(x) || Lexicon.MODALS.contains(x) || Lexicon.DO.contains(x)
                    || Lexicon.PRONOUNS.contains(x) || Lexicon.RELATIVES.contains(x) || x.endsWith("LY")
                    || Lexicon.ADVERBS_IN_VERB_GROUP.contains(x) || x.endsWith("N'T") || x.equals("THAT")
                    || x.equals("AND") || x.equals("BUT")) {
                return false;
            }
        }
        return false;
    }

    /** A subject pronoun or a name right before: "they say will" is no noun phrase "say". */
    private boolean followsSubject(int i) {
        return Lexicon.PRONOUNS.contains(w[i - 1]) || Lexicon.RELATIVES.contains(w[i - 1]) || w[i - 1].equals("THAT");
    }

    private boolean pastVerb(int k) {
        if (mentionAt[k] >= 0 || verbs.senses(w[k]).isEmpty() || !Character.isLowerCase(toks.get(k).text().charAt(0))) return false;
        return w[k].endsWith("ED") || irregularPast(k);
    }

    /** An -S form of the dictionary's verb ("DEMANDS" of DEMAND, not "ACCESS"). */
    private boolean inflectedS(int i) {
        String x = w[i];
        if (!x.endsWith("S") || x.endsWith("SS")) return false;
        for (VerbDictionary.Sense s : verbs.senses(x)) if (s.lemma().equals(x)) return false;
        return true;
    }

    /** A word that can only be a finite or infinitive verb here: a past or -S form, or after "to" or a modal. */
    private boolean verbalForm(int k) {
        String x = w[k];
        if (verbs.senses(x).isEmpty() || !Character.isLowerCase(toks.get(k).text().charAt(0))) return false;
        if (x.endsWith("ED") || irregularPast(k) || x.endsWith("S") && !x.endsWith("SS")) return true;
        return k > 0 && (w[k - 1].equals("TO") || Lexicon.MODALS.contains(w[k - 1]) || Lexicon.DO.contains(w[k - 1]));
    }

    /** "BEGAN", "TOOK": a form the dictionary lists that is neither the lemma nor its -S or -ING form. */
    private boolean irregularPast(int i) {
        String x = w[i];
        if (x.endsWith("S") || x.endsWith("ING")) return false;
        for (VerbDictionary.Sense s : verbs.senses(x)) {
            String lemma = s.lemma();
            if (lemma.indexOf(' ') < 0 && !lemma.equals(x)) return true;
        }
        return false;
    }

    private static boolean isQuoteMark(String raw) {
        return raw.length() == 1 && "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB".indexOf(raw.charAt(0)) >= 0;
    }

    private boolean isPluralNounLike(int i) {
        // "the Gondor reports" is a noun; "Gondor reports that" a verb.
        return !(i + 1 < n && (w[i + 1].equals("THAT") || mentionAt[i + 1] >= 0));
    }

    private void analyseGroup(int i) {
        int k = i - 1;
        boolean sawBe = false;
        boolean sawHave = false;
        boolean lastAuxBe = false;
        int start = i;
        if (sense[i] != null) k -= sense[i].before().size();
        while (k >= 0) {
            String x = w[k];
            if (x.equals("TO")) {
                infinitive[i] = true;
                start = k;
                // "pledged not to deploy"
                if (k > 0 && (Lexicon.NEGATIONS.contains(w[k - 1]) || w[k - 1].endsWith("N'T"))) negated[i] = true;
                // "has no intention whatsoever to attack", "plans to visit": an intended act, maybe disowned.
                for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
                    if (INTENT_NOUNS.contains(w[j])) {
                        future[i] = true;
                        // "the US must be ready to mediate": the obligation is on the intended act.
                        for (int m = j - 1; m >= Math.max(0, j - 4); m--) {
                            String y = w[m];
                            if (y.equals("MUST") || y.equals("SHOULD") || y.equals("OUGHT")) {
                                obliged[i] = true;
                                if (!y.equals("MUST")) normative[i] = true;
                                break;
                            }
                            if (!Lexicon.BE.contains(y) && !Lexicon.ADVERBS_IN_VERB_GROUP.contains(y) && !y.equals("TO")) break;
                        }
                        if (w[j].equals("UNWILLING")) negated[i] = true;
                        for (int m = j - 1; m >= Math.max(0, j - 2); m--) if (w[m].equals("NO")) negated[i] = true;
                        break;
                    }
                    if (!w[j].equals("WHATSOEVER") && !w[j].equals("WHATEVER")) break;
                }
                break;
            }
            boolean aux = Lexicon.BE.contains(x) || Lexicon.HAVE.contains(x) || Lexicon.DO.contains(x)
                    || Lexicon.MODALS.contains(x) || x.endsWith("N'T");
            boolean adverb = Lexicon.ADVERBS_IN_VERB_GROUP.contains(x)
                    || (x.endsWith("LY") && x.length() > 3 && mentionAt[k] < 0 && Character.isLowerCase(toks.get(k).text().charAt(0)));
            if (!aux && !adverb && !x.equals(",")) break;
            if (x.equals(",")) {
                // "Putin has, however, warned": commas around an adverb stay in the group.
                if (k - 1 >= 0 && (Lexicon.ADVERBS_IN_VERB_GROUP.contains(w[k - 1]) || Lexicon.BE.contains(w[k - 1])
                        || Lexicon.HAVE.contains(w[k - 1]) || Lexicon.MODALS.contains(w[k - 1]))) {
                    k--;
                    continue;
                }
                break;
            }
            if (Lexicon.NEGATIONS.contains(x) || x.endsWith("N'T")) negated[i] = true;
            if (FUTURE_MODALS.contains(x) || x.equals("WON'T")) future[i] = true;
            if (x.equals("SHOULD") || x.equals("OUGHT") || x.equals("SHOULDN'T")) normative[i] = true;
            if (x.equals("SHOULD") || x.equals("OUGHT") || x.equals("MUST")) obliged[i] = true;
            if (Lexicon.BE.contains(x)) {
                sawBe = true;
                if (start == i || !lastAuxBe) lastAuxBe = start == i || lastAuxBe;
            }
            if (Lexicon.HAVE.contains(x)) sawHave = true;
            start = k;
            k--;
        }
        groupStart[i] = start;
        boolean pp = w[i].endsWith("ED") || w[i].endsWith("EN") || Lexicon.PARTICIPLES.contains(w[i]);
        boolean beRightBefore = false;
        for (int j = i - 1; j >= start; j--) {
            if (Lexicon.BE.contains(w[j])) {
                beRightBefore = true;
                break;
            }
            if (Lexicon.HAVE.contains(w[j]) || Lexicon.MODALS.contains(w[j])) break;
        }
        // "were engaged in ethnic cleansing": the subject does it; the participle only describes its state.
        boolean stative = i + 1 < n && w[i + 1].equals("IN") && STATIVE_PARTICIPLES.contains(w[i])
                // "Israel is opposed to French mediation", "was angered by": the subject holds the attitude.
                || !literal && ATTITUDE_PARTICIPLES.contains(w[i]);
        passive[i] = sawBe && beRightBefore && pp && !w[i].endsWith("ING") && !stative;
        if (!sawBe && !sawHave && start == i && w[i].endsWith("ING")) participle[i] = true;
        if (start > 0 && w[start - 1].equals(",") && w[i].endsWith("ING") && start == i) participle[i] = true;
    }

    /** The verb an infinitive completes: "urged Eriador to respond", "threatened to impose". */
    private int chainHead(int i) {
        int to = groupStart[i];
        for (int k = to - 1; k >= Math.max(0, to - 7); k--) {
            if (verb[k]) return k;
            String x = w[k];
            if (x.equals(";") || x.equals(",") || Lexicon.RELATIVES.contains(x) || x.equals("THAT")) return -1;
            // "said Egypt must be ready to mediate": a modal or "be" starts a clause of its own.
            if (!literal && (Lexicon.MODALS.contains(x) || Lexicon.BE.contains(x) && !x.equals("'S"))) return -1;
        }
        return -1;
    }

    /** Whether a head verb codes the chain itself (it has a code) rather than passing on to its complement. */
    private boolean absorbs(int headVerb) {
        VerbDictionary.Sense s = sense[headVerb];
        String code = s.defaultCode();
        // "the court decided to allow": the decision's content is what happened.
        if (!literal && DECISION_HEADS.contains(s.lemma())) return false;
        // "intends to deploy": the plan's content is the event, coded as intent.
        if (INTENT_HEADS.contains(s.lemma())) return false;
        return code != null && !code.equals("---") && !Lexicon.SPEECH.contains(s.lemma());
    }

    private boolean coordinated(int previous, int i) {
        for (int k = groupStart[i] - 1; k > previous; k--) {
            if (w[k].equals("AND") || w[k].equals("BUT") || w[k].equals("THEN")) return true;
            if (mentionAt[k] >= 0 || Lexicon.PRONOUNS.contains(w[k])) return false;
        }
        return false;
    }

    // ---- subjects ----

    private List<Mention> subject(int i, Context ctx, List<List<Mention>> subjects, int[] complementOf) {
        for (int k = groupStart[i] - 1; k >= 0; k--) {
            String x = w[k];
            if (mentionAt[k] >= 0 && mentions.get(mentionAt[k]).place) continue;
            if (mentionAt[k] >= 0) {
                int m = mentionAt[k];
                int first = conjunctStart(m);
                int before = mentions.get(first).from - 1;
                while (before >= 0 && isModifier(before)) before--;
                // "a group of Moroccan diplomats met": after "of" a mention is the real head of its phrase.
                // Also "opposition groups in Zimbabwe demanded", "soldiers from Gondor": the place of a plain noun.
                boolean ofHead = before >= 1 && (w[before].equals("OF") || w[before].equals("IN") || w[before].equals("FROM"))
                        && mentionAt[before - 1] < 0 && !verb[before - 1]
                        && Character.isLetter(toks.get(before - 1).text().charAt(0))
                        && (Character.isLowerCase(toks.get(before - 1).text().charAt(0)) || before - 1 == 0)
                        && !hasMentionBefore(before - 1);
                // "Pakistan, a key U.S. ally in the war against terrorism, has refused": the actor inside an
                // apposition describes the subject named before it.
                if (!literal && before >= 1 && w[before].equals(",") && mentionAt[before - 1] >= 0 && mentions.get(m).from > before + 1
                        && !afterPreposition(mentions.get(mentionAt[before - 1]))
                        && !mentions.get(mentionAt[before - 1]).place && commaBetween(mentions.get(m).to, groupStart[i])) {
                    markComplement(mentions.get(conjunctStart(mentionAt[before - 1])).from, i, complementOf);
                    return conjuncts(mentionAt[before - 1]);
                }
                // "after Israel launched": a conjunction, not a preposition, when its mention is this verb's subject.
                boolean clauseOpener = !literal && before >= 0 && SUBORDINATORS.contains(w[before])
                        && mentions.get(m).to == groupStart[i];
                if (before >= 0 && Lexicon.PREPOSITIONS.contains(w[before]) && !ofHead && !clauseOpener) {
                    k = before;
                    continue;
                }
                markComplement(mentions.get(first).from, i, complementOf);
                return conjuncts(m);
            }
            if (Lexicon.PRONOUNS.contains(x) && !(x.equals("IT") && k + 1 < n && Lexicon.BE.contains(w[k + 1]) && passive[i])) {
                markComplement(k, i, complementOf);
                if (Lexicon.FIRST_PERSON.contains(x)) return List.of();
                return resolvePronoun(k, ctx, subjects);
            }
            if (Lexicon.RELATIVES.contains(x)) {
                int a = k - 1;
                if (a >= 0 && w[a].equals(",")) a--;
                if (a >= 0 && mentionAt[a] >= 0) return conjuncts(mentionAt[a]);
                return List.of();
            }
            if (verb[k] && !participle[k]) {
                if (Lexicon.SPEECH.contains(sense[k].lemma()) || Lexicon.DENIAL.contains(sense[k].lemma())) complementOf[0] = k;
                return List.of();
            }
            if (x.equals(";") || x.equals(":")) return List.of();
            if (x.equals("THAT") || x.equals("WHETHER")) {
                for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
                    if (verb[j]) {
                        complementOf[0] = j;
                        break;
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    /** "In his phone call with Putin, Biden ...": a mention inside a fronted prepositional phrase. */
    private boolean afterPreposition(Mention a) {
        int k = a.from - 1;
        while (k >= 0 && (Lexicon.DETERMINERS.contains(w[k]) && !w[k].equals("'S") || isModifier(k))) k--;
        return k >= 0 && Lexicon.PREPOSITIONS.contains(w[k]);
    }

    private boolean commaBetween(int from, int to) {
        for (int k = from; k < to; k++) if (w[k].equals(",")) return true;
        return false;
    }

    /** Whether an actor stands earlier in the same noun phrase or clause (then it is the head, not this one). */
    private boolean hasMentionBefore(int k) {
        for (int j = k; j >= 0; j--) {
            if (mentionAt[j] >= 0) return !mentions.get(mentionAt[j]).place;
            if (verb[j] || w[j].equals(",") || w[j].equals(";") || w[j].equals("THAT")) return false;
        }
        return false;
    }

    private void markComplement(int subjectToken, int i, int[] complementOf) {
        // "Ushakov said Biden made ...": a speech verb right before the subject makes this its complement.
        for (int j = subjectToken - 1; j >= Math.max(0, subjectToken - 3); j--) {
            if (verb[j] && (Lexicon.SPEECH.contains(sense[j].lemma()) || Lexicon.DENIAL.contains(sense[j].lemma()))) {
                complementOf[0] = j;
                return;
            }
            if (w[j].equals("THAT")) {
                // "said on Tuesday that Rohan ...": a time phrase may stand between the verb and "that".
                for (int h = j - 1; h >= Math.max(0, j - 5); h--) {
                    if (verb[h] && (Lexicon.SPEECH.contains(sense[h].lemma()) || Lexicon.DENIAL.contains(sense[h].lemma()))) {
                        complementOf[0] = h;
                        return;
                    }
                    if (verb[h] || mentionAt[h] >= 0 || w[h].equals(",") || w[h].equals(";")) break;
                }
                return;
            }
            // "announced Wednesday it would ...": a day between the verb and the subject.
            if (DAYS.contains(w[j]) || w[j].equals("ON")) continue;
            if (!Lexicon.DETERMINERS.contains(w[j])) {
                if (mentionAt[j] < 0) return;
            }
        }
    }

    private List<Mention> resolvePronoun(int k, Context ctx, List<List<Mention>> subjects) {
        for (int j = k - 1; j >= 0; j--) {
            if (verb[j] && !subjects.get(j).isEmpty()) return subjects.get(j);
        }
        for (int j = k - 1; j >= 0; j--) if (mentionAt[j] >= 0) return List.of(mentions.get(mentionAt[j]));
        if (ctx.lastSubject != null) return List.of(new Mention(k, k + 1, toks.get(k).start(), toks.get(k).end(), ctx.lastSubject));
        return List.of();
    }

    private boolean isModifier(int k) {
        String x = w[k];
        if (Lexicon.DETERMINERS.contains(x) && !x.equals("'S")) return true;
        String raw = toks.get(k).text();
        return !raw.isEmpty() && Character.isLowerCase(raw.charAt(0)) && !verb[k] && !Lexicon.PREPOSITIONS.contains(x)
                && !SEPARATORS.contains(x) && !Lexicon.BE.contains(x) && mentionAt[k] < 0 && k > 0
                && (Lexicon.DETERMINERS.contains(w[k - 1]) || isModifier(k - 1));
    }

    private int conjunctStart(int m) {
        int first = m;
        while (true) {
            int k = mentions.get(first).from - 1;
            int fillers = 0;
            while (k >= 0 && fillers < 3 && mentionAt[k] < 0 && isFiller(k)) {
                k--;
                fillers++;
            }
            boolean sep = false;
            while (k >= 0 && mentionAt[k] < 0 && SEPARATORS.contains(w[k])) {
                k--;
                sep = true;
            }
            if (sep && k >= 0 && mentionAt[k] >= 0 && mentionAt[k] < first && coordinatedWithAnd(mentionAt[k])) {
                first = mentionAt[k];
            } else {
                return first;
            }
        }
    }

    /** "Putin, Biden" or "Ushakov, Putin's adviser," are not lists; "A, B and C" is. */
    private boolean coordinatedWithAnd(int m) {
        int cur = m;
        for (int guard = 0; guard < 9; guard++) {
            int k = mentions.get(cur).to;
            boolean and = false;
            boolean sep = false;
            while (k < n && mentionAt[k] < 0 && SEPARATORS.contains(w[k])) {
                if (!w[k].equals(",")) and = true;
                k++;
                sep = true;
            }
            int fillers = 0;
            while (sep && k < n && fillers < 3 && mentionAt[k] < 0 && isFiller(k)) {
                k++;
                fillers++;
            }
            if (!sep || k >= n || mentionAt[k] < 0 || mentionAt[k] <= cur) return false;
            if (and) return true;
            cur = mentionAt[k];
        }
        return false;
    }

    private boolean isFiller(int k) {
        String raw = toks.get(k).text();
        return w[k].equals("THE") || (!raw.isEmpty() && Character.isLowerCase(raw.charAt(0)) && !verb[k]
                && !SEPARATORS.contains(w[k]) && !Lexicon.PREPOSITIONS.contains(w[k]) && !Lexicon.BE.contains(w[k])
                && !Lexicon.HAVE.contains(w[k]) && !Lexicon.MODALS.contains(w[k]) && !Lexicon.RELATIVES.contains(w[k])
                && !w[k].equals("THAT"));
    }

    /** The coordinated mentions containing m: "Mordor, Rohan, Fornost and Bree". */
    private List<Mention> conjuncts(int m) {
        int first = conjunctStart(m);
        List<Mention> out = new ArrayList<>();
        out.add(mentions.get(first));
        int cur = first;
        while (true) {
            int k = mentions.get(cur).to;
            boolean sep = false;
            while (k < n && mentionAt[k] < 0 && SEPARATORS.contains(w[k])) {
                k++;
                sep = true;
            }
            int fillers = 0;
            while (sep && k < n && fillers < 3 && mentionAt[k] < 0 && isFiller(k)) {
                k++;
                fillers++;
            }
            if (!sep || k >= n || mentionAt[k] < 0 || mentionAt[k] <= cur) break;
            if (!coordinatedWithAnd(cur)) break;
            cur = mentionAt[k];
            out.add(mentions.get(cur));
            if (out.size() > 8) break;
        }
        // Two actors in one token ("Russia-US") are a pair, not a list; a hyphen pair is coded elsewhere.
        // Mentions sharing a span are one phrase naming several actors ("lawmakers [of A and B]").
        for (int k = 0, size = out.size(); k < size; k++) {
            Mention a = out.get(k);
            for (Mention b : mentions) {
                if (b != a && b.from == a.from && b.to == a.to && b.charStart == a.charStart && !out.contains(b)) out.add(b);
            }
        }
        return out;
    }

    // ---- scope and coding ----

    private int scopeEnd(int i) {
        for (int k = particlesEnd[i]; k < n; k++) {
            String x = w[k];
            if (x.equals(";") || Lexicon.RELATIVES.contains(x)) return k;
            if (x.equals("THAT") && k > 0 && verb[i] && k == particlesEnd[i]) return k;
            if (verb[k] && !participle[k] && !passive[k] && !(infinitive[k])) return groupStart[k];
            if (x.equals(",") && k + 1 < n && !verb[i]) return k;
            if (x.equals(",") && attributionFollows(k)) return k;
            if (SUBORDINATORS.contains(x) && k > particlesEnd[i] && clauseFollows(k)) return k;
            if ((x.equals("BUT") || x.equals("WHILE") || x.equals("WHEREAS")) && k > particlesEnd[i]) return k;
        }
        return n;
    }

    private static final Set<String> SUBORDINATORS = Set.of("AFTER", "WHEN", "BECAUSE", "BEFORE", "WHILE", "ALTHOUGH",
            "THOUGH", "UNLESS", "IF", "SINCE", "UNTIL", "AS", "WHEREAS");

    /** "after a hafling was reported": a subordinate clause (a finite verb soon after) is outside the scope. */
    private boolean clauseFollows(int k) {
        for (int j = k + 1; j < Math.min(n, k + 7); j++) {
            if (w[j].equals(",") || w[j].equals(";")) return false;
            if (verb[j] && !infinitive[j] && !(w[j].endsWith("ING") && groupStart[j] == j)) return true;
            if (Lexicon.BE.contains(w[j]) || Lexicon.MODALS.contains(w[j]) || Lexicon.HAVE.contains(w[j])) return true;
        }
        return false;
    }

    /** ", a senior official said": a post-posed attribution closes the clause before it. */
    private boolean attributionFollows(int comma) {
        for (int k = comma + 1; k < Math.min(n, comma + 8); k++) {
            if (w[k].equals(",") || w[k].equals("THAT")) return false;
            if (Lexicon.SPEECH.contains(w[k].equals("SAID") || w[k].equals("SAYS") || w[k].equals("SAY") ? "SAY"
                    : verb[k] ? sense[k].lemma() : "")) {
                return true;
            }
        }
        return false;
    }

    private void codeVerb(int i, int comp, int end, List<Mention> subj, int speechVerb, List<Coded> out, Context ctx) {
        VerbDictionary.Sense s = sense[i];
        String lemma = s.lemma();
        boolean speech = Lexicon.SPEECH.contains(lemma);
        boolean denial = Lexicon.DENIAL.contains(lemma);
        int postStart = particlesEnd[i];
        boolean lightNegated = false;
        // "hopes to achieve", "plans to visit": the head is no act of its own; its complement is coded.
        if (INTENT_HEADS.contains(lemma) && postStart < n && w[postStart].equals("TO")) return;
        if (!literal && DECISION_HEADS.contains(lemma) && postStart < n && w[postStart].equals("TO") && comp >= 0) return;
        // "went on to argue", "goes on saying": an aspect of the next verb, not a movement.
        if (i + 1 < n && w[i + 1].equals("ON") && (i + 2 < n && (w[i + 2].equals("TO") || w[i + 2].endsWith("ING")))
                && ASPECTUAL.contains(lemma)) return;
        // "took the demand seriously" is a judgement, not a seizure.
        for (int k = i + 1; k < Math.min(n, i + 9); k++) if (w[k].equals("SERIOUSLY")) return;
        // "are not going to draw": "going to" marks the future of the next verb.
        if (w[i].equals("GOING") && i + 2 < n && w[i + 1].equals("TO") && mentionAt[i + 2] < 0
                && !Lexicon.DETERMINERS.contains(w[i + 2]) && Character.isLowerCase(toks.get(i + 2).text().charAt(0))) return;
        // Pattern search over the words after the verb, up to the end of its scope.
        Match best = bestPattern(s.block(), i, postStart, end);
        for (VerbDictionary.Sense other : verbs.senses(w[i])) {
            // A word in several blocks ("SHOT"): the block whose pattern fits best gives the sense.
            if (other == s || !other.before().equals(s.before()) || !other.after().equals(s.after())) continue;
            Match m = bestPattern(other.block(), i, postStart, end);
            if (m != null && (best == null || m.score > best.score)) {
                best = m;
                s = other;
                sense[i] = other;
            }
        }
        String code = best != null ? best.pattern.code() : s.defaultCode();
        final String dictionaryCode = code;
        final String paired = best != null ? best.pattern.paired() : s.defaultPaired();
        boolean nominalised = false;
        // "announced a suspension of air links": a plain statement (010) of an act is that act.
        if (best == null && ("---".equals(code) || !literal) && LIGHT_VERBS.contains(lemma)) {
            // "made a pledge to X" codes as "pledged to X"; "issued a stern reminder" as a demand, whatever
            // the light verb alone would code, when the noun heads its object.
            boolean uncoded = "---".equals(code) || "010".equals(code);
            for (int k = postStart; k < Math.min(end, postStart + 4); k++) {
                String verbForm = NOMINALISED.get(w[k]);
                if (verbForm == null) {
                    if (!uncoded && (mentionAt[k] >= 0 || verb[k] || Lexicon.PREPOSITIONS.contains(w[k]) || SEPARATORS.contains(w[k]))) break;
                    continue;
                }
                List<VerbDictionary.Sense> senses = verbs.senses(verbForm);
                if (senses.isEmpty()) break;
                VerbDictionary.Block b = senses.get(0).block();
                // "a suspension of air links" reads as "suspend air links".
                int objectStart = k + 1 < n && w[k + 1].equals("OF") ? k + 2 : k + 1;
                best = bestPattern(b, i, objectStart, end);
                code = best != null ? best.pattern.code() : senses.get(0).defaultCode();
                nominalised = code != null && !code.equals("---");
                postStart = k + 1;
                if (k > postStart - 1 && k - 1 >= 0 && (w[k - 1].equals("NO") || (k - 2 >= 0 && w[k - 2].equals("NO")))) {
                    lightNegated = true;
                }
                break;
            }
        }
        // "began a hunger strike", "staged mass demonstrations": the protest noun is the event (CAMEO 14).
        boolean protest = false;
        if (PROTEST_LIGHT.contains(lemma)) {
            for (int k = postStart; k < Math.min(end, postStart + 5); k++) {
                String p = protestCode(k);
                if (p != null) {
                    code = p;
                    best = null;
                    protest = true;
                    break;
                }
                if (mentionAt[k] >= 0 || verb[k]) break;
            }
        }
        // "agreed to share information", "agreed that they should cooperate": a commitment to act later is
        // CAMEO's intent (03x), not the cooperation itself (050).
        boolean agreedTo = false;
        if (best == null && lemma.equals("AGREE") && postStart < n && (w[postStart].equals("TO") && comp >= 0
                || w[postStart].equals("THAT"))) {
            String compCode = null;
            if (comp >= 0) {
                Match cm = bestPattern(sense[comp].block(), comp, particlesEnd[comp], end);
                compCode = cm != null ? cm.pattern.code() : sense[comp].defaultCode();
            }
            String asIntent = compCode == null ? null : intent(compCode);
            code = asIntent != null && asIntent.startsWith("03") ? asIntent : "030";
            agreedTo = true;
        }
        // "agreed upon a free-trade pact", "agreed on Wednesday that ...": agreeing, with no pattern naming a
        // cooperative act, is PLOVER's AGREE (CAMEO 03), not the diplomatic cooperation CAMEO.2.0 defaults to.
        if (!literal && best == null && !agreedTo && lemma.equals("AGREE") && "050".equals(code)) code = "030";
        // A head that passes on to its complement ("harbours no intention to attack") leaves the coding to it.
        if (comp >= 0 && best == null && !protest && !absorbs(i) && (code == null || code.equals("---"))) return;
        if (comp >= 0 && best == null && !agreedTo && !protest) {
            Match cm = bestPattern(sense[comp].block(), comp, particlesEnd[comp], end);
            String compCode = cm != null ? cm.pattern.code() : sense[comp].defaultCode();
            code = combine(code, compCode);
        }
        List<Mention> sources = new ArrayList<>(subj);
        boolean agentNamed = false;
        List<Mention> targets = new ArrayList<>();
        boolean isPassive = passive[i];
        int from = postStart;
        boolean patternTarget = best != null && best.targetToken >= 0 && mentionAt[best.targetToken] >= 0;
        if (patternTarget) {
            // The pattern says where the target is: "* IFTAR IN ^ +", "+ * MONEY $" (the subject receives).
            targets = conjuncts(mentionAt[best.targetToken]);
            // "+ HAS * A MESSAGE $": the subject receives. "NOTED + *": the reported subject is the target
            // of the one who noted it.
            if (best.targetIsSubject) {
                sources = new ArrayList<>();
                boolean reported = best.pattern.sourceAfter() < 0 && !subj.isEmpty() && best.targetToken >= subj.get(0).from
                        && best.preStart >= 0 && best.preStart < best.targetToken;
                if (reported && speechVerb >= 0) {
                    sources.addAll(subjectsOf.get(speechVerb));
                } else if (reported) {
                    for (int k = best.preStart - 1; k >= 0; k--) {
                        if (mentionAt[k] >= 0 && !mentions.get(mentionAt[k]).place) {
                            sources.addAll(conjuncts(mentionAt[k]));
                            break;
                        }
                    }
                }
            }
            from = end;
        }
        for (int k = from; k < end; k++) {
            if (mentionAt[k] < 0) continue;
            // "held talks in Vienna": the venue of a meeting is its scene, not a party; a visit's place
            // ("arrived in Amman") is whom it visits.
            boolean venue = false;
            for (int j = postStart; j < k; j++) if (EVENT_NOUNS.contains(w[j])) venue = true;
            if ((venue || sources.size() >= 2) && mentions.get(mentionAt[k]).place && k > 0 && LOCATIVES.contains(w[k - 1])) continue;
            // "the talks, hosted by Qatar": a participle with its agent is a passive too.
            boolean reducedPassive = !literal && groupStart[i] == i && !infinitive[i] && w[i].endsWith("ED")
                    && w[postStart].equals("BY") && k == postStart + 1;
            if ((isPassive || reducedPassive) && k > 0 && w[k - 1].equals("BY")) {
                List<Mention> agents = conjuncts(mentionAt[k]);
                targets = new ArrayList<>(subj);
                sources = agents;
                agentNamed = true;
                break;
            }
            if (targets.isEmpty() || (targets.get(0).place && !mentions.get(mentionAt[k]).place)) {
                targets = conjuncts(mentionAt[k]);
                if (!isPassive && !targets.get(0).place) break;
            }
            k = mentions.get(mentionAt[k]).to - 1;
        }
        if (targets.isEmpty() && !speech && !denial && end < n && w[end].equals("THAT")) {
            // "demanded that the US cancel ...": the complement's subject is the target.
            for (int k = end + 1; k < Math.min(n, end + 6); k++) {
                if (mentionAt[k] >= 0) {
                    targets = conjuncts(mentionAt[k]);
                    break;
                }
                if (verb[k]) break;
            }
        }
        // PETRARCH reads "X was criticized" as X acting (its validation suite expects that); the news reading
        // makes X the target. An unnamed subject ("a journalist was killed in Beirut") leaves the scope's actor.
        if (!literal && isPassive && !agentNamed && !patternSource(best) && !subj.isEmpty()) {
            // "X was attacked" without "by": the subject is the target, the source unknown.
            targets = new ArrayList<>(subj);
            sources = List.of();
        }
        if (best != null && best.sourceToken >= 0 && mentionAt[best.sourceToken] >= 0) {
            sources = conjuncts(mentionAt[best.sourceToken]);
        }
        boolean neg = negated[i] || lightNegated;
        if (speechVerb >= 0 && sense[speechVerb] != null && Lexicon.DENIAL.contains(sense[speechVerb].lemma())) neg = true;
        boolean deniedThing = particlesEnd[i] < n && Lexicon.DENIED_THINGS.contains(
                w[Math.min(n - 1, particlesEnd[i] + (Lexicon.DETERMINERS.contains(w[particlesEnd[i]]) ? 1 : 0))]);
        boolean deniedClause = particlesEnd[i] < n && w[particlesEnd[i]].equals("THAT");
        // "dismissed the speculation", "denied that ...": CAMEO 016, whatever pattern the verb has otherwise.
        if (denial && (deniedThing || deniedClause && best == null)) {
            code = "016";
            // The denied thing's target (if any) is the other side of the denial.
            targets = List.of();
            int compVerb = -1;
            for (int k = particlesEnd[i] + 1; k < n; k++) if (verb[k]) {
                compVerb = k;
                break;
            }
            if (compVerb >= 0) {
                for (int k = particlesEnd[compVerb]; k < scopeEnd(compVerb); k++) {
                    if (mentionAt[k] >= 0) {
                        targets = conjuncts(mentionAt[k]);
                        break;
                    }
                }
            }
        }
        if (code == null || code.equals("---")) return;
        int headVerb = -1;
        for (int k = groupStart[i] - 1; k >= Math.max(0, groupStart[i] - 7); k--) if (verb[k]) {
            headVerb = k;
            break;
        }
        if (headVerb >= 0 && infinitive[i] && INTENT_HEADS.contains(sense[headVerb].lemma()) && negated[headVerb]) neg = true;
        boolean intended = future[i] || (infinitive[i] && headVerb >= 0 && INTENT_HEADS.contains(sense[headVerb].lemma()));
        // "willing to send material to help defend": what an intended act is for is intended too.
        int chain = infinitive[i] ? chainHead(i) : -1;
        if (chain >= 0 && future[chain]) intended = true;
        // "announced it would prohibit all aid": a sanction or restriction a government announces is in force
        // by the announcement; announced help or concessions ("will return the weapons") stay pledges (03x).
        if (speechVerb >= 0 && DECISION_SPEECH.contains(sense[speechVerb].lemma()) && !future[speechVerb] && !infinitive[i]
                && (code.startsWith("16") || code.startsWith("172") || code.startsWith("163"))) {
            intended = false;
        }
        if (intended && !neg && !literal) code = intent(code);
        // "would not meet the demands", "refused to release": a yield that is withheld is CAMEO's 12x
        // (decline to yield); that refusal did happen.
        if (!literal && (negated[i] || lightNegated) && code.startsWith("08") && CodeBook.isCameo(code)) {
            code = declined(code);
            neg = false;
        }
        if (speech && best == null && !nominalised) {
            // A plain "said" codes nothing; "told X" is a statement to X only when X follows at once.
            if (!(postStart < n && mentionAt[postStart] >= 0)) return;
            targets = conjuncts(mentionAt[postStart]);
        }
        if (code.startsWith("13") && targets.stream().allMatch(t -> t.place)) targets = conditionParty(i, sources, targets);
        emit(code, sources, targets, i, neg, out);
        if (paired != null && code.equals(dictionaryCode)) {
            // A paired code: the reverse event too ("left for B": B hosts the visit).
            for (Mention a : sources) {
                for (Mention b : targets) {
                    if (a.place || a.actor.code().equals(b.actor.code())) continue;
                    out.add(new Coded(paired, b.actor, a.actor, i, toks.get(i).start(), neg, -1, null));
                }
            }
        }
    }

    /**
     * "threatened to stop the talks if the United States goes ahead": a threat is aimed at whoever must act to
     * avert it, the actor of its if/unless clause, when the threat itself names no one (only places, or none).
     */
    private List<Mention> conditionParty(int i, List<Mention> sources, List<Mention> targets) {
        for (int k = i + 1; k < n; k++) {
            if (w[k].equals(";") || (verb[k] && !infinitive[k] && groupStart[k] > i && k > i + 1 && w[groupStart[k] - 1].equals("AND"))) break;
            if (!w[k].equals("IF") && !w[k].equals("UNLESS")) continue;
            for (int j = k + 1; j < Math.min(n, k + 8); j++) {
                if (verb[j] || w[j].equals(",")) break;
                if (mentionAt[j] < 0 || mentions.get(mentionAt[j]).place) continue;
                List<Mention> party = conjuncts(mentionAt[j]);
                for (Mention a : sources) if (a.actor.code().equals(party.get(0).actor.code())) return targets;
                return party;
            }
            break;
        }
        return targets;
    }

    /**
     * A conditional ("If X imposes sanctions, it will lead to ...") reports no event that happened: the
     * condition and its consequence are dropped, except a threat, which CAMEO codes when one is made.
     * An if-clause opening the sentence makes all of it conditional; a later one, the words after it.
     * A verb under "should" or "ought" is what someone thinks ought to happen, not an event either.
     */
    private void dropHypothetical(List<Coded> out) {
        if (literal) return;
        int conditionalFrom = n;
        for (int k = 0; k < n; k++) {
            if (!w[k].equals("IF") && !w[k].equals("UNLESS")) continue;
            if (k > 0 && (w[k - 1].equals("AS") || w[k - 1].equals("EVEN") && k == 1)) continue;
            boolean opening = true;
            for (int j = 0; j < k; j++) if (Character.isLetterOrDigit(toks.get(j).text().charAt(0))) opening = false;
            conditionalFrom = opening ? 0 : k;
            break;
        }
        final int from = conditionalFrom;
        out.removeIf(c -> {
            boolean threat = c.code() != null && c.code().startsWith("13");
            if (c.anchor() >= from && !threat) return true;
            boolean demand = reportedDemands.contains(c);
            return !threat && !demand && c.anchor() < n && verb[c.anchor()] && normative[c.anchor()];
        });
    }

    /**
     * A clause dated to the past ("since Tirana split with Moscow in 1961", "whom they had taken hostage two
     * weeks ago") reports history, not news: its events are dropped, the rest of the sentence stands.
     */
    private void dropHistoric(List<Coded> out, List<Integer> historic) {
        if (historic.isEmpty()) return;
        // The date belongs to the nearest verb before it whose clause reaches it.
        Set<Integer> past = new HashSet<>();
        for (int h : historic) {
            for (int i = h - 1; i >= 0; i--) {
                if (verb[i] && groupStart[i] <= h && h < scopeEnd(i)) {
                    past.add(i);
                    break;
                }
            }
        }
        out.removeIf(c -> past.contains(c.anchor()) && verb[c.anchor()]);
    }

    /**
     * A future or planned act is, in CAMEO, the intent or threat of it: cooperation becomes 03x
     * ("express intent to ..."), conflict becomes 13x ("threaten ...").
     */
    static String intent(String code) {
        if (!CodeBook.isCameo(code)) return code;
        String root = code.substring(0, 2);
        switch (root) {
            case "04": return "036";
            case "05": return "032";
            case "06": return "031";
            case "07": return "033";
            case "08": return "035";
            case "14": return "133";
            case "16": return code.startsWith("163") ? "1312" : "131";
            case "17": return "132";
            case "18": case "19": case "20": return "138";
            default: return code;
        }
    }

    /** The CAMEO 12x code for declining the yield {@code code} (08x) describes. */
    static String declined(String code) {
        if (code.startsWith("081")) return "1241";
        if (code.startsWith("082")) return "1242";
        if (code.startsWith("083")) return code.length() == 4 ? "123" + code.charAt(3) : "123";
        if (code.startsWith("084")) return "1243";
        if (code.startsWith("085")) return "1244";
        if (code.startsWith("086")) return "1245";
        if (code.startsWith("087")) return "1246";
        return "124";
    }

    private static String combine(String head, String comp) {
        if (head == null || head.equals("---")) return comp;
        if (comp == null || comp.equals("---") || !CodeBook.isCameo(head) || !CodeBook.isCameo(comp)) return head;
        if (head.startsWith("13")) {
            if (comp.startsWith("163") || comp.startsWith("16")) return "1312";
            if (comp.startsWith("18") || comp.startsWith("19") || comp.startsWith("20")) return "138";
        }
        return head;
    }

    /** Whether the matched pattern names the source itself ("$"). */
    private boolean patternSource(Match best) {
        return best != null && best.sourceToken >= 0 && mentionAt[best.sourceToken] >= 0;
    }

    private void emit(String code, List<Mention> sources, List<Mention> targets, int anchor, boolean neg, List<Coded> out) {
        int anchorChar = toks.get(anchor).start();
        if (!literal && sources.isEmpty() && !code.startsWith("01")) {
            // A participle modifying a noun ("a statement released after ...", "sanctions aimed at") names no act.
            if (anchor < n && verb[anchor] && participle[anchor] && !w[anchor].endsWith("ING")) return;
            // "Hundreds of prisoners rioted ... demanding independence from Indonesian rule", "Three Kenyan
            // soldiers were killed": an act whose doer the text does not name (or names with no actor code)
            // still happened to its target; PLOVER codes it with the source side empty. A statement without a
            // speaker says nothing, and a place is no target on its own.
            for (Mention b : targets) {
                if (!b.place) out.add(new Coded(code, null, b.actor, anchor, anchorChar, neg, -1, null));
            }
            return;
        }
        if (!literal && sources.size() >= 2 && !targets.isEmpty() && targets.stream().allMatch(
                b -> sources.stream().anyMatch(a -> sameCountry(a.actor, b.actor)))) {
            // "Israel and Lebanon renewed talks on an Israeli pullback": the partners' own names in the object
            // are the topic of their joint act, not a target of it.
            targets = List.of();
        }
        if (targets.isEmpty() && sources.size() >= 2 && literal) {
            // PETRARCH's convention for "Russia and China agreed": one event per ordered pair of the compound.
            // Otherwise (PLOVER's convention) the compound is a joint source and the target stays empty.
            for (Mention a : sources) {
                for (Mention b : sources) {
                    if (a != b && !a.actor.code().equals(b.actor.code())) {
                        out.add(new Coded(code, a.actor, b.actor, anchor, anchorChar, neg, -1, null));
                    }
                }
            }
            return;
        }
        for (Mention a : sources) {
            if (a.place) continue;
            boolean any = false;
            boolean selfOnly = !targets.isEmpty();
            boolean ownClause = false;
            for (Mention b : targets) {
                if (a.actor.code().equals(b.actor.code())) continue;
                selfOnly = false;
                // "Putin outlined Russia's proposals": one's own country in the possessive owns the object.
                // "Scholz made it clear that Germany will not ...": his country is the complement's subject, not a target.
                if (b.actor.code().length() == 3 && sameCountry(a.actor, b.actor) && (possessive(b) || clauseSubject(b))) {
                    if (clauseSubject(b)) ownClause = true;
                    continue;
                }
                out.add(new Coded(code, a.actor, b.actor, anchor, anchorChar, neg, -1, null));
                any = true;
            }
            // An event without a target still happened ("Sudan agreed"); the target stays empty.
            if (!any && targets.isEmpty()) out.add(new Coded(code, a.actor, null, anchor, anchorChar, neg, -1, null));
            // "Israel threatened to ban voting in Jerusalem": an act whose only target has the actor's own code
            // is a domestic one (PLOVER codes it X -> X); it still happened.
            // The actor itself again (the same mention, or the same named person or body: "Putin outlined ...")
            // is no target; a country acting on its own people or places is (PLOVER's X -> X).
            if (!any && selfOnly && !sameActor(a, targets.get(0))) {
                out.add(new Coded(code, a.actor, targets.get(0).actor, anchor, anchorChar, neg, -1, null));
            } else if (!any && !targets.isEmpty() && !ownClause) {
                // "resigned to allow Haiti's first elections": the only candidate target was the actor's own
                // country in another role; the act still happened, without a target.
                out.add(new Coded(code, a.actor, null, anchor, anchorChar, neg, -1, null));
            }
        }
    }

    private static boolean sameActor(Mention a, Mention b) {
        boolean overlap = a.charStart() < b.charEnd() && b.charStart() < a.charEnd();
        return overlap || a.actor.code().length() > 3 && a.actor.name().equalsIgnoreCase(b.actor.name());
    }

    /** The CAMEO protest code of a protest noun at k ("hunger strike" 142, "general strike" 143, "rallies" 141). */
    private String protestCode(int k) {
        String x = w[k];
        String before = k > 0 ? w[k - 1] : "";
        if (x.equals("STRIKE") || x.equals("STRIKES")) {
            if (before.equals("HUNGER")) return "142";
            if (before.equals("GENERAL") || before.equals("NATIONWIDE") || before.equals("NATIONAL") || before.equals("AN")
                    || before.equals("A") || before.equals("OPEN-ENDED") || before.equals("INDEFINITE")) return "143";
            return null;
        }
        if (x.startsWith("DEMONSTRATION") || x.startsWith("RALL") && !x.equals("RALLYING") || x.startsWith("PROTEST")
                || x.equals("MARCH") || x.equals("MARCHES") || x.equals("SIT-IN") || x.equals("SIT-INS")) return "141";
        if (x.equals("BOYCOTT") || x.equals("WALKOUT") || x.equals("STOPPAGE") || x.equals("STOPPAGES")) return "143";
        return null;
    }

    private static boolean sameCountry(Actor a, Actor b) {
        String x = a.code();
        String y = b.code();
        return x != null && y != null && x.length() >= 3 && y.length() >= 3 && x.regionMatches(0, y, 0, 3);
    }

    /** The subject is named right before the verb group, not a pronoun standing for someone earlier. */
    private boolean namedSubject(List<Mention> subj, int i) {
        if (subj.isEmpty()) return false;
        Mention m = subj.get(subj.size() - 1);
        if (m.from >= i || m.from >= n || mentionAt[m.from] < 0) return false;
        for (int k = m.to; k < groupStart[i]; k++) if (Lexicon.PRONOUNS.contains(w[k]) || verb[k]) return false;
        return true;
    }

    /** A mention right before a verb or auxiliary: the subject of a clause of its own. */
    private boolean clauseSubject(Mention m) {
        if (m.to >= n) return false;
        String x = w[m.to];
        return verb[m.to] || Lexicon.BE.contains(x) && !x.equals("'S") || Lexicon.HAVE.contains(x) || Lexicon.DO.contains(x)
                || Lexicon.MODALS.contains(x);
    }

    /** A mention followed by "'s": it modifies the noun after it. */
    private boolean possessive(Mention m) {
        Token last = toks.get(m.to - 1);
        if (last.end() > m.charEnd) {
            String rest = last.text().substring(Math.max(0, m.charEnd - last.start()));
            return rest.equals("'s") || rest.equals("\u2019s");
        }
        return m.to < n && (w[m.to].equals("'S") || toks.get(m.to).text().equals("\u2019s") || toks.get(m.to).text().equals("'s"));
    }

    // ---- patterns ----

    /** A matched pattern; {@code targetIsSubject}: its target stands before the verb ("+ HAS * A MESSAGE $"). */
    private record Match(VerbDictionary.Pattern pattern, int score, int targetToken, int sourceToken, boolean targetIsSubject,
                         int preStart) {
    }

    private Match bestPattern(VerbDictionary.Block block, int i, int postStart, int end) {
        Match best = null;
        int clauseStart = 0;
        for (int k = groupStart[i] - 1; k >= 0; k--) {
            // Patterns may reach into the clause that governs this one ("NOTED + *", "SAID $ *").
            if (w[k].equals(";") || Lexicon.RELATIVES.contains(w[k])) {
                clauseStart = k + 1;
                break;
            }
        }
        // Words before the verb include its auxiliaries: "% HAVE *", "INDICATED WOULD * NOW".
        int preEnd = i - sense[i].before().size();
        int postEnd = patternEnd(i, end);
        for (VerbDictionary.Pattern p : block.patterns) {
            if (!mayMatch(p)) continue;
            // A pattern of a bare preposition ("DEMAND * (AGAINST)") belongs to the verb's own words: "demanding a
            // presence to protect them against ..." has the "against" of "protect".
            int[][] post = matchSequence(p.post(), postStart, !literal && onlyPrepositions(p) ? ownWordsEnd(postStart, postEnd) : postEnd, -1);
            if (post == null) continue;
            int[][] pre = matchSequence(p.pre(), clauseStart, preEnd, p.preGlued() ? preEnd : -1);
            if (pre == null) continue;
            int score = 0;
            for (int e = 0; e < post[0].length; e++) if (!p.post().get(e).skip()) score += 2 * (post[1][e] - post[0][e] + 1);
            for (int e = 0; e < pre[0].length; e++) if (!p.pre().get(e).skip()) score += 2 * (pre[1][e] - pre[0][e] + 1);
            if (!p.pre().isEmpty()) score++;
            if (best == null || score > best.score) {
                int target = -1;
                if (p.targetAfter() >= 0) {
                    target = p.targetInPre() ? mentionInPre(pre, p.targetAfter(), clauseStart, preEnd)
                            : mentionInPost(post, p.targetAfter(), postStart, n);
                }
                int source = -1;
                if (p.sourceAfter() >= 0) {
                    source = p.sourceInPre() ? mentionInPre(pre, p.sourceAfter(), clauseStart, preEnd)
                            : mentionInPost(post, p.sourceAfter(), postStart, n);
                }
                best = new Match(p, score, target, source, p.targetAfter() >= 0 && p.targetInPre(),
                        pre[0].length > 0 ? pre[0][0] : -1);
            }
        }
        return best;
    }

    /**
     * Where a verb's patterns may still find words: past a "that" right after the verb, the governed clause
     * without a verb of the dictionary ("allowed that Mordor isn't a really pleasant place").
     */
    private int patternEnd(int i, int scopeEnd) {
        if (scopeEnd >= n || !w[scopeEnd].equals("THAT") || scopeEnd != particlesEnd[i]) return scopeEnd;
        int k = scopeEnd;
        // Patterns hold no verbs of their own: the governed clause counts up to its verb.
        while (k < n && !verb[k]) {
            String x = w[k];
            if (x.equals(";") || x.equals(",")) return k;
            k++;
        }
        return k;
    }

    private static boolean onlyPrepositions(VerbDictionary.Pattern p) {
        if (p.post().isEmpty()) return false;
        for (VerbDictionary.Element e : p.post()) {
            if (e.skip()) return false;
            for (List<String> alt : e.alternatives()) if (alt.size() != 1 || !Lexicon.PREPOSITIONS.contains(alt.get(0))) return false;
        }
        return true;
    }

    /** Where the words of a verb end before the next verb (an infinitive complement's included). */
    private int ownWordsEnd(int from, int to) {
        for (int k = from; k < to; k++) if (verb[k]) return Math.max(from, groupStart[k]);
        return to;
    }

    /** The mention a pre-verb marker points at: the last one before the next element (or the verb). */
    private int mentionInPre(int[][] pre, int after, int clauseStart, int preEnd) {
        int from = after == 0 ? clauseStart : pre[1][after - 1] + 1;
        int to = after < pre[0].length ? pre[0][after] : preEnd;
        int found = -1;
        for (int k = from; k < to; k++) {
            if (mentionAt[k] >= 0 && !mentions.get(mentionAt[k]).place) {
                found = mentions.get(mentionAt[k]).from;
                k = mentions.get(mentionAt[k]).to - 1;
            }
        }
        return found;
    }

    /** The mention a post-verb marker points at: the first one after the element before it. */
    private int mentionInPost(int[][] post, int after, int postStart, int to) {
        int from = after == 0 ? postStart : post[1][after - 1] + 1;
        for (int k = from; k < to; k++) {
            if (w[k].equals(";")) break;
            if (mentionAt[k] >= 0) return k;
        }
        return -1;
    }

    /** Quick test: every single-word element of the pattern occurs somewhere in the sentence. */
    private boolean mayMatch(VerbDictionary.Pattern p) {
        for (VerbDictionary.Element e : p.post()) if (!present(e)) return false;
        for (VerbDictionary.Element e : p.pre()) if (!present(e)) return false;
        return true;
    }

    private boolean present(VerbDictionary.Element e) {
        if (e.skip() || e.alternatives().size() > 4) return true;
        for (String f : e.firstWords()) if (wordSet.contains(f)) return true;
        return false;
    }

    /**
     * Finds the elements in order within [from, to); returns for each element the token where its match
     * starts and ends ({starts, ends}), or null. With {@code mustEnd} >= 0 the last element must end right
     * before it.
     */
    private int[][] matchSequence(List<VerbDictionary.Element> elements, int from, int to, int mustEnd) {
        int m = elements.size();
        int[] starts = new int[m];
        int[] ends = new int[m];
        steps = 0;
        if (!place(elements, 0, from, to, mustEnd, starts, ends)) return null;
        return new int[][] {starts, ends};
    }

    /** Backtracking: element e at or after cursor, the rest after it. */
    private boolean place(List<VerbDictionary.Element> elements, int e, int cursor, int to, int mustEnd, int[] starts, int[] ends) {
        if (e == elements.size()) return mustEnd < 0 || e == 0 || ends[e - 1] == mustEnd - 1;
        // Common words repeated in a very long sentence could make the search explode: give up instead.
        if (++steps > MAX_MATCH_STEPS) return false;
        VerbDictionary.Element el = elements.get(e);
        if (el.skip()) {
            int np = nounPhraseEnd(cursor, to);
            if (np < 0) return false;
            starts[e] = cursor;
            ends[e] = np - 1;
            return place(elements, e + 1, np, to, mustEnd, starts, ends);
        }
        int limit = el.adjacent() ? Math.min(cursor + 1, to) : to;
        for (int k = cursor; k < limit; k++) {
            if (!el.firstWords().contains(w[k]) && (literal || !el.firstWords().contains(singular[k])
                    && !el.firstWords().contains(singularEs[k]))) continue;
            for (List<String> alt : el.alternatives()) {
                if (!matchesAt(alt, k, to)) continue;
                starts[e] = k;
                ends[e] = k + alt.size() - 1;
                if (place(elements, e + 1, k + alt.size(), to, mustEnd, starts, ends)) return true;
            }
        }
        return false;
    }

    private static final int MAX_MATCH_STEPS = 2_000;
    private int steps;

    /** The end (exclusive) of the noun phrase at or just after k: a mention, or determiner and nouns; -1: none. */
    private int nounPhraseEnd(int k, int to) {
        int j = k;
        while (j < to && Lexicon.PREPOSITIONS.contains(w[j]) && mentionAt[j] < 0) j++;
        if (j >= to) return -1;
        if (mentionAt[j] >= 0) return mentions.get(mentionAt[j]).to;
        int start = j;
        while (j < to && mentionAt[j] < 0 && !verb[j] && !Lexicon.PREPOSITIONS.contains(w[j]) && !SEPARATORS.contains(w[j])
                && Character.isLetterOrDigit(toks.get(j).text().charAt(0))) j++;
        if (j < to && mentionAt[j] >= 0 && j > start) j = mentions.get(mentionAt[j]).to;
        return j > start ? j : -1;
    }

    private boolean matchesAt(List<String> words, int k, int to) {
        if (k + words.size() > to) return false;
        for (int j = 0; j < words.size(); j++) {
            String t = w[k + j];
            String p = words.get(j);
            if (t.equals(p)) continue;
            // A singular noun of a pattern meets its plural, except under PETRARCH's exact matching.
            if (!literal && (t.equals(p + "S") || t.equals(p + "ES") || (p.endsWith("Y") && t.equals(p.substring(0, p.length() - 1) + "IES")))) continue;
            return false;
        }
        return true;
    }

    // ---- event nouns ----

    private void nominalEvents(List<Coded> out, Context ctx, List<List<Mention>> subjects) {
        for (int i = 0; i < n; i++) {
            if (verb[i] || mentionAt[i] >= 0 || !EVENT_NOUNS.contains(w[i])) continue;
            if (w[i].equals("CALL") || w[i].equals("TALK")) {
                if (i == 0 || !PHONE.contains(w[i - 1])) continue;
            }
            boolean phone = (i > 0 && PHONE.contains(w[i - 1])) || (i > 1 && PHONE.contains(w[i - 2]));
            String code = phone ? "041" : w[i].startsWith("NEGOTIATION") ? "046" : "040";
            boolean neg = i > 0 && (w[i - 1].equals("NO") || (i > 1 && w[i - 2].equals("NO")));
            List<Mention[]> pairs = new ArrayList<>();
            // "talks between A and B"
            int k = i + 1;
            if (k < n && w[k].equals("BETWEEN")) {
                k++;
                while (k < n && mentionAt[k] < 0 && k < i + 5) k++;
                if (k < n && mentionAt[k] >= 0) {
                    List<Mention> c = conjuncts(mentionAt[k]);
                    if (c.size() >= 2) pairs.add(new Mention[] {c.get(0), c.get(1)});
                }
            }
            // "A-B talks", "the Russia-US level": two actors in one hyphenated token, before or after the noun.
            if (pairs.isEmpty()) {
                for (int j = Math.max(0, i - 3); j < n; j++) {
                    Mention[] pair = hyphenPair(j);
                    if (pair != null) {
                        pairs.add(pair);
                        if (j < i) break;
                    }
                    if (j > i && (w[j].equals(";"))) break;
                }
            }
            if (pairs.isEmpty() && k - 1 == i && i + 1 < n && w[i + 1].equals("WITH")) {
                int t = i + 2;
                while (t < n && mentionAt[t] < 0 && t < i + 5) t++;
                Mention target = t < n && mentionAt[t] >= 0 ? mentions.get(mentionAt[t]) : null;
                Mention source = null;
                for (int j = 0; j < n; j++) {
                    if (verb[j] && !subjects.get(j).isEmpty()) {
                        source = subjects.get(j).get(0);
                        break;
                    }
                }
                if (source == null && i > 0 && Lexicon.POSSESSIVE_PRONOUNS.contains(w[i - 1]) && ctx.lastSubject != null) {
                    source = new Mention(i - 1, i, toks.get(i - 1).start(), toks.get(i - 1).end(), ctx.lastSubject);
                }
                // "his conversation with X" after the call was reported names the same call again.
                if (target != null && source != null && source.actor != target.actor
                        && !alreadyReported(ctx, source.actor, target.actor)) {
                    pairs.add(new Mention[] {source, target});
                }
            }
            if (pairs.isEmpty()) {
                // "the bilateral talks": the same talks as before, in the same place when one is named.
                if (i > 0 && (w[i - 1].equals("BILATERAL") || w[i - 1].equals("THE") || (i > 1 && w[i - 2].equals("THE")))) {
                    String placeWord = null;
                    for (int j = i + 1; j < n - 1; j++) if (w[j].equals("IN") || w[j].equals("AT")) {
                        placeWord = w[j + 1];
                        break;
                    }
                    // Only a mention that says where the talks are held adds to the first report.
                    Coded antecedent = placeWord == null ? null : antecedent(ctx, w[i], placeWord);
                    if (antecedent != null) {
                        out.add(new Coded(antecedent.code(), antecedent.source(), antecedent.target(), i,
                                toks.get(i).start(), neg, -1, "anaphor:" + w[i]));
                    }
                }
                continue;
            }
            for (Mention[] p : pairs) {
                if (p[0].actor.code().equals(p[1].actor.code())) continue;
                int place = placeAfter(p[1].to);
                // The same pair's talks again, with no new place, are the talks already reported.
                if (place < 0 && alreadyReported(ctx, p[0].actor, p[1].actor)) continue;
                Coded c = new Coded(code, p[0].actor, p[1].actor, i, toks.get(i).start(), neg, place, w[i]);
                out.add(c);
                ctx.nominal.add(c);
                String placeWord = null;
                for (int j = 0; j < n; j++) if (toks.get(j).start() == place) placeWord = w[j];
                ctx.nominalPlace.add(placeWord);
            }
        }
    }

    /** Mentions sharing one token: "Russia-US". */
    private Mention[] hyphenPair(int j) {
        if (mentionAt[j] < 0) return null;
        Mention a = mentions.get(mentionAt[j]);
        if (a.to != j + 1) return null;
        for (int m = mentionAt[j] + 1; m < mentions.size(); m++) {
            Mention b = mentions.get(m);
            if (b.from == j && b.charStart > a.charStart) return new Mention[] {a, b};
        }
        return null;
    }

    /** A place right after a pair ("at the Russia-US level in Geneva"): the char offset of the word after "in". */
    private int placeAfter(int k) {
        for (int j = k; j < Math.min(n, k + 4); j++) {
            if ((w[j].equals("IN") || w[j].equals("AT")) && j + 1 < n) return toks.get(j + 1).start();
            if (w[j].equals(",") || w[j].equals(";")) return -1;
        }
        return -1;
    }

    private static boolean alreadyReported(Context ctx, Actor a, Actor b) {
        for (Coded c : ctx.consults) {
            if (c.source() == null) continue;
            if (c.target() == null) {
                // "A and B held talks": a joint meeting, one event per partner, at the same verb.
                String other = c.source().code().equals(a.code()) ? b.code() : c.source().code().equals(b.code()) ? a.code() : null;
                if (other == null) continue;
                for (Coded d : ctx.consults) {
                    if (d.target() == null && d.source() != null && d.anchorChar() == c.anchorChar()
                            && d.source().code().equals(other)) return true;
                }
                continue;
            }
            String x = c.source().code();
            String y = c.target().code();
            if (x.equals(a.code()) && y.equals(b.code()) || x.equals(b.code()) && y.equals(a.code())) return true;
        }
        return false;
    }

    private static Coded antecedent(Context ctx, String noun, String placeWord) {
        Coded fallback = null;
        for (int i = ctx.nominal.size() - 1; i >= 0; i--) {
            Coded c = ctx.nominal.get(i);
            if (c.family() == null || !c.family().equals(noun)) continue;
            if (placeWord == null || placeWord.equals(ctx.nominalPlace.get(i))) return c;
            if (fallback == null) fallback = c;
        }
        return placeWord == null ? fallback : null;
    }
}
