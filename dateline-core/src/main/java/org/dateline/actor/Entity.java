package org.dateline.actor;

/**
 * A mention of a person, organisation, country or place in the article text.
 *
 * @param start first UTF-16 index into the article text
 * @param end   one past the last
 * @param text  the mention as written
 * @param type  what it names
 * @param actor the CAMEO actor it resolves to on the story's date, or null
 */
public record Entity(int start, int end, String text, EntityType type, Actor actor) {
}
