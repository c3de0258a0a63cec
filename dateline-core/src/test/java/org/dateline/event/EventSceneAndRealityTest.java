package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.actor.EntityRecognizer;
import org.dateline.place.Place;
import org.dateline.quote.Quote;
import org.dateline.quote.QuoteKind;
import org.dateline.quote.Speaker;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Where events happen, and which reported acts are events at all: news paragraphs of our own. */
class EventSceneAndRealityTest {
    private static final LocalDate DAY = LocalDate.of(2022, 3, 7);

    private static List<Event> code(String s, List<Quote> quotes, List<Place> places) {
        Text text = TextAnalyzer.analyze(s);
        return EventCoder.builtIn().code(text, EntityRecognizer.builtIn().recognize(text, DAY), quotes, List.of(), places, DAY);
    }

    private static List<Event> code(String s) {
        return code(s, List.of(), List.of());
    }

    /** Every occurrence of {@code word} as a place of the given country, as the place stage would give it. */
    private static List<Place> places(String s, String word, String country) {
        List<Place> out = new ArrayList<>();
        for (int k = s.indexOf(word); k >= 0; k = s.indexOf(word, k + 1)) {
            out.add(new Place(k, k + word.length(), word, word, country, 0, 0));
        }
        return out;
    }

    private static Quote wholeQuote(String s, String speakerCode) {
        return new Quote(0, s.length(), s, QuoteKind.DIRECT, "said", new Speaker("the minister", 0, 1, speakerCode, null));
    }

    private static String country(org.dateline.actor.Actor a) {
        return a == null ? null : a.code().substring(0, 3);
    }

    @Test
    void aPlaceNamedInsideAQuoteIsNoSceneOfTheSaying() {
        String s = "\u201cWe will not deploy troops in Mali,\u201d French Foreign Minister Jean-Yves Le Drian told"
                + " German reporters.";
        int close = s.indexOf(",\u201d");
        Quote q = new Quote(1, close, s.substring(1, close), QuoteKind.DIRECT, "told",
                new Speaker("Jean-Yves Le Drian", s.indexOf("Jean"), s.indexOf(" told"), "FRAGOV", null));
        List<Event> es = code(s, List.of(q), places(s, "Mali", "ML"));
        // The telling did not happen in Mali; what was said of troops there did.
        assertThat(es).filteredOn(e -> e.quote() == null).isNotEmpty().allMatch(e -> e.place() == null);
        assertThat(es).filteredOn(e -> e.quote() != null).allMatch(e -> e.place() == null || e.place().country().equals("ML"));
    }

    @Test
    void aCountryWarnedIsATargetNotTheSceneOfTheWarning() {
        String s = "Iranian Foreign Minister Hossein Amir-Abdollahian warned France against new sanctions.";
        List<Event> es = code(s, List.of(), places(s, "France", "FR"));
        assertThat(es).anyMatch(e -> e.code().startsWith("13") && "FRA".equals(country(e.target())));
        assertThat(es).allMatch(e -> e.place() == null);
    }

    @Test
    void aCapitalThatIsPleasedIsNoPlaceOfTheTalks() {
        String s = "Beijing is satisfied with the outcome of the phone talks between China and Japan.";
        List<Event> es = code(s, List.of(), places(s, "Beijing", "CN"));
        assertThat(es).isNotEmpty().allMatch(e -> e.place() == null);
    }

    @Test
    void talksInACityTakePlaceThereAndTheCityIsNoParty() {
        String s = "Iranian and French negotiators held talks in Vienna on Monday.";
        List<Event> es = code(s, List.of(), places(s, "Vienna", "AT"));
        assertThat(es).isNotEmpty();
        assertThat(es).allMatch(e -> e.place() != null && e.place().country().equals("AT"));
        assertThat(es).noneMatch(e -> "AUT".equals(country(e.target())) || "AUT".equals(country(e.source())));
    }

    @Test
    void oneOwnCountrysProposalsOrPlansAreNoTargetOfItsLeader() {
        assertThat(code("Turkish President Recep Tayyip Erdogan outlined Turkey's proposals for the summit."))
                .noneMatch(e -> "TUR".equals(country(e.target())));
        assertThat(code("French President Emmanuel Macron made it clear that France does not intend to deploy troops in Mali."))
                .noneMatch(e -> "FRA".equals(country(e.target())))
                .allMatch(e -> e.negated());
    }

    @Test
    void domesticEventsStillHaveTheirOwnCountryAsTarget() {
        // A government acting on its own opposition is an event, not a possessive.
        assertThat(code("President Yoweri Museveni has threatened to ban Ugandan opposition candidates from the elections."))
                .anyMatch(e -> e.code().startsWith("13") && "UGA".equals(country(e.target())));
    }

    @Test
    void aConditionalConsequenceIsNoEvent() {
        assertThat(code("If Ankara goes ahead with the purchase, it should be prepared for a complete breakdown of its "
                + "relations with Washington, the Greek minister noted.")).isEmpty();
        String q = "\u201CIf Brussels decides to impose new tariffs, it can lead to a collapse of trade between our "
                + "countries,\u201D the Chinese minister said.";
        assertThat(code(q, List.of(wholeQuote(q, "CHNGOV")), List.of())).noneMatch(e -> !e.code().startsWith("13"));
    }

    @Test
    void aThreatMadeOnAConditionIsStillAThreat() {
        assertThat(code("Beijing will impose sanctions on Lithuania if it opens a new office, China's foreign ministry said."))
                .anyMatch(e -> e.code().startsWith("13") && "LTU".equals(country(e.target())));
    }

    @Test
    void goingOnToArgueAndGoingToDrawAreNoVisits() {
        assertThat(code("The Iranian foreign minister went on to argue that new sanctions against Iran would be a grave mistake."))
                .noneMatch(e -> e.code().startsWith("04"));
        String q = "\u201CWe are not going to draw conclusions,\u201D a White House official said.";
        assertThat(code(q, List.of(wholeQuote(q, "USAGOV")), List.of())).isEmpty();
    }

    @Test
    void hopingToAchieveIsNoComment() {
        assertThat(code("Tokyo hopes to achieve a lasting settlement with China.")).isEmpty();
    }

    @Test
    void noIntentionToAttackIsANegatedAttack() {
        assertThat(code("Turkey has no intention whatsoever to attack Syria, the Turkish president said."))
                .isNotEmpty().allMatch(Event::negated);
    }

    @Test
    void takingADemandSeriouslyIsNoSeizure() {
        assertThat(code("The Japanese premier appeared to have taken China's demand seriously."))
                .noneMatch(e -> e.code().startsWith("17"));
    }

    @Test
    void theConversationNamedAgainInADenialIsNotASecondMeeting() {
        List<Event> es = code("Turkish President Recep Tayyip Erdogan and French President Emmanuel Macron held phone talks "
                + "on Monday. The French government later denied that Macron had made any promise during his conversation "
                + "with Erdogan.");
        assertThat(es).anyMatch(e -> e.code().equals("016") && "FRA".equals(country(e.source())));
        long meetings = es.stream().filter(e -> e.code().startsWith("04") && "FRA".equals(country(e.source()))).count();
        assertThat(meetings).isEqualTo(1);
    }

    @Test
    void agreeingToActLaterIsAnIntentNotCooperationItself() {
        assertThat(code("Kenya and Uganda have agreed to share intelligence on rebel movements, a Kenyan official said."))
                .isNotEmpty().allMatch(e -> e.code().startsWith("03") && e.plover().equals("AGREE"));
    }

    @Test
    void beingWillingToActIsAnIntent() {
        assertThat(code("Egypt is willing to send troops to Sudan, the Egyptian foreign minister said."))
                .isNotEmpty().allMatch(e -> e.code().startsWith("03"));
        assertThat(code("Egypt is unwilling to send troops to Sudan, the Egyptian foreign minister said."))
                .allMatch(Event::negated);
    }

    @Test
    void stagingAStrikeOrRallyIsAProtest() {
        assertThat(code("Algerian landowners began a hunger strike on Monday.")).anyMatch(e -> e.code().equals("142"));
        assertThat(code("Opposition parties in Nepal have organized a general strike in protest of the arrests."))
                .anyMatch(e -> e.code().equals("143") && e.plover().equals("PROTEST"));
        assertThat(code("Georgian opposition supporters staged mass demonstrations on Saturday.")).anyMatch(e -> e.code().equals("141"));
    }

    @Test
    void whatAGovernmentSaysAnotherMustDoIsItsDemand() {
        List<Event> es = code("Japan said on Friday that China must release the detained fishing crew.");
        assertThat(es).anyMatch(e -> e.code().startsWith("10") && "JPN".equals(country(e.source()))
                && "CHN".equals(country(e.target())));
        assertThat(es).noneMatch(e -> "CHN".equals(country(e.source())));
    }

    @Test
    void partnersWhoAgreeTogetherAreAJointSourceWithoutATarget() {
        // PLOVER's convention: "A and B agreed" is one joint act, not A acting on B and B on A.
        List<Event> es = code("Kenya and Uganda agreed on Tuesday to reopen their border crossings to trade.");
        assertThat(es).anyMatch(e -> "KEN".equals(country(e.source())) && e.target() == null);
        assertThat(es).anyMatch(e -> "UGA".equals(country(e.source())) && e.target() == null);
        assertThat(es).noneMatch(e -> "KEN".equals(country(e.source())) && "UGA".equals(country(e.target())));
        List<Event> talks = code("Peru and Chile held talks in Lima on Friday on their maritime border.");
        assertThat(talks).noneMatch(e -> "PER".equals(country(e.source())) && "CHL".equals(country(e.target())));
    }

    @Test
    void aConditionalThreatIsAimedAtWhoeverMustActToAvertIt() {
        List<Event> es = code("Turkey threatened to close its airspace if Sweden went ahead with the arms sale, officials said.");
        assertThat(es).anyMatch(e -> e.code().startsWith("13") && "TUR".equals(country(e.source()))
                && "SWE".equals(country(e.target())));
        List<Event> plain = code("Egypt threatened to halt gas exports to Jordan unless payments resumed.");
        assertThat(plain).anyMatch(e -> e.code().startsWith("13") && "JOR".equals(country(e.target())));
    }

    @Test
    void partnersNamedAgainInTheTopicOfTheirJointTalksAreNoTargets() {
        List<Event> es = code("Ethiopia and Eritrea resumed negotiations on Monday on an Ethiopian troop withdrawal from the border.");
        assertThat(es).anyMatch(e -> "ETH".equals(country(e.source())) && e.target() == null);
        assertThat(es).anyMatch(e -> "ERI".equals(country(e.source())) && e.target() == null);
        assertThat(es).noneMatch(e -> "ERI".equals(country(e.source())) && "ETH".equals(country(e.target())));
    }

    @Test
    void anAnnouncedSuspensionIsTheSuspensionItself() {
        List<Event> es = code("Spain announced a suspension of air links with Venezuela on Thursday after the disputed vote.");
        assertThat(es).anyMatch(e -> e.code().startsWith("16") && "ESP".equals(country(e.source()))
                && "VEN".equals(country(e.target())));
    }

    @Test
    void agreeingUponAPactIsAnAgreement() {
        List<Event> es = code("Chile and Peru have agreed upon a new fisheries pact, the Chilean foreign ministry said.");
        assertThat(es).anyMatch(e -> e.plover().equals("AGREE") && "CHL".equals(country(e.source())));
        assertThat(es).noneMatch(e -> e.plover().equals("SUPPORT"));
    }
}
