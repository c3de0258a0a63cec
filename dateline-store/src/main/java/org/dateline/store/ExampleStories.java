package org.dateline.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dateline.Story;
import org.dateline.actor.Actor;
import org.dateline.actor.Entity;
import org.dateline.actor.EntityType;
import org.dateline.event.Event;
import org.dateline.page.Outlet;
import org.dateline.page.Page;
import org.dateline.page.PublishedBasis;
import org.dateline.place.Place;
import org.dateline.quote.Quote;
import org.dateline.quote.QuoteKind;
import org.dateline.quote.Speaker;
import org.dateline.text.Text;
import org.dateline.time.TimeExpression;

/**
 * Hand-made stories with quotes, actors, times, places and coded events, written for this project: a small
 * archive that does not depend on what the engine's stages find today. Used by demos and by the tests of
 * the store, the CLI and the server. Offsets are computed from the texts, so they always hold.
 */
public final class ExampleStories {
    private ExampleStories() {
    }

    /** Writes {@link #all()} into a new archive at {@code file}, ingested at a fixed instant; returns the file. */
    public static Path archive(Path file) {
        try (Archive a = Archive.open(file)) {
            a.add(all(), Instant.parse("2022-02-02T10:00:00Z"));
        }
        return file;
    }

    /** Three ordinary stories (two on Russian-American talks, one on a farmers' protest). */
    public static List<Story> all() {
        return List.of(kremlinCall(), genevaTalks(), farmersProtest());
    }

    public static Story kremlinCall() {
        String t = "Moscow, December 30. The Kremlin said on Thursday it was satisfied with a phone call between the "
                + "Russian and American presidents.\n\n\"The conversation was frank and businesslike,\" Yuri Ushakov, "
                + "a foreign policy adviser, told reporters. He added that Moscow wanted written guarantees.\n\n"
                + "Washington warned of sweeping sanctions if Russian troops crossed into Ukraine.";
        B b = new B(t);
        Actor kremlin = new Actor("RUSGOV", "Kremlin");
        Actor ushakov = new Actor("RUSGOV", "Yuri Ushakov");
        Actor washington = new Actor("USAGOV", "Washington");
        b.entity("Kremlin", EntityType.ORGANIZATION, kremlin);
        b.entity("Yuri Ushakov", EntityType.PERSON, ushakov);
        b.entity("Washington", EntityType.COUNTRY, washington);
        b.time("December 30", "2021-12-30");
        b.time("Thursday", "2021-12-30");
        b.place("Moscow", "Moscow", "RU", 55.7522, 37.6156);
        b.place("Ukraine", "Ukraine", "UA", 49.0, 32.0);
        b.quote("The conversation was frank and businesslike,", QuoteKind.DIRECT, "told",
                b.speaker("Yuri Ushakov", "RUSGOV", "a foreign policy adviser"));
        b.event("040", "Consult", "CONSULT", kremlin, new Actor("USAGOV", "American presidents"), "2021-12-30",
                "a phone call", null, null);
        b.event("051", "Praise or endorse", "COOPERATE", ushakov, new Actor("USAGOV", "American presidents"),
                "2021-12-30", "The conversation was frank and businesslike,", 0, null);
        b.event("1312", "Threaten with sanctions, boycott, embargo", "THREATEN", washington, new Actor("RUS", "Russian"),
                "2021-12-30", "warned of sweeping sanctions", null, null);
        return b.story("example-kremlin-call", "https://news.example.org/world/kremlin-call",
                "Kremlin welcomes call as sanctions threat looms", "2021-12-30");
    }

    public static Story genevaTalks() {
        String t = "GENEVA — Russian and American diplomats met in Geneva on Monday for talks on security guarantees.\n\n"
                + "Deputy foreign minister Sergei Ryabkov said the talks were difficult but professional. "
                + "\"We cannot accept NATO's expansion,\" Ryabkov said.\n\n"
                + "The United States rejected Moscow's demands, and officials threatened new sanctions.";
        B b = new B(t);
        Actor ryabkov = new Actor("RUSGOV", "Sergei Ryabkov");
        Actor usa = new Actor("USA", "United States");
        b.entity("Sergei Ryabkov", EntityType.PERSON, ryabkov);
        b.entity("United States", EntityType.COUNTRY, usa);
        b.entity("NATO", EntityType.ORGANIZATION, new Actor("IGOWSTNAT", "NATO"));
        b.time("Monday", "2022-01-10");
        b.place("Geneva", "Genève", "CH", 46.2022, 6.1457);
        Speaker sp = b.speaker("Sergei Ryabkov", "RUSGOV", "Deputy foreign minister");
        b.quote("the talks were difficult but professional", QuoteKind.INDIRECT, "said", sp);
        b.quote("We cannot accept NATO's expansion,", QuoteKind.DIRECT, "said", sp);
        b.event("044", "Meet at third location", "CONSULT", new Actor("RUSGOV", "Russian diplomats"),
                new Actor("USAGOV", "American diplomats"), "2022-01-10", "met in Geneva", null,
                new Event.EventPlace("Genève", "CH"));
        b.event("120", "Reject", "REJECT", usa, new Actor("RUSGOV", "Moscow"), "2022-01-10",
                "rejected Moscow's demands", null, null);
        b.event("1312", "Threaten with sanctions, boycott, embargo", "THREATEN", usa, new Actor("RUSGOV", "Moscow"),
                "2022-01-10", "threatened new sanctions", null, null);
        return b.story("example-geneva-talks", "https://news.example.org/world/geneva-talks",
                "Talks in Geneva end without breakthrough", "2022-01-10");
    }

    public static Story farmersProtest() {
        String t = "Hundreds of farmers marched through Nairobi on Tuesday to protest rising fuel prices.\n\n"
                + "\"We cannot plant if we cannot pay for diesel,\" said Grace Wanjiru, who leads a growers' "
                + "cooperative. Police dispersed the crowd with tear gas.";
        B b = new B(t);
        Actor farmers = new Actor("KENAGR", "farmers");
        Actor police = new Actor("KENCOP", "Police");
        b.entity("Grace Wanjiru", EntityType.PERSON, new Actor("KENAGR", "Grace Wanjiru"));
        b.entity("Police", EntityType.ORGANIZATION, police);
        b.time("Tuesday", "2022-02-01");
        b.place("Nairobi", "Nairobi", "KE", -1.2833, 36.8167);
        b.quote("We cannot plant if we cannot pay for diesel,", QuoteKind.DIRECT, "said",
                b.speaker("Grace Wanjiru", "KENAGR", "who leads a growers' cooperative"));
        b.event("141", "Demonstrate or rally", "PROTEST", farmers, new Actor("KENGOV", "government"), "2022-02-01",
                "marched through Nairobi", null, new Event.EventPlace("Nairobi", "KE"));
        b.event("175", "Use tactics of violent repression", "ASSAULT", police, farmers, "2022-02-01",
                "dispersed the crowd with tear gas", null, new Event.EventPlace("Nairobi", "KE"));
        return b.story("example-farmers", null, "Farmers protest fuel prices in Nairobi", "2022-02-01");
    }

    /**
     * A story whose title, body, quote and speaker carry script payloads: each would set {@code
     * document.title} to "pwned" and {@code window.pwned} if a page ever ran it.
     */
    public static Story hostile() {
        String t = "Officials said <script>window.pwned=1;document.title='pwned'</script> nothing happened. "
                + "A reader posted <img src=x onerror=\"window.pwned=2;document.title='pwned'\"> as a comment.\n\n"
                + "\"<script>window.pwned=3</script>All is well,\" said Mallory </title><script>window.pwned=4</script>.";
        B b = new B(t);
        Actor mallory = new Actor("USA\"><script>window.pwned=5</script>", "Mallory <b onmouseover=alert(1)>");
        b.entity("Mallory </title><script>window.pwned=4</script>", EntityType.PERSON, mallory);
        b.quote("<script>window.pwned=3</script>All is well,", QuoteKind.DIRECT, "said",
                b.speaker("Mallory </title><script>window.pwned=4</script>", "USA\"><script>window.pwned=5</script>", null));
        b.event("010", "Make statement <script>window.pwned=6</script>", "OTHER", mallory, null, "2022-03-01",
                "<img src=x onerror=\"window.pwned=2;document.title='pwned'\">", 0, null);
        return b.story("example-hostile", "https://news.example.org/hostile?<script>",
                "<script>document.title='pwned'</script>Hostile headline", "2022-03-01");
    }

    /** Builds one story's mentions from the substrings they cover. */
    private static final class B {
        final String text;
        final List<Entity> entities = new ArrayList<>();
        final List<TimeExpression> times = new ArrayList<>();
        final List<Place> places = new ArrayList<>();
        final List<Quote> quotes = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        B(String text) {
            this.text = text;
        }

        int at(String s) {
            int i = text.indexOf(s);
            if (i < 0) throw new IllegalArgumentException("not in text: " + s);
            return i;
        }

        void entity(String s, EntityType type, Actor actor) {
            int i = at(s);
            entities.add(new Entity(i, i + s.length(), s, type, actor));
        }

        void time(String s, String value) {
            int i = at(s);
            times.add(new TimeExpression(i, i + s.length(), s, "DATE", value));
        }

        void place(String s, String name, String country, double lat, double lon) {
            int i = at(s);
            places.add(new Place(i, i + s.length(), s, name, country, lat, lon));
        }

        Speaker speaker(String s, String code, String role) {
            int i = at(s);
            return new Speaker(s, i, i + s.length(), code, role);
        }

        void quote(String s, QuoteKind kind, String cue, Speaker speaker) {
            int i = at(s);
            quotes.add(new Quote(i, i + s.length(), s, kind, cue, speaker));
        }

        void event(String code, String name, String plover, Actor source, Actor target, String date, String evidence,
                   Integer quote, Event.EventPlace place) {
            int i = at(evidence);
            events.add(new Event(code, name, plover, source, target, date, "text", place, i, i + evidence.length(),
                    quote, false));
        }

        Story story(String id, String url, String title, String published) {
            Page page = new Page(id, url, title, published, PublishedBasis.GIVEN, List.of("Example Desk"),
                    new Outlet("Example News", List.of()), List.of(), text, List.of(), "en");
            return new Story(page, new Text(text, List.of(), List.of()), entities, times, places, quotes, events);
        }
    }
}
