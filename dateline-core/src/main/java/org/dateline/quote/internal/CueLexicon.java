package org.dateline.quote.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.text.Token;

/** The cue words and phrases of reported speech, read from {@code cues.tsv}, matched token by token. */
public final class CueLexicon {
    /** The construction a cue takes; see the lexicon file's header. */
    public enum Type { SAY, TELL, THINK, THAT, ACCORDING, LEARNED }

    /** A cue found at tokens {@code [first, last]} (inclusive). */
    public record Match(int first, int last, Type type) {
    }

    private record Entry(String[] words, Type type) {
    }

    private static volatile CueLexicon builtIn;

    private final Map<String, List<Entry>> byFirstWord;

    /** Words the PolNeAR-trained weights call cues often enough, beyond the curated entries. */
    private final java.util.Set<String> learned;

    /** Share of each word's training occurrences that were part of a cue (words cued at least 4 times). */
    private final Map<String, Double> shares;

    private CueLexicon(Map<String, List<Entry>> byFirstWord, java.util.Set<String> learned,
                       Map<String, Double> shares) {
        this.byFirstWord = byFirstWord;
        this.learned = learned;
        this.shares = shares;
    }

    /** How often {@code word} (lower case) was a cue in the training articles, 0 when rarely or never. */
    public double share(String word) {
        return shares.getOrDefault(word, 0.0);
    }

    /** Minimum share of a word's occurrences that were cues in training for it to count as one. */
    static final double LEARNED_SHARE = 0.5;
    static final int LEARNED_MIN = 4;

    public static CueLexicon builtIn() {
        CueLexicon l = builtIn;
        if (l == null) {
            try (InputStream in = CueLexicon.class.getResourceAsStream("/org/dateline/quote/cues.tsv");
                 InputStream w = CueLexicon.class.getResourceAsStream("/org/dateline/quote/cue-weights.tsv")) {
                if (in == null || w == null) throw new IllegalStateException("cue lexicon missing from the jar");
                l = read(in, w);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = l;
        }
        return l;
    }

    static CueLexicon read(InputStream in, InputStream weights) throws IOException {
        Map<String, List<Entry>> map = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            String[] words = f[1].trim().toLowerCase(Locale.ROOT).split(" +");
            map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, Type.valueOf(f[0].trim())));
        }
        // Longest phrase first, so "went on to argue" wins over a shorter reading.
        map.values().forEach(list -> list.sort((a, b) -> b.words.length - a.words.length));
        java.util.Set<String> learned = new java.util.HashSet<>();
        Map<String, Double> shares = new HashMap<>();
        BufferedReader wr = new BufferedReader(new InputStreamReader(weights, StandardCharsets.UTF_8));
        for (String line; (line = wr.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            int cue = Integer.parseInt(f[1]);
            int seen = Integer.parseInt(f[2]);
            if (cue < LEARNED_MIN) continue;
            double share = (double) cue / (seen + 1);
            shares.put(f[0], share);
            // Adverbs and auxiliaries sit inside annotated cues ("reportedly said") without being cues.
            if (share >= LEARNED_SHARE && !map.containsKey(f[0]) && !Words.BETWEEN.contains(f[0])) learned.add(f[0]);
        }
        return new CueLexicon(map, learned, shares);
    }

    /** The cue starting at token {@code i} (not past {@code limit}, exclusive), or null. */
    public Match match(List<Token> tokens, int i, int limit) {
        Token t = tokens.get(i);
        if (!plausibleCase(tokens, i)) return null;
        String lw = t.text().toLowerCase(Locale.ROOT);
        List<Entry> entries = byFirstWord.get(lw);
        if (entries == null) return learned.contains(lw) ? new Match(i, i, Type.LEARNED) : null;
        for (Entry e : entries) {
            int n = e.words.length;
            if (i + n > limit) continue;
            boolean ok = true;
            for (int k = 1; k < n && ok; k++) {
                ok = tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(e.words[k]);
            }
            if (ok) return new Match(i, i + n - 1, e.type);
        }
        return null;
    }

    /** Lower case, or title case inside a title-case run (a headline: "Kremlin Says ..."). */
    private static boolean plausibleCase(List<Token> tokens, int i) {
        String w = tokens.get(i).text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return true;
        if (i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence()) return true; // "According to ..."
        String prev = tokens.get(i - 1).text();
        return !prev.isEmpty() && Character.isUpperCase(prev.charAt(0)) && Character.isLetter(prev.charAt(0))
                && tokens.get(i - 1).sentence() == tokens.get(i).sentence();
    }
}
