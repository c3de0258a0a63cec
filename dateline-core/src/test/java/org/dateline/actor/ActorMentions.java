package org.dateline.actor;

import java.util.List;
import java.util.Optional;

/** Finding a mention by its text in the recogniser's output, and its actor code, for the actor tests. */
final class ActorMentions {
    private ActorMentions() {
    }

    static Optional<Entity> mention(List<Entity> entities, String text) {
        return entities.stream().filter(e -> e.text().equals(text)).findFirst();
    }

    /** The actor code of the mention with this text (null when it has none); fails when there is no such mention. */
    static String code(List<Entity> entities, String text) {
        Entity e = mention(entities, text).orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + entities));
        return e.actor() == null ? null : e.actor().code();
    }
}
