package org.dateline.place.internal;

import java.util.Set;

/** Small closed word lists the place finder reasons with; all lower case. */
final class Words {
    private Words() {
    }

    /** Words before a name that say it is a place ("talks in Geneva", "flew to Paris", "the mayor of Reading"). */
    static final Set<String> CUES = Set.of(
            "in", "at", "from", "near", "outside", "inside", "into", "across", "throughout", "via", "around",
            "based", "born", "downtown", "suburban", "northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern");

    /** Words before a name that say it is a place when the place is large enough not to be a person's name. */
    static final Set<String> WEAK_CUES = Set.of(
            "to", "of", "toward", "towards", "between", "visit", "visited", "visiting", "visits", "reached",
            "entered", "invaded", "leaving", "left", "against", "for", "and");

    /** Lower-case words allowed inside a multi-word name ("Rio de Janeiro", "Isle of Man"). */
    static final Set<String> CONNECTORS = Set.of(
            "de", "del", "della", "la", "le", "les", "al", "el", "of", "upon", "on", "am", "the", "du", "des", "di",
            "da", "do", "dos", "das", "y", "en", "sur", "an", "der", "den", "von", "and", "im", "bin", "ar");

    /**
     * Never places however capitalised, though some are also names in the gazetteer; multi-word ones also keep
     * their parts from matching ("South America" is not "America").
     */
    static final Set<String> NEVER = Set.of(
            "asia", "europe", "africa", "oceania", "latin america", "south america", "north america",
            "central america", "the americas", "middle east", "the middle east", "near east", "far east",
            "caribbean", "balkans", "the balkans", "scandinavia", "pacific", "atlantic", "arctic", "mediterranean",
            "south asia", "southeast asia", "east asia", "central asia", "asia pacific", "west africa",
            "east africa", "north africa", "southern africa", "sub saharan africa", "eastern europe",
            "western europe", "central europe", "northern europe", "southern europe", "the west", "the east",
            "toyota", "honda", "nokia", "university", "college", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "god", "lord", "christ", "allah", "jesus",
            "mars", "earth", "moon", "sun", "venus", "mercury", "jupiter", "saturn", "internet", "web", "twitter",
            "facebook", "google", "amazon", "apple", "president", "minister", "senator", "mayor", "governor", "king",
            "queen", "prince", "princess", "pope", "general", "colonel", "major", "captain", "doctor", "professor",
            "reverend", "mr", "mrs", "ms", "dr", "republican", "democrat", "republicans", "democrats", "christian",
            "muslim", "jewish", "catholic", "islam", "christmas", "easter", "ramadan", "north", "south", "east",
            "west", "western", "eastern");

    /** Capitalised words that may follow a place name without making it part of a longer name ("Moscow Mayor"). */
    static final Set<String> FOLLOWERS = Set.of(
            "president", "prime", "minister", "mayor", "governor", "gov", "foreign", "defense", "defence", "senator",
            "sen", "rep", "representative", "republican", "republicans", "democrat", "democrats", "police",
            "officials", "state", "city", "region", "province", "oblast", "capital", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "on", "in", "at", "ambassador",
            "envoy", "leader", "chief", "premier", "king", "queen", "secretary", "attorney", "ap", "afp", "reuters",
            "cnn", "tass", "ria", "xinhua", "interior", "finance", "health", "national", "officer", "general",
            "supreme", "legislature", "senate", "house", "assembly", "lawmakers", "voters", "residents");

    /** Capitalised words that may precede a place name without making it part of a longer name. */
    static final Set<String> PRECEDERS = Set.of(
            "yesterday", "today", "tomorrow", "meanwhile", "now", "then", "also", "still", "even", "only", "here",
            "there", "earlier", "later", "last", "next", "this", "that", "these", "those", "every", "each", "all",
            "some", "many", "most", "neither", "either", "under", "over", "since", "until", "despite", "although",
            "though", "because", "so", "thus", "instead", "elsewhere", "separately", "overall", "once", "why", "how",
            "where", "what", "which", "who", "whether", "in", "nor", "not", "yet", "a", "an", "unlike", "beyond",
            "about", "against", "amid", "among", "along", "behind", "beside", "besides", "during", "except",
            "inside", "onto", "per", "regarding", "toward", "upon", "without", "within", "it", "he", "she", "they",
            "we", "i", "you", "his", "her", "their", "our", "its", "my", "your", "is", "was", "are", "were", "will",
            "would", "can", "could", "should", "did", "does", "do", "has", "have", "had", "may", "might", "must",
            "shall", "let", "please", "see", "visit", "welcome", "goodbye", "hello", "dear", "from", "at", "to",
            "near", "outside", "into", "across", "towards", "via", "around", "between", "through", "throughout",
            "of", "and", "or", "the", "greater", "central", "northern", "southern", "eastern", "western", "north",
            "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "upstate", "downtown",
            "metropolitan", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "both", "says", "said", "for", "with", "by", "on", "as", "but", "while", "after", "before", "like", "if",
            "when", "neighbouring", "neighboring", "occupied", "free", "independent", "mainland", "rural", "coastal",
            "southernmost", "northernmost", "post", "pre", "anti", "pro", "new", "old", "soviet", "nazi",
            "communist", "imperial", "colonial", "ancient", "modern", "medieval", "annexed", "tsarist", "ottoman",
            "federal", "urban", "suburban", "war-torn", "oil-rich");

    /** Head nouns of organisation names: a place after "of"/"for" in such a name is part of the name. */
    static final Set<String> ORGANISATION_HEADS = Set.of(
            "university", "college", "bank", "organization", "organisation", "council", "institute", "institution",
            "ministry", "department", "court", "committee", "agency", "association", "union", "party", "museum",
            "school", "academy", "church", "federation", "foundation", "society", "commission", "office", "board",
            "corporation", "company", "club", "league", "voice", "friends", "times", "post", "journal", "news",
            "network", "center", "centre", "hospital", "archdiocese", "diocese", "port", "duke", "duchess", "earl",
            "bishop", "archbishop", "mayor", "governor", "house", "senate", "parliament", "assembly", "chamber",
            "army", "navy", "force", "guard", "embassy", "consulate", "mission", "authority", "service", "fund",
            "group", "orchestra", "team", "fc", "battle", "siege", "treaty", "accord", "accords", "agreement",
            "declaration", "convention", "protocol", "conference", "summit", "prize", "award", "order", "cup",
            "games", "open", "marathon", "festival", "exchange", "airport", "station", "stadium", "hotel", "prison",
            "bridge", "street", "avenue", "road", "square", "palace", "tower", "hall");

    /** Words after a region name that mark a US state rather than a country of the same name. */
    static final Set<String> STATE_CUES = Set.of(
            "gov", "governor", "legislature", "senate", "senator", "sen", "republicans", "republican", "democrats",
            "democratic", "county", "counties", "voters", "state", "statehouse", "lawmakers", "rep", "secretary",
            "primary", "primaries", "caucus", "caucuses", "delegation", "congressional", "statewide");

    /** Two words that may join a list of places ("Paris, Lyon and Nice"). */
    static final Set<String> LIST_JOINERS = Set.of(
            ",", "and", "or", "&", "/");
}
