package org.dateline.page.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void readsDatesInRussianUkrainianAndEastAsianWriting() {
        assertThat(Dates.parse("15 августа 2016, 13:43", true)).isEqualTo("2016-08-15T13:43");
        assertThat(Dates.parse("3 березня 2022", true)).isEqualTo("2022-03-03");
        assertThat(Dates.parse("2020年7月3日 12時", true)).isEqualTo("2020-07-03");
        assertThat(Dates.parse("2019년 6월 24일", true)).isEqualTo("2019-06-24");
    }

    @Test
    void countsDaysBetweenDates() {
        assertThat(Dates.daysApart("2021-11-04T23:00", "2021-11-05")).isEqualTo(1);
        assertThat(Dates.daysApart("not a date", "2021-11-05")).isEqualTo(-1);
    }

    @Test
    void aNumberStartingTheSlugIsNotTheDayInTheUrl() {
        assertThat(Dates.fromUrl("https://blog.example.org/2023/10/3-fragen-an-die-teamleiterin/")).isNull();
        assertThat(Dates.fromUrl("https://blog.example.org/2023/10/3/fragen/")).isEqualTo("2023-10-03");
        assertThat(Dates.fromUrl("https://news.example.com/2021/03/08/uk/story.html")).isEqualTo("2021-03-08");
        assertThat(Dates.fromUrl("https://news.example.com/2020-02-18-ciencia")).isEqualTo("2020-02-18");
    }

    @Test
    void readsSpacedDayFormsAndTheHungarianOrder() {
        assertThat(Dates.parse("Veröffentlicht: 4.\u20092.\u20092022.", true)).isEqualTo("2022-02-04");
        assertThat(Dates.parse("am 4. 2. 2022 in Köln", true)).isEqualTo("2022-02-04");
        assertThat(Dates.parse("2020. 08. 18. 21:35", true)).isEqualTo("2020-08-18");
        assertThat(Dates.parse("Klaus Weber, 8.5.12", true)).isEqualTo("2012-05-08");
    }

    @Test
    void aVersionNumberIsNotADate() {
        assertThat(Dates.parse("Linux kernel 2.6.29–5.1 and X Window System 1.15", true)).isNull();
        assertThat(Dates.parse("requires version 3.4.21 or later", true)).isNull();
    }

    @Test
    void aRangeOfDaysIsDatedByItsFirstDay() {
        assertThat(Dates.parse("Wochenbericht 14. - 20. Januar 2022", true)).isEqualTo("2022-01-14");
        assertThat(Dates.parse("Festival, 14–20 January 2022", true)).isEqualTo("2022-01-14");
    }
}
