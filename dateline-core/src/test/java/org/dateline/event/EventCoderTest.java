package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityRecognizer;
import org.dateline.place.Place;
import org.dateline.quote.Quote;
import org.dateline.quote.QuoteKind;
import org.dateline.quote.Speaker;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;
import org.dateline.time.TimeExpression;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EventCoderTest {
    private static final EventCoder CODER = EventCoder.builtIn();

    private static List<Event> code(String s, LocalDate date, List<Quote> quotes, List<TimeExpression> times,
                                    List<Place> places) {
        Text text = TextAnalyzer.analyze(s);
        List<Entity> entities = EntityRecognizer.builtIn().recognize(text, date);
        return CODER.code(text, entities, quotes, times, places, date);
    }

    private static List<Event> code(String s, LocalDate date) {
        return code(s, date, List.of(), List.of(), List.of());
    }

    private static String country(org.dateline.actor.Actor a) {
        return a == null ? null : a.code().substring(0, 3);
    }

    private static boolean has(List<Event> events, String codePrefix, String source, String target) {
        return events.stream().anyMatch(e -> e.code().startsWith(codePrefix) && source.equals(country(e.source()))
                && target.equals(country(e.target())));
    }

    @Test
    void theExamplePageYieldsTalksThreatsWarningScheduleAndDenial() throws Exception {
        Path page = Path.of("/work/shared/examples/kremlin-pleased-biden-putin-talks.txt");
        Assumptions.assumeTrue(Files.exists(page), "example page absent");
        String s = Files.readString(page);
        // The time and place stages run in parallel; their records are built by hand here.
        List<TimeExpression> times = new ArrayList<>();
        int j = s.indexOf("January 9");
        times.add(new TimeExpression(j, j + 9, "January 9", "DATE", "2022-01-09"));
        List<Place> places = new ArrayList<>();
        for (int k = s.indexOf("Geneva"); k >= 0; k = s.indexOf("Geneva", k + 1)) {
            places.add(new Place(k, k + 6, "Geneva", "Genève", "CH", 46.20, 6.14));
        }
        List<Event> events = code(s, LocalDate.of(2021, 12, 31), List.of(), times, places);
        assertThat(has(events, "04", "RUS", "USA")).as("phone talks").isTrue();
        assertThat(has(events, "13", "USA", "RUS")).as("US threat of sanctions").isTrue();
        assertThat(has(events, "13", "RUS", "USA")).as("Russian warning").isTrue();
        Event scheduled = events.stream().filter(e -> "text".equals(e.dateBasis())).findFirst().orElseThrow();
        assertThat(scheduled.code()).startsWith("04");
        assertThat(scheduled.date()).isEqualTo("2022-01-09");
        assertThat(scheduled.place()).isEqualTo(new Event.EventPlace("Genève", "CH"));
        assertThat(country(scheduled.source()) + country(scheduled.target())).isIn("RUSUSA", "USARUS");
        assertThat(events).anyMatch(e -> e.code().equals("016") && country(e.source()).equals("USA"));
        assertThat(events).anyMatch(e -> e.negated() && country(e.source()).equals("USA") && e.code().startsWith("03"));
        for (Event e : events) {
            assertThat(e.name()).isNotBlank();
            assertThat(e.start()).isLessThan(e.end());
            if (!"text".equals(e.dateBasis())) assertThat(e.date()).isEqualTo("2021-12-31");
        }
    }

    @Test
    void threatsWithTheirObjectAreCodedAsThreatsToSanction() {
        List<Event> es = code("Chinese President Xi Jinping threatened to impose sanctions on Lithuania.", LocalDate.of(2022, 1, 5));
        assertThat(es).anyMatch(e -> e.code().equals("1312") && e.source().code().equals("CHNGOV")
                && country(e.target()).equals("LTU") && e.plover().equals("THREATEN"));
    }

    @Test
    void compoundSubjectsGiveOneEventPerActor() {
        List<Event> es = code("Russia and China condemned the United States on Monday.", LocalDate.of(2020, 1, 1));
        assertThat(has(es, "11", "RUS", "USA")).isTrue();
        assertThat(has(es, "11", "CHN", "USA")).isTrue();
    }

    @Test
    void passivesTakeTheirSourceFromTheByPhrase() {
        List<Event> es = code("Ukraine was attacked by Russia on Thursday.", LocalDate.of(2022, 2, 24));
        assertThat(es).anyMatch(e -> country(e.source()).equals("RUS") && country(e.target()).equals("UKR")
                && (e.code().startsWith("18") || e.code().startsWith("19")));
    }

    @Test
    void negatedVerbsAreFlagged() {
        List<Event> es = code("Japan did not sign the agreement with South Korea.", LocalDate.of(2019, 1, 1));
        assertThat(es).isNotEmpty().allMatch(Event::negated);
    }

    @Test
    void reportedSpeechCodesTheReportedEventForTheSpeaker() {
        List<Event> es = code("Iran said it would retaliate against Israel.", LocalDate.of(2024, 4, 2));
        assertThat(es).anyMatch(e -> country(e.source()).equals("IRN") && country(e.target()).equals("ISR"));
    }

    @Test
    void aDenialIsCodedAndWhatIsDeniedIsNegated() {
        List<Event> es = code("Pakistan denied that its troops had attacked India.", LocalDate.of(2019, 3, 1));
        assertThat(es).anyMatch(e -> e.code().equals("016") && country(e.source()).equals("PAK"));
        assertThat(es).filteredOn(e -> !e.code().equals("016")).allMatch(Event::negated);
        List<Event> dismissal = code("Beijing dismissed the allegations as groundless.", LocalDate.of(2021, 3, 1));
        assertThat(dismissal).anyMatch(e -> e.code().equals("016") && country(e.source()).equals("CHN"));
    }

    @Test
    void aDateInTheSentenceBeatsTheStoryDate() {
        String s = "Germany will host Poland for talks on March 3. France criticized Italy.";
        int j = s.indexOf("March 3");
        List<Event> es = code(s, LocalDate.of(2023, 2, 1), List.of(),
                List.of(new TimeExpression(j, j + 7, "March 3", "DATE", "2023-03-03")), List.of());
        Event host = es.stream().filter(e -> country(e.source()).equals("DEU")).findFirst().orElseThrow();
        assertThat(host.date()).isEqualTo("2023-03-03");
        assertThat(host.dateBasis()).isEqualTo("text");
        Event criticism = es.stream().filter(e -> country(e.source()).equals("FRA")).findFirst().orElseThrow();
        assertThat(criticism.date()).isEqualTo("2023-02-01");
        assertThat(criticism.dateBasis()).isEqualTo("story");
        assertThat(criticism.code()).startsWith("11");
    }

    @Test
    void inAQuoteWithoutASubjectTheSpeakerActs() {
        String s = "\u201CWe will send humanitarian aid to Lebanon,\u201D the French president told reporters.";
        int open = s.indexOf('\u201C') + 1;
        int close = s.indexOf('\u201D');
        Quote q = new Quote(open, close, s.substring(open, close), QuoteKind.DIRECT, "told",
                new Speaker("the French president", s.indexOf("the French"), s.indexOf(" told"), "FRAGOV", "president"));
        List<Event> es = code(s, LocalDate.of(2020, 8, 6), List.of(q), List.of(), List.of());
        Event aid = es.stream().filter(e -> e.code().startsWith("07") || e.code().startsWith("03")).findFirst().orElseThrow();
        assertThat(aid.source().code()).isEqualTo("FRAGOV");
        assertThat(country(aid.target())).isEqualTo("LBN");
        assertThat(aid.quote()).isEqualTo(0);
    }

    @Test
    void theWeaponNamedTellsBombingsFromMilitaryForce() {
        LocalDate d = LocalDate.of(2012, 6, 1);
        List<Event> car = code("Iraqi insurgents killed three policemen with a car bomb in Mosul on Monday.", d);
        assertThat(car).anyMatch(e -> e.code().equals("1832"));
        List<Event> roadside = code("Taliban fighters killed two Afghan soldiers with a roadside bomb near Kandahar.", d);
        assertThat(roadside).anyMatch(e -> e.code().equals("1833"));
        List<Event> air = code("Russian aircraft killed 20 Syrian fighters in Idlib.", d);
        assertThat(air).anyMatch(e -> e.code().equals("195") && "RUS".equals(country(e.source())));
        // Without a weapon, killing stays plain use of force.
        assertThat(code("Sudanese troops killed 12 rebels in Darfur.", d)).anyMatch(e -> e.code().equals("190"));
    }

    @Test
    void familiesOfActsGetTheirOwnCodes() {
        LocalDate d = LocalDate.of(2005, 6, 1);
        assertThat(code("The Kenyan finance minister resigned on Friday.", d)).anyMatch(e -> e.code().equals("0831"));
        assertThat(code("Israel reinforced its troops along the border with Lebanon.", d))
                .anyMatch(e -> e.code().equals("154") && "ISR".equals(country(e.source())));
        assertThat(code("Italy suspended air links with Serbia.", d)).anyMatch(e -> e.code().equals("161"));
        assertThat(code("Ugandan rebels blew up a bridge near Gulu.", d)).anyMatch(e -> e.code().equals("1712"));
        assertThat(code("Japan gave Kenya 20 million dollars of aid.", d))
                .anyMatch(e -> e.code().startsWith("07") && "JPN".equals(country(e.source())) && "KEN".equals(country(e.target())));
    }

    @Test
    void progressiveVerbsAndCrowdsOpeningASentenceAreCoded() {
        LocalDate d = LocalDate.of(2010, 6, 1);
        assertThat(code("Albania is demanding autonomy for the region.", d))
                .anyMatch(e -> e.code().startsWith("10") && "ALB".equals(country(e.source())));
        assertThat(code("Thousands of Kenyan students marched through Nairobi.", d))
                .anyMatch(e -> e.code().startsWith("14") && "KEN".equals(country(e.source())));
        assertThat(code("The European Community on Monday gave Kenya 5 million dollars of aid.", d))
                .anyMatch(e -> e.code().startsWith("07") && "KEN".equals(country(e.target())));
    }

    @Test
    void aDomesticActKeepsTheActorsOwnCountryAsTarget() {
        // The only other party is the actor's own country: the act happened, at home.
        List<Event> es = code("Turkey threatened to impose a curfew in Istanbul.", LocalDate.of(2005, 6, 1));
        assertThat(es).anyMatch(e -> e.code().startsWith("13") && "TUR".equals(country(e.source())));
    }

    @Test
    void sportsStoriesAreDiscarded() {
        assertThat(code("Brazil beat Argentina 2-1 in the World Cup semi-final on Sunday.", LocalDate.of(2021, 7, 11))).isEmpty();
    }

    @Test
    void aPlannedOrFutureActIsCodedAsIntentOrThreat() {
        List<Event> es = code("Hungary will impose sanctions on Serbia. Poland plans to send aid to Moldova.", LocalDate.of(2010, 1, 1));
        assertThat(es).anyMatch(e -> e.code().startsWith("13") && country(e.source()).equals("HUN"));
        assertThat(es).anyMatch(e -> e.code().startsWith("03") && country(e.source()).equals("POL")
                && country(e.target()).equals("MDA"));
    }
}
