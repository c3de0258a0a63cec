package org.dateline.quote.internal;

import java.util.Locale;
import java.util.Set;

/** Closed word classes the speaker finder leans on instead of a part-of-speech tagger. */
final class Words {
    private Words() {
    }

    static final Set<String> PRONOUNS = set("he", "she", "they", "it", "we", "i", "you");

    static final Set<String> DETERMINERS = set("the", "a", "an", "another", "his", "her", "its", "their", "our",
            "my", "one", "this", "these", "those", "some", "many", "several", "two", "three", "other", "most",
            "both", "no", "every", "each", "any");

    /** Auxiliaries and adverbs that may stand between a speaker and the cue ("has also said"). */
    static final Set<String> BETWEEN = set("has", "have", "had", "was", "were", "is", "are", "be", "been",
            "also", "reportedly", "later", "then", "once", "again", "further", "previously", "recently", "publicly",
            "repeatedly", "privately", "separately", "flatly", "would", "will", "could", "did", "does", "do",
            "never", "not", "already", "often", "still", "just", "only", "even", "may", "might", "should",
            "must", "can", "quickly", "immediately", "subsequently", "initially", "apparently", "allegedly",
            "long", "first", "ultimately", "simply", "openly", "directly", "explicitly", "strongly", "emphatically",
            "firmly", "specifically", "bluntly", "angrily", "told", "now", "since", "personally", "herself", "himself", "frequently", "always", "has", "being");

    /** Words that end a noun phrase read backwards from a cue. */
    /** Nouns ending in -ly or -ed, which the adverb and participle tests would otherwise take for those. */
    static final Set<String> LY_ED_NOUNS = set("family", "families", "ally", "allies", "assembly", "rally",
            "supply", "monopoly", "anomaly", "reply", "daily", "weekly", "quarterly", "bully", "italy", "panel",
            "need", "creed", "greed", "seed", "speed", "breed", "bed", "red", "med", "fed");
    /** Nouns ending in -ing that head or sit inside speaker phrases ("the marketing director"). */
    static final Set<String> ING_NOUNS = set("marketing", "building", "meeting", "briefing", "hearing",
            "spring", "king", "ruling", "polling", "banking", "funding", "housing", "training", "nursing",
            "engineering", "accounting", "publishing", "broadcasting", "mining", "shipping", "trading", "planning");
    static final Set<String> NP_BOUNDARY = set("that", "and", "but", "or", "with", "which", "who", "whom",
            "as", "while", "because", "when", "if", "than", "so", "what", "where", "after", "before", "since",
            "although", "though", "whether", "how", "why", "said", "says", "say", "told", "to", "by", "for",
            "from", "at", "on", "about", "into", "over", "under", "against", "like", "not", "also", "of", "in",
            "during", "among", "through", "without", "within", "toward", "towards", "upon", "whose");

    /** Capitalised words that start sentences rather than names. */
    static final Set<String> NOT_NAMES = set("The", "A", "An", "In", "On", "At", "But", "And", "Or", "If",
            "When", "During", "After", "Before", "While", "As", "For", "With", "This", "That", "These", "Those",
            "It", "He", "She", "They", "We", "I", "You", "However", "Meanwhile", "Still", "Yet", "So", "Also",
            "His", "Her", "Its", "Their", "Our", "My", "There", "Here", "Some", "Many", "Most", "Such", "Then",
            "Now", "Even", "Although", "Though", "Because", "Since", "Despite", "Amid", "Under", "Over", "From",
            "To", "By", "Of", "According", "Asked", "Speaking", "Earlier", "Later", "Last", "Next", "Both",
            "Each", "Every", "No", "Not", "What", "Who", "Why", "How", "Where", "Which", "Whether", "Read",
            "Instead", "Indeed", "Still", "Another", "One", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "Today", "Yesterday", "Tomorrow");

    /** First words of place names, which look like given names to a capitalisation test ("West Virginia"). */
    static final Set<String> PLACE_STARTS = set("New", "West", "North", "South", "East", "Los", "Las", "San",
            "Santa", "Saint", "St", "United", "Fort", "Lake", "Mount", "Great", "Upper", "Lower", "Northern",
            "Southern", "Eastern", "Western", "Central", "Rhode", "Puerto", "Hong", "Sri", "Saudi", "Costa",
            "El", "Le", "La", "Palm", "Long", "Salt", "Grand", "Baton", "Des", "Little", "Kansas", "Oklahoma",
            "Virginia", "Carolina", "Dakota", "Jersey", "York", "Hampshire", "Mexico", "Washington", "Capitol",
            "White", "Supreme", "Federal", "National", "American", "Republican", "Democratic", "Congressional",
            "Senate", "House", "Wall", "Main", "Air", "Oval", "Ground", "Labor", "Memorial", "Independence",
            "Christmas", "Easter", "Election", "Super", "Tax", "Social", "Homeland", "Secret", "Justice",
            "State");

    /** Capitalised words that are never a speaker on their own: days, months, sentence adverbs. */
    static final Set<String> NOT_SPEAKERS = set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Meanwhile", "However", "Perhaps", "Today",
            "Yesterday", "Tonight", "Still", "Now", "Then", "Later", "Earlier", "Also", "Indeed", "Instead",
            "Thus", "Therefore", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Reveals", "Says",
            "Calls", "Claims", "Warns", "Slams", "Blasts", "Urges", "Rips", "Hammers", "Admits", "Denies");

    /** Titles and offices written before a name ("Foreign Minister Sergei Lavrov"). */
    static final Set<String> TITLES = set("president", "vice", "prime", "minister", "secretary", "senator",
            "sen", "rep", "representative", "gov", "governor", "mayor", "mr", "mrs", "ms", "miss", "dr", "prof",
            "professor", "general", "gen", "chancellor", "king", "queen", "prince", "princess", "pope",
            "ambassador", "judge", "justice", "chief", "director", "chairman", "chairwoman", "chair",
            "spokesman", "spokeswoman", "spokesperson", "speaker", "leader", "deputy", "commissioner",
            "attorney", "adviser", "advisor", "lt", "col", "capt", "sgt", "adm", "rev", "sheikh", "premier",
            "candidate", "nominee", "congressman", "congresswoman", "councilman", "councilwoman", "officer",
            "lawyer", "sheriff", "coach", "host", "founder", "ceo", "executive", "manager", "analyst",
            "economist", "dean", "assemblyman", "assemblywoman", "councillor", "councilor", "lord", "lady", "sir", "dame", "colonel",
            "major", "captain", "sergeant", "admiral", "bishop", "cardinal", "rabbi", "imam", "mufti",
            "president-elect", "former", "acting", "interim", "sens", "reps", "gens");

    /** Words that make a capitalised name an organisation, place or outlet rather than a person. */
    static final Set<String> ORG_WORDS = set("house", "kremlin", "department", "ministry", "party", "committee",
            "council", "times", "post", "news", "journal", "agency", "bank", "union", "court", "congress",
            "senate", "administration", "campaign", "foundation", "institute", "university", "association",
            "organization", "organisation", "office", "service", "commission", "group", "inc", "corp", "company",
            "network", "press", "reuters", "twitter", "facebook", "pentagon", "army", "police", "government",
            "republicans", "democrats", "states", "nations", "kingdom", "street", "city", "county", "tribune",
            "herald", "magazine", "center", "centre", "fund", "bureau", "board", "club", "church", "school",
            "college", "federation", "republic", "parliament", "assembly", "cabinet", "embassy", "guard",
            "navy", "force", "forces", "corps", "caucus", "coalition", "alliance", "movement", "front",
            "television", "radio", "tv", "channel", "daily", "weekly", "review", "gazette", "telegraph",
            "guardian", "observer", "examiner", "monitor", "wire", "politico", "breitbart", "axios", "cnn",
            "msnbc", "abc", "nbc", "cbs", "bbc", "fox", "ap", "afp", "tass", "ria", "interfax", "rt", "xinhua",
            "google", "apple", "microsoft", "amazon", "poll", "polls", "survey", "today", "world", "america",
            "europe", "russia", "china", "ukraine", "washington", "moscow", "beijing", "brussels", "london",
            "paris", "berlin", "kiev", "kyiv", "tehran", "nato", "eu", "un", "who", "imf", "opec", "fbi", "cia",
            "nsa", "gop", "dnc", "rnc", "pac", "super", "llc", "ltd", "group", "institution", "authority",
            "authorities", "tribunal", "secretariat", "mission", "delegation", "project", "initiative", "trust",
            "watch", "international", "national", "federal", "state", "county", "district", "capitol", "hill",
            "square", "avenue", "road", "island", "islands", "sea", "ocean", "river", "mountains", "valley");

    /** Nouns that name a person by office or role ("the Russian official", "Putin's aide"). */
    static final Set<String> PERSON_ROLES = set("official", "aide", "adviser", "advisor", "minister",
            "spokesman", "spokeswoman", "spokesperson", "president", "senator", "candidate", "leader",
            "diplomat", "lawmaker", "governor", "chairman", "chairwoman", "secretary", "director", "ambassador",
            "envoy", "general", "mayor", "premier", "chancellor", "representative", "congressman",
            "congresswoman", "nominee", "businessman", "businesswoman", "billionaire", "politician", "lawyer",
            "attorney", "prosecutor", "judge", "commander", "chief", "executive", "head", "negotiator",
            "strategist", "manager", "operative", "analyst", "economist", "expert", "professor", "veteran",
            "democrat", "republican", "activist", "officer", "source", "king", "queen", "prince", "pope",
            "founder", "host", "author", "writer", "reporter", "journalist", "columnist", "woman", "man",
            "mogul", "star", "president-elect", "contender", "frontrunner", "front-runner", "incumbent",
            "challenger", "speaker", "counterpart", "colleague", "spokesperson", "deputy", "sheriff", "coach");

    /** Role nouns general enough to stand for the last person quoted ("the official noted"). */
    static final Set<String> GENERIC_ROLES = set("official", "aide", "adviser", "advisor", "diplomat",
            "spokesman", "spokeswoman", "spokesperson", "envoy", "negotiator", "source", "politician",
            "lawmaker", "strategist", "operative", "analyst", "expert", "economist", "professor", "veteran",
            "activist", "officer", "woman", "man", "businessman", "businesswoman", "billionaire", "mogul",
            "executive", "lawyer", "attorney", "author", "writer", "colleague", "democrat", "republican");

    /** Nouns that speak as a body without an article ("police said"). */
    static final Set<String> COLLECTIVES = set("police", "government", "military", "staff", "management",
            "leadership", "army", "media", "prosecution", "defense", "defence", "polling", "research", "data");

    /**
     * Heads of phrases that can say, find or intend something besides role nouns: people and groups of
     * them ("voters", "critics", "46 percent"), bodies ("the campaign"), and what reports ("a poll", "the
     * report", "emails"), which news attribution counts as sources too. Singular forms; plurals are matched
     * through them.
     */
    static final Set<String> SPEAKING_NOUNS = set("people", "person", "voter", "expert", "critic", "analyst",
            "supporter", "opponent", "resident", "american", "member", "source", "scientist", "researcher",
            "advocate", "protester", "protestor", "demonstrator", "parent", "family", "student", "worker",
            "employee", "investor", "observer", "commentator", "pundit", "conservative", "liberal", "progressive",
            "ally", "authority", "doctor", "physician", "citizen", "witness", "victim", "delegate", "donor",
            "owner", "user", "reader", "viewer", "fan", "friend", "neighbor", "neighbour", "community", "crowd",
            "audience", "public", "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "others",
            "group", "team", "panel", "jury", "poll", "survey", "study", "report", "analysis", "document",
            "record", "email", "memo", "letter", "statement", "filing", "complaint", "lawsuit", "ruling",
            "editorial", "article", "story", "video", "ad", "tweet", "post", "website", "newspaper", "outlet",
            "firm", "regime", "side", "percent", "majority", "minority", "plurality", "half", "third",
            "colleague", "counterpart", "leader", "lawmaker", "legislator", "official", "candidate",
            "organizer", "organiser", "participant", "respondent", "economist", "historian", "scholar",
            "academic", "teacher", "agent", "officer", "trooper", "soldier", "veteran", "mother",
            "father", "wife", "husband", "son", "daughter", "brother", "sister", "child", "relative", "nominee",
            "moderator", "host", "anchor", "manager", "chairman", "staffer", "adviser", "aide", "attorney",
            "surrogate", "insider", "republican", "democrat", "independent", "libertarian", "evangelical",
            "christian", "muslim", "catholic", "immigrant");

    static final Set<String> MALE_TITLES = set("mr", "king", "prince", "sir", "lord", "congressman",
            "spokesman", "chairman", "businessman", "councilman", "assemblyman");
    static final Set<String> FEMALE_TITLES = set("mrs", "ms", "miss", "queen", "princess", "lady", "dame",
            "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "councilwoman", "assemblywoman");

    /** Common English given names whose bearer's pronoun is near-certain; anything else stays unknown. */
    static final Set<String> FEMALE_NAMES = set("hillary", "mary", "elizabeth", "anna", "angela", "theresa",
            "nancy", "sarah", "kamala", "michelle", "melania", "ivanka", "chelsea", "jill", "elizabeth",
            "susan", "karen", "linda", "patricia", "jennifer", "maria", "lisa", "laura", "emily", "emma",
            "olivia", "sophia", "julia", "kate", "catherine", "katherine", "margaret", "barbara", "jane",
            "ursula", "marine", "maria", "natalia", "olga", "irina", "tatiana", "yulia", "svetlana", "ekaterina",
            "ann", "anne", "amy", "carly", "nikki", "kellyanne", "hope", "huma", "donna", "debbie", "dianne",
            "diane", "nicola", "liz", "jacinda", "alexandria", "ilhan", "rashida", "marsha", "lindsey", "janet",
            "christine", "condoleezza", "madeleine", "samantha", "valerie", "jen", "jennifer", "rachel", "rebecca");
    static final Set<String> MALE_NAMES = set("john", "james", "robert", "michael", "william", "david", "richard",
            "joseph", "thomas", "charles", "donald", "joe", "barack", "george", "bill", "vladimir", "sergei",
            "sergey", "dmitry", "yuri", "mikhail", "boris", "alexei", "alexey", "ivan", "nikolai", "andrei",
            "viktor", "mike", "paul", "mark", "peter", "jeb", "ted", "marco", "bernie", "chris", "ben", "rand",
            "tim", "jim", "tom", "bob", "steve", "stephen", "kevin", "brian", "jason", "jeff", "jeffrey", "eric",
            "emmanuel", "xi", "recep", "benjamin", "volodymyr", "antony", "jake", "lloyd", "ned", "john",
            "mitch", "chuck", "reince", "sean", "rudy", "newt", "martin", "frank", "scott", "anthony", "jack",
            "henry", "edward", "daniel", "matthew", "andrew", "nicolas", "olaf", "justin", "rishi", "keir",
            "narendra", "abdel", "mohammed", "muhammad", "ali", "hassan", "jared", "corey",
            "dmitri", "sergio", "pedro", "luis", "carlos", "jose", "hugo");

    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** A word starting with an upper-case letter ("Ushakov", "U.S."), not a lone mark. */
    static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
    }

    static boolean word(String w) {
        return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
    }

    static boolean possessive(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }
}
