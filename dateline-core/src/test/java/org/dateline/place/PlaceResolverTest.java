package org.dateline.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.actor.Actor;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityType;
import org.dateline.text.Text;
import org.dateline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {
    private static final PlaceResolver RESOLVER = PlaceResolver.builtIn();

    private static List<Place> places(String text) {
        return RESOLVER.resolve(TextAnalyzer.analyze(text), List.of());
    }

    private static Optional<Place> first(List<Place> places, String written) {
        return places.stream().filter(p -> p.text().equals(written)).findFirst();
    }

    private static List<String> written(List<Place> places) {
        return places.stream().map(Place::text).toList();
    }

    static Optional<Path> shared() {
        return Stream.of(System.getProperty("dateline.shared"), System.getenv("DATELINE_SHARED"), "/work/shared")
                .filter(s -> s != null && !s.isBlank()).map(Path::of).filter(Files::isDirectory).findFirst();
    }

    @Test
    void resolvesTheExamplePageToTheRightCountries() throws IOException {
        Optional<Path> root = shared();
        assumeThat(root).isPresent();
        Path page = root.get().resolve("examples/kremlin-pleased-biden-putin-talks.txt");
        assumeThat(page).exists();
        String content = Files.readString(page);
        Text text = TextAnalyzer.analyze(content);
        List<Place> places = RESOLVER.resolve(text, List.of());

        assertThat(first(places, "Geneva")).get().satisfies(p -> {
            assertThat(p.country()).isEqualTo("CH");
            assertThat(p.name()).isEqualTo("Genève");
            assertThat(p.lat()).isBetween(46.0, 46.4);
        });
        assertThat(first(places, "Brussels")).get().extracting(Place::country).isEqualTo("BE");
        assertThat(first(places, "Vienna")).get().extracting(Place::country).isEqualTo("AT");
        assertThat(first(places, "Ukraine")).get().extracting(Place::country).isEqualTo("UA");
        assertThat(first(places, "Russia")).get().extracting(Place::country).isEqualTo("RU");
        assertThat(first(places, "Moscow")).get().extracting(Place::country).isEqualTo("RU");
        assertThat(written(places)).doesNotContain("Leave", "Thursday", "Reply", "Kremlin", "West", "God", "Mars",
                "Russian", "Europe", "Russia Today");
        for (Place p : places) assertThat(content.substring(p.start(), p.end())).isEqualTo(p.text());
    }

    @Test
    void cityStatePatternDecides() {
        List<Place> places = places("A tornado tore through Paris, Texas, on Monday, and officials in Lamar County "
                + "said schools would stay closed until Thursday.");
        assertThat(first(places, "Paris")).get().satisfies(p -> {
            assertThat(p.country()).isEqualTo("US");
            assertThat(p.lat()).isBetween(33.0, 34.0);
        });
        assertThat(first(places, "Texas")).get().extracting(Place::country).isEqualTo("US");
    }

    @Test
    void apStyleStateAbbreviationDecides() {
        List<Place> places = places("The plant in Vienna, Va., will close, the company said.");
        assertThat(first(places, "Vienna")).get().satisfies(p -> {
            assertThat(p.country()).isEqualTo("US");
            assertThat(p.lon()).isLessThan(-70);
        });
    }

    @Test
    void genevaInARussiaUsStoryIsInSwitzerland() {
        List<Place> places = places("Russian and American diplomats will meet in Geneva next month, the State "
                + "Department said, after a call between the US and Russia.");
        assertThat(first(places, "Geneva")).get().extracting(Place::country).isEqualTo("CH");
    }

    @Test
    void aNeighbourCountryDoesNotPullCapitalsAway() {
        List<Place> places = places("Tariffs on steel from Canada angered U.S. carmakers, and metal prices in London "
                + "rose.");
        assertThat(first(places, "London")).get().extracting(Place::country).isEqualTo("GB");
    }

    @Test
    void adjectivesBeforeAPlaceDoNotMakeItAName() {
        List<Place> places = places("Shelling resumed in Russian-occupied Crimea, while Iraqi Kurdistan and Soviet "
                + "Georgia were mentioned in the report.");
        assertThat(written(places)).containsExactly("Crimea", "Kurdistan", "Georgia");
        assertThat(places.get(2).country()).isEqualTo("GE");
    }

    @Test
    void listedTownsShareTheirNeighboursState() {
        List<Place> places = places("The fire swept through Chico, Paradise and Oroville before crews contained it.");
        assertThat(written(places)).containsExactly("Chico", "Paradise", "Oroville");
        assertThat(places.get(1).lat()).isBetween(39.0, 40.5); // Paradise, California, not Paradise, Nevada
    }

    @Test
    void datelinesAndStateAbbreviations() {
        List<Place> places = places("KYIV, Ukraine (Reuters) - Officials in Paris, France, Portland, Ore., and "
                + "Birmingham, England, agreed. NASA and the FBI declined to comment.");
        assertThat(places).extracting(Place::text, Place::country).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KYIV", "UA"), org.assertj.core.groups.Tuple.tuple("Ukraine", "UA"),
                org.assertj.core.groups.Tuple.tuple("Paris", "FR"), org.assertj.core.groups.Tuple.tuple("France", "FR"),
                org.assertj.core.groups.Tuple.tuple("Portland", "US"),
                org.assertj.core.groups.Tuple.tuple("Birmingham", "GB"), org.assertj.core.groups.Tuple.tuple("England", "GB"));
        assertThat(first(places, "Portland").get().lon()).isLessThan(-120); // Oregon, not Maine
    }

    @Test
    void writtenFormBreaksCloseTies() {
        List<Place> places = places("She is a microbiologist at Washington University in St. Louis.");
        assertThat(written(places)).containsExactly("St. Louis");
        assertThat(places.get(0).country()).isEqualTo("US");
    }

    @Test
    void bigCitiesWinWithoutContext() {
        List<Place> places = places("Fashion week opened in Paris on Tuesday, while a strike closed museums in Vienna "
                + "and the metro in Brussels.");
        assertThat(first(places, "Paris")).get().extracting(Place::country).isEqualTo("FR");
        assertThat(first(places, "Vienna")).get().extracting(Place::country).isEqualTo("AT");
        assertThat(first(places, "Brussels")).get().extracting(Place::country).isEqualTo("BE");
    }

    @Test
    void georgiaTheCountryNextToRussia() {
        List<Place> places = places("Russian troops remain in two breakaway regions of Georgia, and Tbilisi accuses "
                + "Moscow of creeping annexation. Georgia applied to join the European Union last year.");
        assertThat(places).filteredOn(p -> p.text().equals("Georgia")).isNotEmpty()
                .allSatisfy(p -> assertThat(p.country()).isEqualTo("GE"));
    }

    @Test
    void georgiaTheUsStateInAnAmericanStory() {
        List<Place> places = places("Georgia Gov. Brian Kemp signed the voting bill in Atlanta on Thursday. Critics "
                + "in Georgia said the law would make it harder to vote, and a federal judge in Texas heard a "
                + "similar case.");
        assertThat(places).filteredOn(p -> p.text().equals("Georgia")).hasSize(2)
                .allSatisfy(p -> assertThat(p.country()).isEqualTo("US"));
        assertThat(first(places, "Atlanta")).get().extracting(Place::country).isEqualTo("US");
    }

    @Test
    void washingtonIsTheCityUnlessTheStateIsMeant() {
        List<Place> places = places("Officials in Washington said the sanctions would take effect next week. "
                + "Washington state officials disagreed, and Seattle's mayor called the plan rushed.");
        Place city = places.get(0);
        assertThat(city.text()).isEqualTo("Washington");
        assertThat(city.country()).isEqualTo("US");
        assertThat(city.lat()).isBetween(38.5, 39.2); // the capital, not the state's centre
        Place state = places.get(1);
        assertThat(state.text()).isEqualTo("Washington");
        assertThat(state.lat()).isGreaterThan(45.0);
    }

    @Test
    void peopleNamedAfterPlacesAreNotPlaces() {
        List<Place> places = places("The psychologist Jordan Peterson spoke at a rally, and Paris Hilton attended "
                + "a gala in Los Angeles. Michael Jordan later said Jordan had no plans to retire. The studio cast "
                + "Michael B. Jordan in the film.");
        assertThat(written(places)).containsExactly("Los Angeles");
    }

    @Test
    void commonWordsAndOrganisationNamesAreNotPlaces() {
        List<Place> places = places("Reading the report, analysts said the Bank of England would raise rates. "
                + "Nice weather drew crowds to the beaches in Nice. The University of Chicago published the study. "
                + "NASA said Mars would be visible in March.");
        assertThat(written(places)).containsExactly("Nice");
        assertThat(places.get(0).country()).isEqualTo("FR");
    }

    @Test
    void smallTownsNeedACue() {
        // Mobile and Orange are towns, but here only words; "in Mobile" is the Alabama city.
        List<Place> places = places("Mobile phone sales rose. Orange, the telecoms group, said profits fell. "
                + "The festival in Mobile drew thousands.");
        assertThat(written(places)).containsExactly("Mobile");
        assertThat(places.get(0).country()).isEqualTo("US");
    }

    @Test
    void hyphenatedWordsNameTheirPlaces() {
        List<Place> places = places("A Moscow-based bank financed the Russia-Ukraine pipeline.");
        assertThat(written(places)).containsExactly("Moscow", "Russia", "Ukraine");
        for (Place p : places) assertThat(p.country()).isIn("RU", "UA");
    }

    @Test
    void partsOfHyphenatedNamesAreNotPlaces() {
        List<Place> places = places("The tour stops at the Ak-Chin Pavilion in Phoenix, AZ, and Rose-Lynn sings "
                + "about the Russia-US talks.");
        assertThat(written(places)).containsExactly("Phoenix", "Russia", "US");
        assertThat(places.get(0).country()).isEqualTo("US");
    }

    @Test
    void countryAliasesAndAbbreviations() {
        List<Place> places = places("The U.S. and Britain urged Burma to free the prisoners; the UK said it would "
                + "raise the issue, but us diplomats said nothing.");
        assertThat(places).extracting(Place::text, Place::country).containsExactly(
                org.assertj.core.groups.Tuple.tuple("U.S.", "US"), org.assertj.core.groups.Tuple.tuple("Britain", "GB"),
                org.assertj.core.groups.Tuple.tuple("Burma", "MM"), org.assertj.core.groups.Tuple.tuple("UK", "GB"));
        Place burma = places.get(2);
        assertThat(burma.name()).isEqualTo("Myanmar");
    }

    @Test
    void actorsCountriesDecideAmbiguousNames() {
        String text = "The delegation arrived in Kingston on Monday for two days of talks.";
        Text analyzed = TextAnalyzer.analyze(text);
        Place withoutActors = RESOLVER.resolve(analyzed, List.of()).get(0);
        assertThat(withoutActors.country()).isEqualTo("JM");
        int at = text.indexOf("delegation");
        List<Entity> canadian = List.of(new Entity(at, at + "delegation".length(), "delegation",
                EntityType.ORGANIZATION, new Actor("CANGOV", "Canada")));
        Place withCanada = RESOLVER.resolve(analyzed, canadian).get(0);
        assertThat(withCanada.country()).isEqualTo("CA");
    }

    @Test
    void recognisedPlacesAreResolvedAndPeopleVetoed() {
        String text = "Sources close to Chad Smith said troops moved toward springfield overnight.";
        int chad = text.indexOf("Chad");
        int spring = text.indexOf("springfield");
        List<Entity> entities = List.of(
                new Entity(chad, chad + "Chad Smith".length(), "Chad Smith", EntityType.PERSON, null),
                new Entity(spring, spring + "springfield".length(), "springfield", EntityType.PLACE, null));
        List<Place> places = RESOLVER.resolve(TextAnalyzer.analyze(text), entities);
        assertThat(places).extracting(Place::text).containsExactly("springfield");
        assertThat(places.get(0).country()).isEqualTo("US");
    }

    @Test
    void titleCaseHeadlinesKeepOnlySurePlaces() {
        List<Place> places = places("Storm Leaves Trail Of Damage Across Florida As Cleanup Begins\n\nResidents "
                + "returned home on Friday.");
        assertThat(written(places)).containsExactly("Florida");
    }
}
