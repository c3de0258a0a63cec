package org.dateline.actor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People found by surname, and by a surname mistyped by one letter anywhere in it. */
class ActorDictionaryTest {
    private static ActorDictionary dictionary() throws IOException {
        ActorDictionary d = new ActorDictionary();
        d.read(new BufferedReader(new StringReader("""
                FRANCOIS_MITTERRAND_
                \t[FRAGOV 810521-950517]
                JACQUES_CHIRAC_
                \t[FRAGOV 950517-070516]
                """)), "test.actors.txt");
        return d;
    }

    private static List<String> names(List<ActorDictionary.Entry> people) {
        return people.stream().map(e -> e.toString()).toList();
    }

    @Test
    void aSurnameOneLetterOffAnywhereFindsItsOwner() throws IOException {
        ActorDictionary d = dictionary();
        assertThat(d.peopleBySurname("MITTERRAND")).hasSize(1);
        // Dropped, doubled or changed letters at the start, the middle and the end.
        for (String slip : List.of("MITTERAND", "ITTERRAND", "NITTERRAND", "MMITTERRAND", "MTTERRAND", "MITTERRAN",
                "MITTERRANDS", "MITTERREND")) {
            assertThat(d.peopleBySurname(slip)).as(slip).hasSize(1);
        }
        assertThat(names(d.peopleBySurname("MITTERAND"))).isEqualTo(names(d.peopleBySurname("MITTERRAND")));
    }

    @Test
    void twoSlipsOrAShortWordFindNobody() throws IOException {
        ActorDictionary d = dictionary();
        assertThat(d.peopleBySurname("MITERAND")).isEmpty();
        assertThat(d.peopleBySurname("NITTERAND")).isEmpty();
        // Short surnames are too easily one letter from another name: exact only.
        assertThat(d.peopleBySurname("CHIRAC")).hasSize(1);
        assertThat(d.peopleBySurname("CHIRAK")).isEmpty();
    }
}
