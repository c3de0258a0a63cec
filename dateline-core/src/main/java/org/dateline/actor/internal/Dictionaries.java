package org.dateline.actor.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.DatelineException;
import org.dateline.Problem;

/** The actor and agent dictionaries a recognizer uses; the built-in set is read once per JVM. */
public final class Dictionaries {
    /** Where the shipped dictionaries live on the class path. */
    public static final String RESOURCES = "/org/dateline/cameo/";
    private static final List<String> BUILT_IN_ACTORS = List.of("Phoenix.Countries.actors.txt",
            "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt", "dateline-updates.actors.txt");
    private static final List<String> BUILT_IN_AGENTS = List.of("Phoenix.agents.txt", "dateline-updates.agents.txt");

    private static volatile ActorDictionary builtInActors;
    private static volatile AgentDictionary builtInAgents;
    private static volatile Set<String> cityNames;

    private Dictionaries() {
    }

    public static ActorDictionary builtInActors() {
        ActorDictionary d = builtInActors;
        if (d == null) {
            synchronized (Dictionaries.class) {
                d = builtInActors;
                if (d == null) {
                    ActorDictionary a = new ActorDictionary();
                    for (String name : BUILT_IN_ACTORS) readResource(name, r -> a.read(r, name));
                    builtInActors = a;
                    d = a;
                }
            }
        }
        return d;
    }

    public static AgentDictionary builtInAgents() {
        AgentDictionary d = builtInAgents;
        if (d == null) {
            synchronized (Dictionaries.class) {
                d = builtInAgents;
                if (d == null) {
                    AgentDictionary a = new AgentDictionary();
                    for (String name : BUILT_IN_AGENTS) readResource(name, r -> a.read(r, name));
                    builtInAgents = a;
                    d = a;
                }
            }
        }
        return d;
    }

    /** Normalised names of cities that the country dictionaries list as synonyms of their country. */
    public static Set<String> cityNames() {
        Set<String> s = cityNames;
        if (s == null) {
            Set<String> out = new HashSet<>();
            readResource("phoenix-city-names.txt", r -> {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    out.add(String.join(" ", Words.phrase(line.strip())));
                }
            });
            cityNames = s = Set.copyOf(out);
        }
        return s;
    }

    public static ActorDictionary readActors(List<Path> files) {
        ActorDictionary d = new ActorDictionary();
        for (Path p : files) readFile(p, r -> d.read(r, p.toString()));
        return d;
    }

    public static AgentDictionary readAgents(Path file) {
        AgentDictionary d = new AgentDictionary();
        readFile(file, r -> d.read(r, file.toString()));
        return d;
    }

    /** Reads something from a line reader. */
    public interface ReaderConsumer {
        void accept(BufferedReader reader) throws IOException;
    }

    /** Opens a shipped resource leniently: a stray byte in an old dictionary must not stop the engine. */
    public static void readResource(String name, ReaderConsumer consumer) {
        try (InputStream in = Dictionaries.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) throw new DatelineException(Problem.E009, RESOURCES + name, "missing from the class path");
            consumer.accept(lenient(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a user's dictionary file. */
    public static void readFile(Path path, ReaderConsumer consumer) {
        if (!Files.isReadable(path)) throw new DatelineException(Problem.E009, path.toString(), "file not found or not readable");
        try (InputStream in = Files.newInputStream(path)) {
            consumer.accept(lenient(in));
        } catch (IOException e) {
            throw new DatelineException(Problem.E009, path.toString(), e.getMessage());
        }
    }

    private static BufferedReader lenient(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    }

    /** Every warning of both dictionaries. */
    public static List<String> warnings(ActorDictionary actors, AgentDictionary agents) {
        List<String> w = new ArrayList<>(actors.warnings());
        w.addAll(agents.warnings());
        return w;
    }
}
