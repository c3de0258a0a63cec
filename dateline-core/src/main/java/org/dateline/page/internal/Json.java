package org.dateline.page.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small lenient JSON reader for JSON-LD blocks: objects become maps, arrays lists, scalars strings,
 * numbers, booleans or null. Nesting deeper than {@link #MAX_DEPTH} or malformed input gives null, never an
 * exception: metadata is a hint, and a page with a broken block still has a body.
 */
public final class Json {
    static final int MAX_DEPTH = 64;
    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    /** The parsed value, or null when {@code text} is not JSON this reader accepts. */
    public static Object parse(String text) {
        if (text == null) return null;
        Json p = new Json(text.strip());
        try {
            Object v = p.value(0);
            return v;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }

    private void ws() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                i++;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                break;
            }
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) throw new Malformed();
        ws();
        if (i >= s.length()) throw new Malformed();
        char c = s.charAt(i);
        switch (c) {
            case '{':
                return object(depth);
            case '[':
                return array(depth);
            case '"':
                return string();
            default:
                return scalar();
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        i++;
        ws();
        if (i < s.length() && s.charAt(i) == '}') {
            i++;
            return map;
        }
        while (true) {
            ws();
            if (i >= s.length() || s.charAt(i) != '"') throw new Malformed();
            String key = string();
            ws();
            if (i >= s.length() || s.charAt(i) != ':') throw new Malformed();
            i++;
            map.put(key, value(depth + 1));
            ws();
            if (i >= s.length()) throw new Malformed();
            char c = s.charAt(i++);
            if (c == '}') return map;
            if (c != ',') throw new Malformed();
            ws();
            if (i < s.length() && s.charAt(i) == '}') { // trailing comma, as pages write it
                i++;
                return map;
            }
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        i++;
        ws();
        if (i < s.length() && s.charAt(i) == ']') {
            i++;
            return list;
        }
        while (true) {
            list.add(value(depth + 1));
            ws();
            if (i >= s.length()) throw new Malformed();
            char c = s.charAt(i++);
            if (c == ']') return list;
            if (c != ',') throw new Malformed();
            ws();
            if (i < s.length() && s.charAt(i) == ']') {
                i++;
                return list;
            }
        }
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') return sb.toString();
            if (c == '\\' && i < s.length()) {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n': sb.append('\n'); break;
                    case 't': sb.append('\t'); break;
                    case 'r': sb.append('\r'); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'u':
                        if (i + 4 > s.length()) throw new Malformed();
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                        break;
                    default: sb.append(e);
                }
            } else {
                sb.append(c);
            }
        }
        throw new Malformed();
    }

    private Object scalar() {
        int start = i;
        while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) i++;
        String t = s.substring(start, i);
        switch (t) {
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            case "null": return null;
            default:
                if (t.isEmpty()) throw new Malformed();
                try {
                    return Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new Malformed();
                }
        }
    }
}
