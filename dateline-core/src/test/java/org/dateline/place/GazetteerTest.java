package org.dateline.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.builtIn();

    @Test
    void findsCountriesByCodeNameAndAlias() {
        assertThat(gazetteer.country("CH")).get().extracting(Country::name).isEqualTo("Switzerland");
        assertThat(gazetteer.country("che")).get().extracting(Country::iso2).isEqualTo("CH");
        assertThat(gazetteer.country("Switzerland")).get().extracting(Country::iso3).isEqualTo("CHE");
        assertThat(gazetteer.country("Britain")).get().extracting(Country::iso2).isEqualTo("GB");
        assertThat(gazetteer.country("Atlantis")).isEmpty();
        assertThat(gazetteer.country("RU").get().capital()).isEqualTo("Moscow");
    }

    @Test
    void mapsCameoActorCodesToCountries() {
        assertThat(gazetteer.iso2OfActorCode("RUSGOV")).contains("RU");
        assertThat(gazetteer.iso2OfActorCode("USA")).contains("US");
        assertThat(gazetteer.iso2OfActorCode("CHE")).contains("CH");
        assertThat(gazetteer.iso2OfActorCode("IGOEUREEC")).isEmpty();
    }

    @Test
    void looksUpPlacesIgnoringCaseAndDiacritics() {
        assertThat(gazetteer.lookup("geneve")).first().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Genève");
            assertThat(e.country()).isEqualTo("CH");
        });
        assertThat(gazetteer.lookup("Geneva")).extracting(GazetteerEntry::country).contains("CH", "US");
        assertThat(gazetteer.lookup("Kiev")).extracting(GazetteerEntry::name).contains("Kyiv");
        assertThat(gazetteer.lookup("St. Petersburg")).extracting(GazetteerEntry::country).contains("RU");
        assertThat(gazetteer.lookup("Georgia")).extracting(GazetteerEntry::kind)
                .contains(GazetteerEntry.Kind.COUNTRY, GazetteerEntry.Kind.REGION);
        assertThat(gazetteer.lookup("Nowhereville")).isEmpty();
    }

    @Test
    void everyCountryHasCoordinates() {
        assertThat(gazetteer.countries()).hasSizeGreaterThan(240)
                .allSatisfy(c -> assertThat(Math.abs(c.lat()) + Math.abs(c.lon())).isGreaterThan(0));
    }
}
