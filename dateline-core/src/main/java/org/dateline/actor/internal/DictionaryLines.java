package org.dateline.actor.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a TABARI/PETRARCH dictionary file that hold something: {@code <!-- ... -->} blocks and
 * {@code #} comments left out, each line with its number for file:line warnings. Every dictionary reader
 * (actors, agents, verbs, discards) starts here.
 */
public final class DictionaryLines {
    /**
     * @param number 1-based line number in the file
     * @param raw    the line as written (readers that care about indentation or other comment marks use it)
     * @param body   the line before any '#', stripped; never empty
     */
    public record Line(int number, String raw, String body) {
    }

    private DictionaryLines() {
    }

    public static List<Line> read(BufferedReader in) throws IOException {
        List<Line> lines = new ArrayList<>();
        String line;
        int number = 0;
        boolean inXmlComment = false;
        while ((line = in.readLine()) != null) {
            number++;
            if (inXmlComment) {
                if (line.contains("-->")) inXmlComment = false;
                continue;
            }
            String t = line.strip();
            if (t.startsWith("<!--")) {
                inXmlComment = !t.contains("-->");
                continue;
            }
            int hash = t.indexOf('#');
            String body = (hash >= 0 ? t.substring(0, hash) : t).strip();
            if (!body.isEmpty()) lines.add(new Line(number, line, body));
        }
        return lines;
    }
}
