package org.dateline.actor;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.actor.internal.ActorDictionary;
import org.dateline.actor.internal.AgentDictionary;
import org.dateline.actor.internal.Dictionaries;
import org.dateline.actor.internal.MentionFinder;
import org.dateline.text.Text;

/**
 * Finds people, organisations, countries and places in text and resolves them to CAMEO actors on a date,
 * with the CAMEO/Phoenix actor and agent dictionaries (longest match; country + role compounds such as
 * "US President Joe Biden" or "Putin's adviser"; roles bounded by date) and capitalised names the
 * dictionaries do not know (actor null). Immutable and thread-safe.
 */
public final class EntityRecognizer {
    private static final System.Logger LOG = System.getLogger(EntityRecognizer.class.getName());
    private static volatile EntityRecognizer builtIn;

    private final MentionFinder finder;
    private final List<String> warnings;

    private EntityRecognizer(ActorDictionary actors, AgentDictionary agents, boolean shipped) {
        this.finder = new MentionFinder(actors, agents, Dictionaries.cityNames());
        this.warnings = List.copyOf(Dictionaries.warnings(actors, agents));
        // The shipped Phoenix files have a few known bad lines: only a user's own files warn loudly.
        for (String w : warnings) LOG.log(shipped ? Level.DEBUG : Level.WARNING, w);
    }

    /** With the built-in dictionaries (Phoenix plus Dateline's own updates), read once per JVM. */
    public static EntityRecognizer builtIn() {
        EntityRecognizer r = builtIn;
        if (r == null) {
            synchronized (EntityRecognizer.class) {
                r = builtIn;
                if (r == null) {
                    r = new EntityRecognizer(Dictionaries.builtInActors(), Dictionaries.builtInAgents(), true);
                    builtIn = r;
                }
            }
        }
        return r;
    }

    /**
     * With dictionaries from files; a null or empty argument keeps the built-in one. Malformed lines are
     * skipped with a warning naming file and line (Problem E008, see {@link #warnings()}).
     *
     * @param actorFiles actor dictionaries ({@code --actors})
     * @param agentFile  agent dictionary ({@code --agents})
     * @throws org.dateline.DatelineException E009 when a file cannot be read
     */
    public static EntityRecognizer load(List<Path> actorFiles, Path agentFile) {
        if ((actorFiles == null || actorFiles.isEmpty()) && agentFile == null) return builtIn();
        ActorDictionary actors = actorFiles == null || actorFiles.isEmpty() ? Dictionaries.builtInActors()
                : Dictionaries.readActors(actorFiles);
        AgentDictionary agents = agentFile == null ? Dictionaries.builtInAgents() : Dictionaries.readAgents(agentFile);
        return new EntityRecognizer(actors, agents, false);
    }

    /** Problems met reading the dictionaries, one line each ("file: dictionary line N: ... [E008: ...]"). */
    public List<String> warnings() {
        return warnings;
    }

    /** The mentions in {@code text}, in text order, resolved against {@code date} (null: today's roles). */
    public List<Entity> recognize(Text text, LocalDate date) {
        return finder.find(text, date);
    }

    /**
     * As {@link #recognize(Text, LocalDate)}, and with {@code unnamedAgents} an agent that names no actor
     * ("students", "a senior official") is a mention too, coded "---" plus its role ("---EDU", "---GOV"):
     * PETRARCH's convention for an actor it cannot name, which its validation suite expects.
     */
    public List<Entity> recognize(Text text, LocalDate date, boolean unnamedAgents) {
        return finder.find(text, date, unnamedAgents);
    }
}
