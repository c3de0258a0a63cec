package org.dateline.quote.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.text.Token;

/**
 * A logistic-regression model of whether a sentence reports what someone said, thought or intends,
 * trained on the PolNeAR training articles ({@code sentence-model.tsv}; see the README beside it). Its
 * features are the sentence's words, whether it holds a quotation mark, how cue-like its most cue-like
 * word is, its length and its first word; nothing else of the articles is kept.
 */
public final class SentenceModel {
    private static volatile SentenceModel builtIn;

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;

    /** A model: feature weights, bias, and the probability from which a sentence is read as speech. */
    public SentenceModel(Map<String, Double> weights, double bias, double threshold) {
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
    }

    /** The probability from which a sentence no rule read is taken as speech. */
    public double threshold() {
        return threshold;
    }

    public static SentenceModel builtIn() {
        SentenceModel m = builtIn;
        if (m == null) {
            try (InputStream in = SentenceModel.class.getResourceAsStream("/org/dateline/quote/sentence-model.tsv")) {
                if (in == null) throw new IllegalStateException("sentence model missing from the jar");
                Map<String, Double> w = new HashMap<>();
                double b = 0;
                double th = 0.5;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    int tab = line.lastIndexOf('\t');
                    String f = line.substring(0, tab);
                    double v = Double.parseDouble(line.substring(tab + 1));
                    if (f.equals("<bias>")) b = v;
                    else if (f.equals("<threshold>")) th = v;
                    else w.put(f, v);
                }
                m = new SentenceModel(w, b, th);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = m;
        }
        return m;
    }

    /** Where a sentence stands: what the rules found around it. */
    public record Context(boolean title, boolean paragraphStart, boolean previousReported, boolean previousDirect,
            boolean nextReported, boolean opensInQuote) {
    }

    /**
     * The features of tokens {@code [from, to)} of one sentence: its words and word pairs, the cue share of
     * its most cue-like word and that word itself with the word after it, quotation marks, length, first
     * word, and where it stands ({@code context}, may be null).
     */
    public static Set<String> features(List<Token> toks, int from, int to, CueLexicon lexicon, Context context) {
        Set<String> f = new LinkedHashSet<>();
        double maxShare = 0;
        int words = 0;
        String best = null;
        String afterBest = "<end>";
        String prev = "<s>";
        int cueish = 0;
        for (int i = from; i < to; i++) {
            String t = toks.get(i).text();
            if (t.isEmpty()) continue;
            char c = t.charAt(0);
            if (QuoteMarks.isDouble(c) || t.equals("''")) f.add("<quote>");
            if (t.equals(":")) f.add("<colon>");
            if (!Character.isLetter(c)) {
                if (t.equals(",")) prev = ",";
                continue;
            }
            words++;
            String w = t.toLowerCase(java.util.Locale.ROOT);
            if (i == from) f.add("<first>" + w);
            f.add(w);
            f.add(prev + "_" + w);
            if (best != null && afterBest == null) afterBest = w;
            double share = lexicon.share(w);
            if (share >= 0.1) cueish++;
            if (share > maxShare) {
                maxShare = share;
                best = w;
                afterBest = null;
            }
            prev = w;
        }
        f.add(maxShare >= 0.5 ? "<cue>high" : maxShare >= 0.25 ? "<cue>mid" : maxShare >= 0.1 ? "<cue>low" : "<cue>none");
        f.add(words < 6 ? "<len>short" : words < 15 ? "<len>mid" : words < 30 ? "<len>long" : "<len>vlong");
        f.add(cueish == 0 ? "<cues>0" : cueish == 1 ? "<cues>1" : cueish == 2 ? "<cues>2" : "<cues>3+");
        if (best != null && maxShare >= 0.1) {
            f.add("<cw>" + best);
            f.add("<cw+>" + (afterBest == null ? "<end>" : afterBest));
        }
        if (context != null) {
            if (context.title()) f.add("<title>");
            if (context.paragraphStart()) f.add("<par>");
            if (context.previousReported()) f.add("<prev>");
            if (context.previousDirect()) f.add("<prevdirect>");
            if (context.nextReported()) f.add("<next>");
            if (context.opensInQuote()) f.add("<inquote>");
        }
        return f;
    }

    /** The features without context (the first, context-free model). */
    public static Set<String> features(List<Token> toks, int from, int to, CueLexicon lexicon) {
        return features(toks, from, to, lexicon, null);
    }

    public double probability(Set<String> features) {
        double z = bias;
        for (String f : features) z += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }
}
