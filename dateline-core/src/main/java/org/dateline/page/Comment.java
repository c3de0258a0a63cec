package org.dateline.page;

/**
 * A reader comment, kept apart from the article.
 *
 * @param author    the commenter's name, or null
 * @param published ISO date or date-time, or null
 * @param text      the comment's text
 * @param depth     0 for a top-level comment, 1 for a reply to it, and so on
 */
public record Comment(String author, String published, String text, int depth) {
}
