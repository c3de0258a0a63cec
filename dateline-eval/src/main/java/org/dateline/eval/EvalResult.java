package org.dateline.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures one evaluation measured, by name ("f1", "precision", "pages_per_second"), in the order
 * they were reported, with how many items were scored.
 */
public record EvalResult(String name, int items, Map<String, Double> figures) {
    public EvalResult {
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    public double figure(String key) {
        Double v = figures.get(key);
        if (v == null) throw new IllegalArgumentException(name + " has no figure " + key);
        return v;
    }

    /** One line per figure, for the terminal and the README. */
    public String summary() {
        StringBuilder sb = new StringBuilder(name).append(" (").append(items).append(" items)");
        figures.forEach((k, v) -> sb.append(String.format("%n  %-24s %.4f", k, v)));
        return sb.toString();
    }
}
