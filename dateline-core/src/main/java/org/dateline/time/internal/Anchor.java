package org.dateline.time.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * TIMEX3 values relative to the story's date. With no date every value stays underspecified the TIMEX3
 * way ("XXXX-01-09", "XXXX-WXX-4"), so a reader still learns what was said without a guess at when.
 */
public final class Anchor {
    private final LocalDate date;

    public Anchor(LocalDate date) {
        this.date = date;
    }

    public boolean known() {
        return date != null;
    }

    public LocalDate date() {
        return date;
    }

    public static String day(LocalDate d) {
        return String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    public static String year(int y) {
        return String.format("%04d", y);
    }

    public static String month(int y, int m) {
        return String.format("%04d-%02d", y, m);
    }

    public static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The anchor day shifted by {@code days}. */
    public String dayOffset(int days) {
        return date == null ? "XXXX-XX-XX" : day(date.plusDays(days));
    }

    public String yearOffset(int years) {
        return date == null ? "XXXX" : year(date.getYear() + years);
    }

    public String monthOffset(int months) {
        if (date == null) return "XXXX-XX";
        LocalDate d = date.withDayOfMonth(1).plusMonths(months);
        return month(d.getYear(), d.getMonthValue());
    }

    public String weekOffset(int weeks) {
        return date == null ? "XXXX-WXX" : week(date.plusWeeks(weeks));
    }

    public String weekendOffset(int weeks) {
        return weekOffset(weeks) + "-WE";
    }

    public int quarter() {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /** The quarter {@code offset} quarters from the anchor's. */
    public String quarterOffset(int offset) {
        if (date == null) return "XXXX-QX";
        int index = date.getYear() * 4 + quarter() - 1 + offset;
        return year(Math.floorDiv(index, 4)) + "-Q" + (Math.floorMod(index, 4) + 1);
    }

    /** Quarter {@code q} of the year it most plausibly means: the anchor's unless still ahead in a past-tense story. */
    public String quarter(int q, boolean future) {
        if (date == null) return "XXXX-Q" + q;
        int y = date.getYear();
        if (q > quarter() && !future) y--;
        return year(y) + "-Q" + q;
    }

    /**
     * Month {@code m} in the year nearest the anchor, where a tense cue (+1 ahead, -1 back) makes the other
     * direction four times as far: "said ... in March" leans back, "will ... in March" ahead.
     */
    public String monthName(int m, int direction) {
        if (date == null) return "XXXX-" + String.format("%02d", m);
        int now = date.getYear() * 12 + date.getMonthValue() - 1;
        int best = date.getYear();
        double bestCost = Double.MAX_VALUE;
        for (int y = date.getYear() - 1; y <= date.getYear() + 1; y++) {
            double cost = weighted(y * 12 + m - 1 - now, direction);
            if (cost < bestCost) {
                bestCost = cost;
                best = y;
            }
        }
        return month(best, m);
    }

    /** Month and day in the year nearest the anchor (tense-weighted); a weekday given picks the year that fits. */
    public String monthDay(int m, int d, int direction, int weekday) {
        if (date == null) return String.format("XXXX-%02d-%02d", m, d);
        LocalDate best = null;
        double bestCost = Double.MAX_VALUE;
        for (int y = date.getYear() - 1; y <= date.getYear() + 1; y++) {
            LocalDate c = safeDate(y, m, d);
            if (c == null) continue;
            if (weekday > 0 && c.getDayOfWeek().getValue() != weekday) continue;
            double cost = weighted(c.toEpochDay() - date.toEpochDay(), direction);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best == null ? monthDay(m, d, direction > 0) : day(best);
    }

    private static double weighted(long distance, int direction) {
        if (distance > 0 && direction < 0) return distance * 4.0;
        if (distance < 0 && direction > 0) return -distance * 4.0;
        return Math.abs(distance) + (distance > 0 ? 0.5 : 0); // a tie leans to the past, as news does
    }

    /** Month and day without a year; the year comes from the tense. */
    public String monthDay(int m, int d, boolean future) {
        if (date == null) return String.format("XXXX-%02d-%02d", m, d);
        int y = date.getYear();
        LocalDate candidate = safeDate(y, m, d);
        if (candidate == null) return String.format("XXXX-%02d-%02d", m, d);
        if (future && candidate.isBefore(date)) y++;
        if (!future && candidate.isAfter(date)) y--;
        LocalDate result = safeDate(y, m, d);
        return result == null ? String.format("%04d-%02d-%02d", y, m, d) : day(result);
    }

    /** A weekday (1 = Monday): the last one on or before the anchor, or the next on or after it. */
    public String weekday(int dow, boolean future) {
        if (date == null) return "XXXX-WXX-" + dow;
        DayOfWeek day = DayOfWeek.of(dow);
        LocalDate d = future ? date.with(TemporalAdjusters.nextOrSame(day)) : date.with(TemporalAdjusters.previousOrSame(day));
        return day(d);
    }

    /** "last Friday": strictly before the anchor; "next Friday": strictly after. */
    public String weekdayStrict(int dow, boolean future) {
        if (date == null) return "XXXX-WXX-" + dow;
        DayOfWeek day = DayOfWeek.of(dow);
        return day(future ? date.with(TemporalAdjusters.next(day)) : date.with(TemporalAdjusters.previous(day)));
    }

    /** Season index: 0 spring, 1 summer, 2 fall, 3 winter. */
    public static String seasonCode(int s) {
        return new String[] {"SP", "SU", "FA", "WI"}[s];
    }

    /** First month of season {@code s} of year {@code y}, counted from year 0; winter runs December to February. */
    private static int seasonStart(int y, int s) {
        return y * 12 + new int[] {2, 5, 8, 11}[s];
    }

    /**
     * A season relative to the anchor: offset -1 the last one before the current season, 0 this year's (the
     * current winter in January), +1 the next one; null lets the tense pick the nearest one.
     */
    public String season(int s, Integer offset, boolean future) {
        if (date == null) return "XXXX-" + seasonCode(s);
        int y = date.getYear();
        int nowMonth = y * 12 + date.getMonthValue() - 1;
        int currentStart = nowMonth; // start of the season the anchor is in
        for (int k = 0; k < 4; k++) {
            for (int yy = y - 1; yy <= y; yy++) {
                int st = seasonStart(yy, k);
                if (st <= nowMonth && nowMonth < st + 3) currentStart = st;
            }
        }
        if (offset != null && offset == 0) {
            int year = s == 3 && date.getMonthValue() <= 2 ? y - 1 : y;
            return year(year) + "-" + seasonCode(s);
        }
        int best = y;
        double bestCost = Double.MAX_VALUE;
        for (int yy = y - 2; yy <= y + 1; yy++) {
            int st = seasonStart(yy, s);
            if (offset != null && offset < 0 && st >= currentStart) continue;
            if (offset != null && offset > 0 && st <= currentStart) continue;
            double distance = st - currentStart;
            double cost = st == currentStart ? 0 : distance > 0 ? (future || offset != null ? distance : distance * 4)
                    : (future && offset == null ? -distance * 4 : -distance);
            if (cost < bestCost) {
                bestCost = cost;
                best = yy;
            }
        }
        return year(best) + "-" + seasonCode(s);
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
