package org.dateline.actor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.text.Text;

/**
 * Finds people, organisations, countries and places in text and resolves them to CAMEO actors on a date.
 * PLACEHOLDER API: the actor work replaces the bodies, keeping these signatures.
 */
public final class EntityRecognizer {
    private EntityRecognizer() {
    }

    /** With the built-in dictionaries (Phoenix plus Dateline's own updates). */
    public static EntityRecognizer builtIn() {
        return new EntityRecognizer();
    }

    /**
     * With dictionaries from files; a null or empty argument keeps the built-in one.
     *
     * @param actorFiles actor dictionaries ({@code --actors})
     * @param agentFile  agent dictionary ({@code --agents})
     */
    public static EntityRecognizer load(List<Path> actorFiles, Path agentFile) {
        return new EntityRecognizer();
    }

    /** The mentions in {@code text}, in text order, resolved against {@code date} (null: today's roles). */
    public List<Entity> recognize(Text text, LocalDate date) {
        return List.of();
    }
}
