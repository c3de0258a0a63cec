package org.dateline.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.actor.Entity;
import org.dateline.place.internal.PlaceFinder;
import org.dateline.text.Text;

/**
 * Finds places in text and resolves each to one gazetteer entry, using the story's countries as context.
 * Immutable and thread-safe; the built-in one loads the gazetteer once.
 *
 * <p>What counts as a place: countries (also by common aliases: "U.S.", "Britain"), US states and the other
 * regions of the built-in list, and GeoNames' towns and cities, named in the text. Not places: adjectives
 * ("Russian", though they count as context), continents and other areas without one country ("Europe", "the
 * Middle East", "Latin America"), and a place name inside a longer proper name: "Paris Hilton", "Jordan Peterson",
 * "Michael Jordan" (and "Jordan" alone later in that story), "Washington Post", "Bank of England", "University of
 * Chicago", "Vigo County". Names joined to an organisation by "of"/"for" are part of its name; a place after "in"
 * or "at" says where something is and is kept ("the OSCE in Vienna"; in "Organization for Security and
 * Co-operation in Europe" the last word would be kept if it were a country, but Europe is a continent).
 * Metonymy counts ("Washington warned Moscow"): the name still points at the place.
 *
 * <p>The recogniser's PLACE/COUNTRY mentions are taken as places when the gazetteer knows their text; its
 * PERSON mentions, and ORGANIZATION mentions longer than a place name inside them, veto that name; the country
 * codes of its actors ("RUSGOV") are context for choosing between namesakes.
 */
public final class PlaceResolver {
    private static volatile PlaceResolver builtIn;

    private final Gazetteer gazetteer;
    private final PlaceFinder finder;

    private PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Country c : gazetteer.countries()) neighbours.put(c.iso2(), c.neighbours());
        this.finder = new PlaceFinder(gazetteer.index(), Map.copyOf(neighbours), gazetteer::iso2OfActorCode);
    }

    /** With the built-in GeoNames extract. */
    public static PlaceResolver builtIn() {
        PlaceResolver r = builtIn;
        if (r == null) {
            synchronized (PlaceResolver.class) {
                r = builtIn;
                if (r == null) {
                    r = new PlaceResolver(Gazetteer.builtIn());
                    builtIn = r;
                }
            }
        }
        return r;
    }

    /** The gazetteer places are resolved against. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The places in {@code text}, in text order. */
    public List<Place> resolve(Text text, List<Entity> entities) {
        Objects.requireNonNull(text, "text");
        return finder.resolve(text, entities == null ? List.of() : entities);
    }
}
