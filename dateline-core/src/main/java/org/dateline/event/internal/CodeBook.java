package org.dateline.event.internal;

import java.util.HashMap;
import java.util.Map;
import org.dateline.actor.internal.Dictionaries;

/**
 * CAMEO event codes: their names and PLOVER types, from the official CAMEO2PLOVER table (2021) with
 * Dateline's list for the codes it leaves out (public statements, appeals, root codes).
 */
public final class CodeBook {
    private static final CodeBook INSTANCE = new CodeBook();

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> plover = new HashMap<>();

    private CodeBook() {
        Dictionaries.readResource("CAMEO2PLOVER-2021.txt", r -> {
            String line;
            while ((line = r.readLine()) != null) {
                int colon = line.indexOf(':');
                if (colon < 2 || !Character.isDigit(line.charAt(0))) continue;
                String code = line.substring(0, colon).strip();
                String rest = line.substring(colon + 1);
                int hash = rest.indexOf('#');
                String name = hash >= 0 ? rest.substring(hash + 1).strip() : null;
                String fields = hash >= 0 ? rest.substring(0, hash) : rest;
                String type = fields.split(",")[0].strip();
                // The table's first listing wins: "08: CONCEDE" and "08: RETREAT" both head 08.
                if (!type.isEmpty()) plover.putIfAbsent(code, type);
                if (name != null && !name.isEmpty()) names.putIfAbsent(code, name);
            }
        });
        Dictionaries.readResource("cameo-event-names.txt", r -> {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                names.putIfAbsent(f[0], f[1]);
                if (f.length > 2 && !f[2].isBlank()) plover.putIfAbsent(f[0], f[2].strip());
            }
        });
    }

    public static CodeBook get() {
        return INSTANCE;
    }

    /** The CAMEO name of a code, falling back to its parent codes ("0871" -> "087" -> "08"). */
    public String name(String code) {
        for (String c = code; c != null && c.length() >= 2; c = c.length() > 2 ? c.substring(0, c.length() - 1) : null) {
            String n = names.get(c);
            if (n != null) return n;
        }
        return null;
    }

    /** The PLOVER type of a code, falling back to its parent codes; null for CAMEO 01 (statements). */
    public String plover(String code) {
        for (String c = code; c != null && c.length() >= 2; c = c.length() > 2 ? c.substring(0, c.length() - 1) : null) {
            String p = plover.get(c);
            if (p != null) return p;
        }
        return null;
    }

    /** A well-formed CAMEO code: two to four digits. */
    public static boolean isCameo(String code) {
        return code != null && code.length() >= 2 && code.length() <= 4 && code.chars().allMatch(Character::isDigit);
    }
}
