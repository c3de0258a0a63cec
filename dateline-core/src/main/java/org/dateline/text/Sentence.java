package org.dateline.text;

/** A sentence: {@code [start, end)} in the article text. */
public record Sentence(int start, int end) {
}
