package org.dateline.text;

import java.util.List;
import java.util.Objects;

/**
 * The article text cut into sentences and tokens. Offsets are UTF-16 indices into {@link #text()}.
 */
public record Text(String text, List<Sentence> sentences, List<Token> tokens) {
    public Text {
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
    }
}
