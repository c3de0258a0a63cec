package org.dateline.page;

import java.util.List;
import java.util.Objects;

/**
 * What the page stage keeps of one page: the article body apart from everything around it.
 *
 * @param id             the input's id or path
 * @param url            canonical URL, or null
 * @param title          headline without the site-name suffix, or null
 * @param published      publication date as ISO date or date-time, or null
 * @param publishedBasis where {@code published} came from, or null when there is no date
 * @param authors        bylines, in page order
 * @param outlet         the publisher, as far as the page says
 * @param disclosures    outlet or funding notes, kept out of the body
 * @param text           the article body only; every offset downstream points into it
 * @param comments       reader comments, in page order
 * @param language       ISO 639-1 code when the page declares or shows it, else null
 */
public record Page(String id, String url, String title, String published, PublishedBasis publishedBasis,
                   List<String> authors, Outlet outlet, List<Disclosure> disclosures, String text,
                   List<Comment> comments, String language) {
    public Page {
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors);
        disclosures = List.copyOf(disclosures);
        comments = List.copyOf(comments);
        outlet = outlet == null ? Outlet.UNKNOWN : outlet;
    }

    /** A copy with the publication date replaced (for {@code --published} or a JSON line's date). */
    public Page withPublished(String date, PublishedBasis basis) {
        return new Page(id, url, title, date, date == null ? null : basis, authors, outlet, disclosures, text,
                comments, language);
    }

    /** A copy with another id (the input's id wins over anything the page says). */
    public Page withId(String newId) {
        return new Page(newId, url, title, published, publishedBasis, authors, outlet, disclosures, text,
                comments, language);
    }

    /** A copy with the URL set when the page itself gave none. */
    public Page withUrlIfAbsent(String givenUrl) {
        if (url != null || givenUrl == null) return this;
        return new Page(id, givenUrl, title, published, publishedBasis, authors, outlet, disclosures, text,
                comments, language);
    }
}
