package org.dateline.page.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTest {
    @Test
    void keepsTheNameAlone() {
        assertThat(Bylines.clean("Eingestellt von Weinlachgummi")).isEqualTo("Weinlachgummi");
        assertThat(Bylines.clean("View all posts by Jane Roe")).isEqualTo("Jane Roe");
        assertThat(Bylines.clean("Beitrag von Jane Roe » 21.01.2009, 05:42")).isEqualTo("Jane Roe");
        assertThat(Bylines.clean("Jane Roe Fr, 18. Oktober 2019")).isEqualTo("Jane Roe");
        assertThat(Bylines.clean("Autor: Jane Roe,")).isEqualTo("Jane Roe");
        assertThat(Bylines.clean("Redacci&oacute;n Diario")).isEqualTo("Redacción Diario");
    }

    @Test
    void whatIsNoNameGivesNothing() {
        assertThat(Bylines.clean("admin")).isNull();
        assertThat(Bylines.clean("https://example.org/team/jane")).isNull();
        assertThat(Bylines.clean("jane[at]example.org")).isNull();
        assertThat(Bylines.clean("Zuletzt geändert am")).isNull();
        assertThat(Bylines.clean("9 articles")).isNull();
    }

    @Test
    void aCreditOrADateLabelIsNoName() {
        assertThat(Bylines.clean("Bild © hr")).isNull();
        assertThat(Bylines.clean("Veröffentlicht")).isNull();
        assertThat(Bylines.clean("Jane Roe Publiziert 4. Februar 2021")).isEqualTo("Jane Roe");
    }

    @Test
    void aRoleInBracketsAndAPressLabelAreCut() {
        assertThat(Bylines.clean("Jane Roe (Pressesprecherin des Verbands)")).isEqualTo("Jane Roe");
        assertThat(Bylines.clean("Redaktion: Jane Roe")).isEqualTo("Jane Roe");
        assertThat(Bylines.inText("Herausgeber: Roe Windkraft SE")).containsExactly("Roe Windkraft SE");
    }

    @Test
    void anInterviewsCreditNamesTheInterviewerNotTheOneAsked() {
        assertThat(Bylines.inText("Ein Interview von Jane Roe mit John Doe.")).containsExactly("Jane Roe");
    }

    @Test
    void findsABylineInRunningText() {
        assertThat(Bylines.inText("Von Roland Brandt und Sara Engel")).containsExactly("Roland Brandt", "Sara Engel");
        assertThat(Bylines.inText("By the way, the pier is closed")).isEmpty();
        assertThat(Bylines.inText("Par Didier Lenoir, 21 juin 2018")).containsExactly("Didier Lenoir");
    }
}
