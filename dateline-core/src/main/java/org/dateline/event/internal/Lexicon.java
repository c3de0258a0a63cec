package org.dateline.event.internal;

import java.util.Set;

/** Closed-class English words the shallow syntax needs. Upper case, as {@code Words.norm} gives them. */
final class Lexicon {
    private Lexicon() {
    }

    static final Set<String> DETERMINERS = Set.of("THE", "A", "AN", "THIS", "THESE", "THOSE", "ITS", "HIS", "HER",
            "THEIR", "OUR", "MY", "YOUR", "ANY", "SOME", "NO", "EVERY", "EACH", "'S", "ANOTHER", "SUCH", "ALL",
            "SEVERAL", "MANY", "FEW", "BOTH", "WHOSE");
    static final Set<String> PREPOSITIONS = Set.of("OF", "IN", "ON", "FOR", "WITH", "BY", "AT", "FROM", "ABOUT",
            "BETWEEN", "AGAINST", "OVER", "UNDER", "INTO", "AFTER", "BEFORE", "DURING", "AMID", "AMONG", "TOWARD",
            "TOWARDS", "THROUGH", "ACROSS", "WITHIN", "WITHOUT", "UPON", "ONTO", "NEAR", "OUTSIDE", "INSIDE",
            "DESPITE", "SINCE", "UNTIL", "LIKE", "VIA", "PER", "ALONG", "AROUND", "BEYOND", "REGARDING", "TO");
    static final Set<String> BE = Set.of("BE", "IS", "ARE", "WAS", "WERE", "BEEN", "BEING", "AM", "'S", "'RE");
    static final Set<String> HAVE = Set.of("HAVE", "HAS", "HAD", "HAVING", "'VE", "'D");
    static final Set<String> DO = Set.of("DO", "DOES", "DID");
    static final Set<String> MODALS = Set.of("WILL", "WOULD", "CAN", "COULD", "MAY", "MIGHT", "SHALL", "SHOULD",
            "MUST", "'LL", "WO", "CA");
    static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR");
    static final Set<String> PRONOUNS = Set.of("HE", "SHE", "IT", "THEY", "WE", "I", "YOU");
    static final Set<String> FIRST_PERSON = Set.of("WE", "I", "OUR", "US", "MY");
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("HIS", "HER", "ITS", "THEIR", "OUR");
    static final Set<String> RELATIVES = Set.of("WHO", "WHICH", "WHOM", "WHOSE");
    static final Set<String> COMPLEMENTIZERS = Set.of("THAT", "WHETHER", "IF");
    static final Set<String> SUBORDINATORS = Set.of("IF", "WHEN", "WHILE", "ALTHOUGH", "THOUGH", "BECAUSE", "AS",
            "UNLESS", "AFTER", "BEFORE", "SINCE", "UNTIL", "WHEREAS");
    static final Set<String> ADVERBS_IN_VERB_GROUP = Set.of("ALSO", "ALREADY", "STILL", "JUST", "NOW", "ONCE",
            "AGAIN", "REPORTEDLY", "APPARENTLY", "ALLEGEDLY", "REPEATEDLY", "RECENTLY", "LATER", "FINALLY", "EVEN",
            "THEN", "HOWEVER", "REALLY", "ALWAYS", "OFTEN", "SOON", "NEVER", "NOT", "N'T", "FURTHER", "FIRMLY",
            "STRONGLY", "SHARPLY", "OFFICIALLY", "PUBLICLY", "JOINTLY", "ABOUT", "LONGER");
    /** Verbs of saying: their complement clause carries the event. */
    static final Set<String> SPEECH = Set.of("SAY", "TELL", "STATE", "ANNOUNCE", "ADD", "NOTE", "STRESS", "ARGUE",
            "CLAIM", "INSIST", "REVEAL", "REPORT", "EXPLAIN", "DECLARE", "CONFIRM", "WRITE", "MAINTAIN", "ASSERT",
            "EMPHASIZE", "EMPHASISE", "UNDERLINE", "POINT OUT", "REMARK", "COMMENT", "BELIEVE", "THINK", "HOPE",
            "EXPECT", "ALLEGE", "SUGGEST", "MENTION", "ACKNOWLEDGE", "ADMIT", "CONCLUDE", "OBSERVE", "REITERATE");
    /** Verbs of denial: their complement did not happen, they say. */
    static final Set<String> DENIAL = Set.of("DENY", "DISMISS", "REFUTE", "REJECT", "DISPUTE", "RULE OUT");
    static final Set<String> DENIED_THINGS = Set.of("CLAIM", "CLAIMS", "REPORT", "REPORTS", "ALLEGATION",
            "ALLEGATIONS", "ACCUSATION", "ACCUSATIONS", "SPECULATION", "RUMOR", "RUMORS", "RUMOUR", "RUMOURS",
            "SUGGESTION", "SUGGESTIONS", "CHARGE", "CHARGES", "ASSERTION", "ASSERTIONS");
    static final Set<String> INTENT = Set.of("WANT", "PLAN", "INTEND", "SEEK", "HOPE", "TRY", "AIM", "EXPECT",
            "DECIDE", "AGREE", "PROMISE", "PLEDGE", "VOW", "THREATEN", "PREPARE", "REFUSE", "CONTINUE", "BEGIN",
            "START", "ATTEMPT", "OFFER", "WARN", "URGE", "ASK", "CALL");

    /** Irregular past participles that make a passive after "be" (regular ones end in -ED). */
    static final Set<String> PARTICIPLES = Set.of("HELD", "MADE", "TAKEN", "GIVEN", "SEEN", "SHOT", "HIT", "KILLED",
            "BEATEN", "CAUGHT", "SENT", "BROUGHT", "TOLD", "SAID", "HURT", "STRUCK", "THROWN", "DRIVEN", "SET", "LED",
            "FOUGHT", "SOLD", "BOUGHT", "BUILT", "LEFT", "KEPT", "MET", "PUT", "CUT", "WON", "LOST", "DONE",
            "WRITTEN", "SPOKEN", "CHOSEN", "FROZEN", "STOLEN", "BROKEN", "FORGIVEN", "FORBIDDEN", "WITHDRAWN",
            "OVERTHROWN", "SHUT", "SLAIN", "SPENT", "SEIZED", "BOUND", "FOUND", "HUNG");
}
