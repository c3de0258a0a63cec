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
    void whatOneWarnsAgainstOrThatTakesPlaceIsNoAct() {
        // The warning is the act; the escalation it warns against has not happened.
        List<Event> warned = code("Beijing warned Japan against expanding its military presence near the islands.");
        assertThat(warned).noneMatch(e -> country(e.source()) != null && country(e.source()).equals("JPN"));
        // "took place" means it happened: no seizure of anything.
        List<Event> met = code("The meeting took place in Nairobi amid tensions between Kenya and Somalia over the border.");
        assertThat(met).noneMatch(e -> e.code().startsWith("17"));
    }

    @Test
    void protestersWithoutAnActorCodeStillProtestAgainstTheirTarget() {
        List<Event> es = code("Thousands of students began a hunger strike on Monday to protest against the Ugandan "
                + "government's decision to close the universities.");
        assertThat(es).anyMatch(e -> e.plover().equals("PROTEST") && e.source() == null && country(e.target()).equals("UGA"));
    }

    private static boolean has(List<Event> es, String codePrefix, String source, String target) {
        return es.stream().anyMatch(e -> e.code().startsWith(codePrefix) && java.util.Objects.equals(source, country(e.source()))
                && java.util.Objects.equals(target, country(e.target())));
    }

    @Test
    void aNounBeforeAModalEndsTheSubjectOfAReportedDemand() {
        // "forces" is no verb here: the Union demands that the forces withdraw.
        assertThat(has(code("The African Union said Ethiopian forces must withdraw from the border town."), "10", "IGO", "ETH"))
                .isTrue();
        assertThat(has(code("The Arab League said Egypt must be ready to mediate between the factions."), "10", "IGO", "EGY"))
                .isTrue();
    }

    @Test
    void gerundsAfterVerbsAndPrepositionsAreVerbs() {
        assertThat(code("Chilean miners began blocking roads near the capital on Tuesday."))
                .anyMatch(e -> e.code().startsWith("144") && "CHL".equals(country(e.source())));
        assertThat(code("Sudan is guilty of violating the ceasefire in Darfur, the United Nations said."))
                .anyMatch(e -> e.code().equals("196") && "SDN".equals(country(e.source())));
    }

    @Test
    void anInfinitiveIsNeverAnSFormSoToDemandsIsANoun() {
        List<Event> es = code("The Kenyan president conceded to demands from opposition leaders to reform the police.");
        assertThat(es).anyMatch(e -> e.plover().equals("CONCEDE") && "KEN".equals(country(e.source())));
        assertThat(es).noneMatch(e -> e.code().startsWith("10"));
    }

    @Test
    void readinessAndWillingnessMakeTheWholeChainIntended() {
        assertThat(code("Ghana is ready to contribute troops to a peacekeeping force in Mali."))
                .anyMatch(e -> e.code().startsWith("033") && "GHA".equals(country(e.source())));
        // "to help" is what the intended sending is for: intended too, not aid given.
        List<Event> es = code("Norway is willing to send engineers to help rebuild Iraqi schools.");
        assertThat(es).anyMatch(e -> e.plover().equals("AGREE") && "NOR".equals(country(e.source())));
        assertThat(es).noneMatch(e -> e.plover().equals("AID"));
    }

    @Test
    void anAnnouncedSanctionIsImposedWhileAnAnnouncedConcessionIsAPledge() {
        assertThat(has(code("Canada announced on Monday it would ban all imports from Iran."), "163", "CAN", "IRN")).isTrue();
        assertThat(code("Uganda announced on Monday it would release the detained Kenyan fishermen."))
                .anyMatch(e -> e.code().startsWith("03") && "UGA".equals(country(e.source())));
    }

    @Test
    void aCourtDecisionToAllowIsTheConcession() {
        List<Event> es = code("Zimbabwe's electoral court decided to allow opposition candidates to run in the elections.");
        assertThat(es).anyMatch(e -> e.plover().equals("CONCEDE") && "ZWE".equals(country(e.source())));
        assertThat(es).noneMatch(e -> e.plover().equals("AGREE"));
    }

    @Test
    void aLightVerbWithAnEventNounCodesTheNoun() {
        assertThat(has(code("The Russian foreign minister issued a stern warning to Georgia on Monday."), "13", "RUS", "GEO")).isTrue();
        assertThat(code("Britain speeded up the withdrawal of its troops from Iraq."))
                .anyMatch(e -> e.code().startsWith("087") && "GBR".equals(country(e.source())));
    }

    @Test
    void aWithheldYieldIsARefusal() {
        List<Event> es = code("Turkey said it would not release the detained Greek journalists.");
        assertThat(es).anyMatch(e -> e.code().equals("1243") && !e.negated() && "TUR".equals(country(e.source()))
                && "GRC".equals(country(e.target())));
        assertThat(es).noneMatch(e -> e.code().startsWith("08"));
    }

    @Test
    void theActorInsideAnAppositionIsNotTheSubject() {
        List<Event> es = code("Kenya, a key U.S. partner in the region, has refused to send troops to Somalia.");
        assertThat(es).anyMatch(e -> e.plover().equals("REJECT") && "KEN".equals(country(e.source())));
        assertThat(es).noneMatch(e -> "USA".equals(country(e.source())));
    }

    @Test
    void aPluralBeforeAPastVerbIsTheSubjectNotAVerb() {
        List<Event> es = code("Ethiopian forces killed five Somali fighters on Monday.");
        assertThat(has(es, "19", "ETH", "SOM")).isTrue();
        assertThat(es).noneMatch(e -> e.code().startsWith("17"));
    }

    @Test
    void anAttitudeParticipleKeepsItsSubjectAsTheActor() {
        assertThat(has(code("Israel is opposed to Egyptian mediation in the talks."), "12", "ISR", "EGY")).isTrue();
    }

    @Test
    void aBarePrepositionPatternStaysWithItsOwnVerb() {
        // "against" belongs to "protect", so the demand is not coded as disapproval (CAMPAIGN * AGAINST).
        List<Event> es = code("Kurdish leaders are demanding a larger Iraqi police force to protect them against militias.");
        assertThat(es).anyMatch(e -> e.code().startsWith("10"));
        assertThat(es).noneMatch(e -> e.code().startsWith("11"));
    }

    @Test
    void aSubordinateClauseKeepsItsSubjectAndAReducedPassiveItsAgent() {
        List<Event> es = code("The talks, hosted by Qatar, were suspended after Israel launched new air strikes on Gaza.");
        assertThat(es).anyMatch(e -> e.code().startsWith("19") && "ISR".equals(country(e.source())));
        assertThat(es).anyMatch(e -> e.code().startsWith("04") && "QAT".equals(country(e.source())));
        assertThat(es).noneMatch(e -> e.source() == null);
    }
}
