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

    public SentenceModel(Map<String, Double> weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    public static SentenceModel builtIn() {
        SentenceModel m = builtIn;
        if (m == null) {
            try (InputStream in = SentenceModel.class.getResourceAsStream("/org/dateline/quote/sentence-model.tsv")) {
                if (in == null) throw new IllegalStateException("sentence model missing from the jar");
                Map<String, Double> w = new HashMap<>();
                double b = 0;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    int tab = line.lastIndexOf('\t');
                    String f = line.substring(0, tab);
                    double v = Double.parseDouble(line.substring(tab + 1));
                    if (f.equals("<bias>")) b = v;
                    else w.put(f, v);
                }
                m = new SentenceModel(w, b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            builtIn = m;
        }
        return m;
    }

    /** The features of tokens {@code [from, to)} of one sentence. */
    public static Set<String> features(List<Token> toks, int from, int to, CueLexicon lexicon) {
        Set<String> f = new LinkedHashSet<>();
        double maxShare = 0;
        int words = 0;
        for (int i = from; i < to; i++) {
            String t = toks.get(i).text();
            if (t.isEmpty()) continue;
            char c = t.charAt(0);
            if (QuoteMarks.isDouble(c) || t.equals("''")) f.add("<quote>");
            if (!Character.isLetter(c)) continue;
            words++;
            String w = t.toLowerCase(java.util.Locale.ROOT);
            if (i == from) f.add("<first>" + w);
            f.add(w);
            maxShare = Math.max(maxShare, lexicon.share(w));
        }
        f.add(maxShare >= 0.5 ? "<cue>high" : maxShare >= 0.25 ? "<cue>mid" : maxShare >= 0.1 ? "<cue>low" : "<cue>none");
        f.add(words < 6 ? "<len>short" : words < 15 ? "<len>mid" : words < 30 ? "<len>long" : "<len>vlong");
        return f;
    }

    public double probability(Set<String> features) {
        double z = bias;
        for (String f : features) z += weights.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }
}
