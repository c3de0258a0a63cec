package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityRecognizer;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Clause-level rules of the default (news) reading: history, missing actors, modality, nominal events. */
class EventClauseRulesTest {
    private static final LocalDate DAY = LocalDate.of(2019, 6, 3);

    private static List<Event> code(String s, EventCoder coder) {
        Text text = TextAnalyzer.analyze(s);
        List<Entity> entities = EntityRecognizer.builtIn().recognize(text, DAY);
        return coder.code(text, entities, List.of(), List.of(), List.of(), DAY);
    }

    private static List<Event> code(String s) {
        return code(s, EventCoder.builtIn());
    }

    private static String country(org.dateline.actor.Actor a) {
        return a == null || a.code() == null ? null : a.code().substring(0, 3);
    }

    @Test
    void aPastYearMakesOnlyItsOwnClauseHistory() {
        List<Event> es = code("Kenyan police arrested a Somali businessman on Tuesday for smuggling cash across a border "
                + "that was closed in 2011.");
        assertThat(es).anyMatch(e -> e.code().startsWith("173") && country(e.source()).equals("KEN"));
        // PETRARCH's convention voids the whole sentence.
        assertThat(code("Kenyan police arrested a Somali businessman on Tuesday for smuggling cash across a border "
                + "that was closed in 2011.", EventCoder.builtIn().literal())).isEmpty();
    }

    @Test
    void anEventOfYearsAgoInARelativeClauseIsNotNews() {
        List<Event> es = code("The Peruvian government will release three Chilean fishermen whom its navy had seized "
                + "two years ago.");
        assertThat(es).anyMatch(e -> e.plover().equals("AGREE") && country(e.source()).equals("PER"));
        assertThat(es).noneMatch(e -> e.code().startsWith("17") || e.code().startsWith("18"));
    }

    @Test
    void regularVerbsOfTwoSyllablesKeepASingleConsonant() {
        // "opened" (not "openned") is a verb form of OPEN: a court opening a hearing investigates.
        List<Event> es = code("Brazil's supreme court opened a hearing on Monday into the conduct of Bolivian officials.");
        assertThat(es).anyMatch(e -> e.code().startsWith("09") && country(e.source()).equals("BRA"));
    }

    @Test
    void anActOfUnnamedDoersIsCodedWithTheSourceSideEmpty() {
        List<Event> es = code("Unidentified gunmen killed three Kenyan soldiers near the border on Sunday.");
        assertThat(es).anyMatch(e -> e.source() == null && country(e.target()).equals("KEN")
                && (e.code().startsWith("18") || e.code().startsWith("19")));
        List<Event> passive = code("Two Nigerian journalists were arrested in Lagos on Friday.");
        assertThat(passive).anyMatch(e -> e.source() == null && e.code().startsWith("173") && country(e.target()).equals("NGA"));
        // A statement needs its speaker, and PETRARCH's convention always names a source.
        assertThat(code("Diplomats said on Monday that Ghana would host the summit.")).allMatch(e -> e.source() != null);
        assertThat(code("Unidentified gunmen killed three Kenyan soldiers near the border on Sunday.",
                EventCoder.builtIn().literal())).allMatch(e -> e.source() != null);
    }

    @Test
    void protestersWithoutAnActorCodeStillProtestAgainstTheirTarget() {
        List<Event> es = code("Thousands of students began a hunger strike on Monday to protest against the Ugandan "
                + "government's decision to close the universities.");
        assertThat(es).anyMatch(e -> e.plover().equals("PROTEST") && e.source() == null && country(e.target()).equals("UGA"));
    }
}
