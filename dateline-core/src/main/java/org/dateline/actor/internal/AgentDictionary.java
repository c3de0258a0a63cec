package org.dateline.actor.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.Problem;

/**
 * A CAMEO agent dictionary in the PETRARCH format: {@code PHRASE {plural} [~CODE]}, where {@code ~CODE}
 * is appended to the actor's code ("RUS" + "~GOV" = "RUSGOV") and {@code CODE~} is put in front;
 * {@code !SET! = A, B} substitution sets expand a marker in later phrases; regular plurals are made unless
 * the braces are empty.
 */
public final class AgentDictionary {
    /** An agent: its code and whether it goes before the actor's code. */
    public record Agent(String code, boolean prefix, String phrase) {
        /** Combines with an actor code; avoids doubling a code the actor already carries. */
        public String applyTo(String actorCode) {
            if (actorCode == null || actorCode.isEmpty()) return null;
            if (prefix) return actorCode.startsWith(code) ? actorCode : code + actorCode;
            if (actorCode.length() > 3 && actorCode.substring(3).startsWith(code)) return actorCode;
            if (actorCode.length() > 3 && code.startsWith(actorCode.substring(3))) return actorCode.substring(0, 3) + code;
            return actorCode + code;
        }
    }

    // Agents list their plurals ("POLICE {}" has none): no guessing one from "-S".
    private final PhraseTrie<Agent> phrases = new PhraseTrie<>(false);
    private final Map<String, List<String>> substitutions = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public PhraseTrie<Agent> phrases() {
        return phrases;
    }

    public List<String> warnings() {
        return warnings;
    }

    public void read(BufferedReader in, String file) throws IOException {
        for (DictionaryLines.Line l : DictionaryLines.read(in)) {
            int lineNo = l.number();
            String body = l.body();
            try {
                if (body.startsWith("!") && body.indexOf('=') > 0) {
                    String marker = body.substring(0, body.indexOf('=')).strip();
                    List<String> items = new ArrayList<>();
                    for (String s : body.substring(body.indexOf('=') + 1).split(",")) {
                        if (!s.isBlank()) items.add(s.strip().toUpperCase());
                    }
                    substitutions.put(marker.toUpperCase(), items);
                    continue;
                }
                entry(body);
            } catch (IllegalArgumentException e) {
                warnings.add(Problem.E008.format(file, lineNo, e.getMessage()));
            }
        }
    }

    private void entry(String body) {
        int open = body.indexOf('[');
        // The validation file has "[~LEG}" once: accept either closing bracket.
        int close = open < 0 ? -1 : Math.max(body.indexOf(']', open), body.indexOf('}', open));
        if (open < 0 || close < 0) throw new IllegalArgumentException("no [code] in '" + body + "'");
        String code = body.substring(open + 1, close).strip().toUpperCase();
        String head = body.substring(0, open).strip();
        if (!code.contains("~")) throw new IllegalArgumentException("agent code without '~': '" + code + "'");
        boolean prefix = code.endsWith("~");
        String bare = code.replace("~", "");
        String phrase = head;
        String plural = null;
        boolean noPlural = false;
        int brace = head.indexOf('{');
        if (brace >= 0) {
            int end = head.indexOf('}', brace);
            if (end < 0) throw new IllegalArgumentException("unclosed '{' in '" + body + "'");
            phrase = head.substring(0, brace).strip();
            String p = head.substring(brace + 1, end).strip();
            if (p.isEmpty()) noPlural = true;
            else plural = p;
        }
        if (phrase.isEmpty()) throw new IllegalArgumentException("empty agent phrase");
        for (String expanded : expand(phrase.toUpperCase())) {
            Agent agent = new Agent(bare, prefix, ActorDictionary.pretty(expanded).toLowerCase());
            List<String> words = Words.phrase(expanded);
            phrases.put(words, false, agent);
            boolean markerExpanded = !expanded.equals(phrase.toUpperCase());
            if (plural == null && !noPlural && !markerExpanded && !expanded.endsWith("_")) {
                List<String> pw = new ArrayList<>(words);
                pw.set(pw.size() - 1, Words.plural(pw.get(pw.size() - 1)));
                phrases.put(pw, false, agent);
            } else if (plural == null && !noPlural && !markerExpanded) {
                List<String> pw = new ArrayList<>(words);
                pw.set(pw.size() - 1, Words.plural(pw.get(pw.size() - 1)));
                phrases.put(pw, false, agent);
            }
        }
        if (plural != null) {
            for (String expanded : expand(plural.toUpperCase())) {
                phrases.put(Words.phrase(expanded), false, new Agent(bare, prefix, ActorDictionary.pretty(expanded).toLowerCase()));
            }
        }
    }

    private List<String> expand(String phrase) {
        for (Map.Entry<String, List<String>> s : substitutions.entrySet()) {
            if (phrase.contains(s.getKey())) {
                List<String> out = new ArrayList<>();
                for (String item : s.getValue()) out.addAll(expand(phrase.replace(s.getKey(), item)));
                return out;
            }
        }
        return List.of(phrase);
    }
}
