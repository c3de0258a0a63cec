package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityRecognizer;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** Verb families and patterns of dateline-updates.verbs.txt, each coded after the CAMEO 1.1b3 codebook. */
class VerbFamiliesTest {
    private static final LocalDate DAY = LocalDate.of(2018, 3, 12);

    private static List<Event> code(String s) {
        Text text = TextAnalyzer.analyze(s);
        List<Entity> entities = EntityRecognizer.builtIn().recognize(text, DAY);
        return EventCoder.builtIn().code(text, entities, List.of(), List.of(), List.of(), DAY);
    }

    private static boolean coded(String sentence, String code) {
        return code(sentence).stream().anyMatch(e -> e.code().equals(code));
    }

    @Test
    void killingALeaderIsAssassination() {
        assertThat(coded("Islamist militants killed the deputy governor of a Somali province on Sunday.", "186")).isTrue();
    }

    @Test
    void minesAreMilitaryForceNotBombing() {
        assertThat(coded("A landmine explosion killed three Colombian soldiers on Friday.", "190")).isTrue();
    }

    @Test
    void defyingABanAndViolatingATruceAreDifferentEvents() {
        assertThat(coded("Egyptian opposition groups defied a ban on street protests.", "128")).isTrue();
        assertThat(coded("Indian troops violated the truce along the Pakistani border.", "196")).isTrue();
    }

    @Test
    void aLawsuitIsCameo115WhateverItIsFor() {
        assertThat(coded("A Kenyan activist is suing the Ugandan government for damages.", "115")).isTrue();
    }

    @Test
    void humanShieldsAndExpulsionsFromHomes() {
        assertThat(coded("Rebels in Yemen are holding villagers as human shields, the Saudi army said.", "184")).isTrue();
        assertThat(coded("Burmese soldiers forced thousands of Rohingya villagers from their homes.", "201")).isTrue();
    }

    @Test
    void allowingAidThroughReturningForTalksStoppingWorkAndInsisting() {
        assertThat(coded("Syria allowed the delivery of food to besieged towns near Damascus.", "0863")).isTrue();
        assertThat(code("Iranian and French negotiators return to Vienna for talks on Monday."))
                .anyMatch(e -> e.plover().equals("CONSULT"));
        assertThat(coded("Nigerian oil workers stopped work on Monday.", "143")).isTrue();
        assertThat(coded("Kenyan opposition leaders insisted on a recount of the votes.", "100")).isTrue();
    }

    @Test
    void pressuringIsDemandingAndGuidedMissilesAreAerialWeapons() {
        assertThat(coded("Chinese officials have been pressuring Taiwanese companies to cancel their contracts.", "100")).isTrue();
        assertThat(coded("Russian aircraft using guided missiles killed ten Syrian rebels near Aleppo.", "195")).isTrue();
    }

    @Test
    void callingForSanctionsRalliesOppositionAndCallingForCalmIsAnAppeal() {
        assertThat(code("The Nigerian archbishop on Sunday called for sanctions against Zimbabwe."))
                .anyMatch(e -> e.code().equals("113") && e.target() != null && e.target().code().startsWith("ZWE"));
        assertThat(code("The Kenyan opposition called for calm on Monday.")).anyMatch(e -> e.code().startsWith("02"))
                .noneMatch(e -> e.code().equals("041"));
    }
}
