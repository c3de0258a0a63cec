package org.dateline.page;

import java.util.List;

/**
 * An outlet or funding note found on the page and kept out of the body.
 *
 * @param text    the note as written
 * @param subject who the note is about (the outlet, a sponsor, a partner)
 * @param labels  what it says: {@code state-funded}, {@code sponsored}, {@code partner}, ...
 */
public record Disclosure(String text, String subject, List<String> labels) {
    public Disclosure {
        labels = List.copyOf(labels);
    }
}
