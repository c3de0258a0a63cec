package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The publication date a reader of the page would state, from the markup and the dates the page shows. */
class PublicationDateTest {
    private static final String BODY = """
            <p>The harbour board voted on Tuesday evening to replace the ageing north pier, ending a dispute that had
            run for more than three years and split the town's fishing families.</p>
            <p>Work is due to start in the spring and last eighteen months, the board's chairwoman told reporters after
            the meeting, adding that the cost would be shared with the regional government.</p>
            <p>Boat owners will be moved to a temporary mooring on the south side while the old timber is removed.</p>
            """;

    private static Page page(String head, String body) {
        String html = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">" + head + "</head><body>"
                + body + "</body></html>";
        return PageExtractor.fromHtml("test", html, null);
    }

    private static final String BOTH_STAMPS = "<title>Pier</title>"
            + "<meta property=\"article:published_time\" content=\"2021-11-29T14:13:00+01:00\">"
            + "<meta property=\"article:modified_time\" content=\"2022-01-12T09:30:00+01:00\">";

    @Test
    void theUpdateDayIsTheDateWhenItIsTheOnlyOneThePageShows() {
        Page p = page(BOTH_STAMPS, "<article><h1>Harbour board backs new pier</h1><p class=\"meta\">12.01.2022</p>"
                + BODY + "</article>");
        assertThat(p.published()).startsWith("2022-01-12");
    }

    @Test
    void thePublicationStampStandsWhenThePageShowsItOrNoDateAtAll() {
        Page shown = page(BOTH_STAMPS, "<article><h1>Harbour board backs new pier</h1><p class=\"meta\">29.11.2021"
                + " (updated 12.01.2022)</p>" + BODY + "</article>");
        Page none = page(BOTH_STAMPS, "<article><h1>Harbour board backs new pier</h1>" + BODY + "</article>");
        assertThat(shown.published()).startsWith("2021-11-29");
        assertThat(none.published()).startsWith("2021-11-29");
    }
}
