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
 * <p>What counts as a place: countries, US states and other regions of the built-in list, and GeoNames' towns and
 * cities, named in the text (not adjectives: "Russian" is not a place). A place name inside a longer proper name is
 * not a place of the story: "Paris Hilton", "Jordan Peterson", "Bank of England", "University of Chicago". A place
 * after "in"/"at" that follows an organisation's name is one ("the OSCE in Vienna"): it says where something is.
 * Continents and other regions without a country ("Europe", "the Middle East") are not resolved.
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
