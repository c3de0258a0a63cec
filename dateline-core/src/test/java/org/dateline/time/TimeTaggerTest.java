package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.dateline.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class TimeTaggerTest {
    private static final LocalDate NEW_YEARS_EVE = LocalDate.of(2021, 12, 31); // a Friday

    private static List<TimeExpression> tag(String text, LocalDate anchor) {
        return TimeTagger.builtIn().tag(TextAnalyzer.analyze(text), anchor);
    }

    private static TimeExpression only(String text, LocalDate anchor, String expression) {
        return tag(text, anchor).stream().filter(t -> t.text().equals(expression)).findFirst()
                .orElseThrow(() -> new AssertionError("no [" + expression + "] in " + tag(text, anchor)));
    }

    @Test
    void diplomaticStoryResolvesWeekdaysFutureDatesAndDurations() {
        String text = "A senior official said Thursday that the envoys spoke for 50 minutes. "
                + "The next round of talks will be held in Vienna on January 9, and a summit is planned for "
                + "January 9, 2022. During a 50-minute call the leaders agreed on little.";
        List<TimeExpression> found = tag(text, NEW_YEARS_EVE);
        assertThat(found).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value).containsExactly(
                tuple("Thursday", "DATE", "2021-12-30"),
                tuple("50 minutes", "DURATION", "PT50M"),
                tuple("January 9", "DATE", "2022-01-09"),
                tuple("January 9, 2022", "DATE", "2022-01-09"),
                tuple("50-minute", "DURATION", "PT50M"));
    }

    @Test
    void weekdayOfTheAnchorIsTheAnchorInPastTenseAndNextOneAhead() {
        assertThat(only("The minister resigned Friday.", NEW_YEARS_EVE, "Friday").value()).isEqualTo("2021-12-31");
        assertThat(only("The ministers said they will meet again Tuesday.", NEW_YEARS_EVE, "Tuesday").value())
                .isEqualTo("2022-01-04");
        assertThat(only("Police said the shooting happened Monday morning.", NEW_YEARS_EVE, "Monday morning"))
                .extracting(TimeExpression::type, TimeExpression::value).containsExactly("TIME", "2021-12-27TMO");
    }

    @Test
    void deicticDaysAndVagueReferences() {
        String text = "Prices rose yesterday and are expected to fall today. Now traders are nervous; "
                + "they recently sold bonds and say rates will rise soon.";
        List<TimeExpression> found = tag(text, LocalDate.of(2022, 3, 15));
        assertThat(found).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("yesterday", "2022-03-14"), tuple("today", "2022-03-15"), tuple("Now", "PRESENT_REF"),
                tuple("recently", "PAST_REF"), tuple("soon", "FUTURE_REF"));
    }

    @Test
    void relativeWeeksMonthsYearsAndQuarters() {
        String text = "Sales fell last month and rose earlier this month. The company expects profit this year "
                + "to beat 2021. Its third-quarter earnings, reported last week, topped those of the second quarter. "
                + "The board will meet next week.";
        List<TimeExpression> found = tag(text, LocalDate.of(2022, 11, 16));
        assertThat(found).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("last month", "2022-10"), tuple("earlier this month", "2022-11"), tuple("this year", "2022"),
                tuple("2021", "2021"), tuple("third-quarter", "2022-Q3"), tuple("last week", "2022-W45"),
                tuple("the second quarter", "2022-Q2"), tuple("next week", "2022-W47"));
    }

    @Test
    void aYearEarlierFollowsTheQuarterTheStoryIsAbout() {
        String text = "In the third quarter, net income rose to $5 million from $3 million a year earlier.";
        assertThat(only(text, LocalDate.of(1989, 10, 26), "a year earlier").value()).isEqualTo("1988-Q3");
        String plain = "Unemployment is lower than a year ago.";
        assertThat(only(plain, LocalDate.of(1998, 2, 6), "a year ago").value()).isEqualTo("1997");
    }

    @Test
    void decadesSeasonsClockTimesAndSets() {
        String text = "The plant, built in the 1990s, closed this summer after three years of losses. "
                + "Workers gathered at 3 p.m. and have met each week since. Two days after the vote, "
                + "the union said the past decade had been hard.";
        List<TimeExpression> found = tag(text, LocalDate.of(2022, 8, 10));
        assertThat(found).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value).containsExactly(
                tuple("the 1990s", "DATE", "199"),
                tuple("this summer", "DATE", "2022-SU"),
                tuple("three years", "DURATION", "P3Y"),
                tuple("3 p.m.", "TIME", "2022-08-10T15:00"),
                tuple("each week", "SET", "P1W"),
                tuple("Two days", "DURATION", "P2D"),
                tuple("the past decade", "DURATION", "P1DE"));
    }

    @Test
    void abbreviatedMonthsAndPossessives() {
        String text = "The results, due Dec. 30, follow Friday's sell-off and last month's rally.";
        List<TimeExpression> found = tag(text, LocalDate.of(2021, 12, 6));
        assertThat(found).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("Dec. 30", "2021-12-30"), tuple("Friday", "2021-12-03"), tuple("last month", "2021-11"));
    }

    @Test
    void withoutAnAnchorValuesStayUnderspecified() {
        String text = "The vote is set for January 9. Officials met Thursday.";
        List<TimeExpression> found = tag(text, null);
        assertThat(found).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("January 9", "XXXX-01-09"), tuple("Thursday", "XXXX-WXX-4"));
    }

    @Test
    void numbersThatAreNotTimesAreLeftAlone() {
        String text = "The company cut 1999 jobs, sold 2000 shares for $2010 and its two-year-old unit "
                + "earned three-quarters of its profit. May we ask why?";
        assertThat(tag(text, NEW_YEARS_EVE)).extracting(TimeExpression::text).containsExactly("two-year-old");
    }

    @Test
    void offsetsAlwaysMatchTheText() {
        String text = "On Monday, Jan. 3, 2022, at 10:30 a.m. EST, the court met for the first time in two weeks.\n\n"
                + "It will rule next spring, perhaps by mid-April, officials said yesterday afternoon.";
        for (TimeExpression e : tag(text, NEW_YEARS_EVE)) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        assertThat(tag(text, NEW_YEARS_EVE)).extracting(TimeExpression::text).contains(
                "Monday, Jan. 3, 2022, at 10:30 a.m. EST", "two weeks", "next spring", "mid-April",
                "yesterday afternoon");
    }

    @Test
    void dateFollowedByClockTimeIsOneExpressionAndNamesAreNotDays() {
        String text = "The channel, formerly Russia Today, aired it. Posted on December 31, 2021 at 12:45 pm by a reader.";
        assertThat(tag(text, NEW_YEARS_EVE)).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value)
                .containsExactly(tuple("December 31, 2021 at 12:45 pm", "TIME", "2021-12-31T12:45"));
    }

    @Test
    void earningsStoryUsesTheQuarterForYearAgoComparisons() {
        String text = "Acme Corp. said third-quarter net income fell 12% to $40 million from $45.5 million a year ago. "
                + "For the nine months, profit rose 3%. The company expects fourth-quarter sales to improve, and it "
                + "will pay a dividend Dec. 15 to holders of record Nov. 30.";
        List<TimeExpression> found = tag(text, LocalDate.of(2023, 10, 26));
        assertThat(found).extracting(TimeExpression::text, TimeExpression::type, TimeExpression::value).containsExactly(
                tuple("third-quarter", "DATE", "2023-Q3"),
                tuple("a year ago", "DATE", "2022-Q3"),
                tuple("the nine months", "DURATION", "P9M"),
                tuple("fourth-quarter", "DATE", "2023-Q4"),
                tuple("Dec. 15", "DATE", "2023-12-15"),
                tuple("Nov. 30", "DATE", "2023-11-30"));
    }

    @Test
    void seasonsResolveAroundTheTurnOfTheYear() {
        String text = "Sales slumped last fall and this winter. The hotline opens at 9 a.m. ET on Feb. 14 "
                + "and the park will reopen in the spring.";
        List<TimeExpression> found = tag(text, LocalDate.of(2022, 2, 10));
        assertThat(found).extracting(TimeExpression::text, TimeExpression::value).containsExactly(
                tuple("last fall", "2021-FA"), tuple("this winter", "2021-WI"),
                tuple("9 a.m. ET on Feb. 14", "2022-02-14T09:00"), tuple("the spring", "2022-SP"));
    }

    @Test
    void futureCuesWinOverWordsThatOnlyLookPast() {
        LocalDate autumn = LocalDate.of(2023, 10, 26);
        assertThat(only("Ms. Reed, 52, will succeed the retiring chief Feb. 1.", autumn, "Feb. 1").value())
                .isEqualTo("2024-02-01");
        assertThat(only("The new labor pact becomes effective June 1.", autumn, "June 1").value())
                .isEqualTo("2024-06-01");
        assertThat(only("The plant was closed in March after a fire.", autumn, "March").value()).isEqualTo("2023-03");
    }
}
