package org.dateline.place;

import java.util.List;
import org.dateline.actor.Entity;
import org.dateline.text.Text;

/**
 * Finds places in text and resolves each to one gazetteer entry, using the story's countries as context.
 * PLACEHOLDER API: the place work replaces the bodies, keeping these signatures.
 */
public final class PlaceResolver {
    private PlaceResolver() {
    }

    /** With the built-in GeoNames extract. */
    public static PlaceResolver builtIn() {
        return new PlaceResolver();
    }

    /** The places in {@code text}, in text order. */
    public List<Place> resolve(Text text, List<Entity> entities) {
        return List.of();
    }
}
