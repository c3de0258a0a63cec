package org.dateline.page.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages write them, to ISO ({@code 2021-12-31} or {@code 2021-12-31T12:45}). Month names in the
 * languages news pages are most often written in; numeric forms in the common orders. Dates are kept as the
 * page wrote them (no time-zone conversion): the day the page names is the day that counts.
 */
public final class Dates {
    // Patterns compiled once (String.replaceAll, split and matches compile theirs on every call).
    private static final Pattern ARCHIVE_PREFIX = Pattern.compile("^https?://web\\.archive\\.org/web/\\d+[a-z_]*/");
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2035;
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari",
                "janeiro", "styczeń", "stycznia", "leden", "ledna", "ocak"},
            {"february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "fév", "febrero",
                "febbraio", "februari", "fevereiro", "fev", "luty", "lutego", "únor", "února", "şubat"},
            {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "maart", "março", "marco", "marzec",
                "marca", "březen", "března", "mart"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "duben", "dubna",
                "nisan"},
            {"may", "mai", "mayo", "maggio", "mag", "mei", "maio", "maj", "maja", "květen", "května", "mayıs"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "červen",
                "června", "haziran"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca",
                "červenec", "července", "temmuz"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "agosto", "sierpień", "sierpnia",
                "srpen", "srpna", "ağustos"},
            {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "wrzesień",
                "września", "září", "eylül"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                "październik", "października", "říjen", "října", "ekim"},
            {"november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "kasım"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                "dezembro", "grudzień", "grudnia", "prosinec", "prosince", "aralık"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) MONTHS.put(n, i + 1);
        }
        // Russian and Ukrainian, in the genitive that dates use ("15 августа 2016").
        String[] cyrillic = {"января січня", "февраля лютого", "марта березня", "апреля квітня", "мая травня",
            "июня червня", "июля липня", "августа серпня", "сентября вересня", "октября жовтня",
            "ноября листопада", "декабря грудня"};
        for (int i = 0; i < cyrillic.length; i++) {
            for (String n : cyrillic[i].split(" ")) MONTHS.put(n, i + 1);
        }
    }

    private static final String MONTH_NAME = "(\\p{L}{3,12})\\.?";
    private static final String TIME = "(?:\\s*(?:,|at|um|à|a las|alle|-|–|\\|)?\\s*(\\d{1,2})[:.h](\\d{2})"
            + "(?::\\d{2})?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{2}):(\\d{2}))?(?!\\d)");
    /** Chinese, Japanese and Korean: 2020年7月3日, 2020년 7월 3일. */
    private static final Pattern CJK = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    /** 2020/08/18, 2020.08.18 and the Hungarian 2020. 08. 18. */
    private static final Pattern YMD_SLASH = Pattern.compile(
            "(?<!\\d)(\\d{4})(?:[/.]|\\.[\\s\\u00a0\\u2009\\u202f]+)(\\d{1,2})(?:[/.]|\\.[\\s\\u00a0\\u2009\\u202f]+)(\\d{1,2})(?!\\d)");
    /** The German spaced form 4. 2. 2022 (often with thin spaces): a four-digit year only. */
    private static final Pattern DMY_SPACED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.[\\s\\u00a0\\u2009\\u202f]+(\\d{1,2})\\.[\\s\\u00a0\\u2009\\u202f]*(\\d{4})(?!\\d)");
    private static final Pattern DMY_NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})" + MONTH_NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:de\\s+|of\\s+)?" + MONTH_NAME
                    + ",?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)" + TIME,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A range of days in one month, "14. - 20. Januar 2022" or "14–20 January 2022": the first day counts. */
    private static final Pattern DAY_RANGE = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.?\\s*[-–]\\s*\\d{1,2}\\.?\\s*" + MONTH_NAME + ",?\\s*(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Dates() {
    }

    /** The first date found in {@code s}, as ISO, or null. {@code dayFirst} decides 03/04/2021. */
    public static String parse(String s, boolean dayFirst) {
        if (s == null || s.isBlank()) return null;
        Found f = find(s, dayFirst);
        return f == null ? null : f.iso;
    }

    /** A date found in text: its ISO form and where it was. */
    public record Found(String iso, int start, int end) {
    }

    /** The earliest-placed date in {@code s}. */
    public static Found find(String s, boolean dayFirst) {
        if (s == null) return null;
        Found best = null;
        best = earlier(best, iso(s));
        best = earlier(best, named(s, MONTH_DAY_YEAR, 2, 1, 3, 4));
        best = earlier(best, named(s, DAY_MONTH_YEAR, 1, 2, 3, 4));
        best = earlier(best, ymdSlash(s));
        best = earlier(best, cjk(s));
        best = earlier(best, numeric(s, dayFirst));
        best = earlier(best, spaced(s));
        best = earlier(best, range(s));
        return best;
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.start < a.start ? b : a;
    }

    private static Found iso(String s) {
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            String d = build(num(m.group(1)), num(m.group(2)), num(m.group(3)), m.group(4), m.group(5), null);
            if (d != null) return new Found(d, m.start(), m.end());
        }
        return null;
    }

    private static Found cjk(String s) {
        if (s.indexOf('年') < 0 && s.indexOf('년') < 0) return null;
        Matcher m = CJK.matcher(s);
        while (m.find()) {
            String d = build(num(m.group(1)), num(m.group(2)), num(m.group(3)), null, null, null);
            if (d != null) return new Found(d, m.start(), m.end());
        }
        return null;
    }

    private static Found ymdSlash(String s) {
        Matcher m = YMD_SLASH.matcher(s);
        while (m.find()) {
            String d = build(num(m.group(1)), num(m.group(2)), num(m.group(3)), null, null, null);
            if (d != null) return new Found(d, m.start(), m.end());
        }
        return null;
    }

    private static Found range(String s) {
        if (s.indexOf('-') < 0 && s.indexOf('–') < 0) return null;
        Matcher m = DAY_RANGE.matcher(s);
        while (m.find()) {
            Integer month = month(m.group(2));
            if (month == null) continue;
            String d = build(num(m.group(3)), month, num(m.group(1)), null, null, null);
            if (d != null) return new Found(d, m.start(), m.end());
        }
        return null;
    }

    private static Found spaced(String s) {
        if (s.indexOf(". ") < 0 && s.indexOf(".\u2009") < 0 && s.indexOf(".\u00a0") < 0 && s.indexOf(".\u202f") < 0) {
            return null;
        }
        Matcher m = DMY_SPACED.matcher(s);
        while (m.find()) {
            String d = build(num(m.group(3)), num(m.group(2)), num(m.group(1)), null, null, null);
            if (d != null) return new Found(d, m.start(), m.end());
        }
        return null;
    }

    private static Found named(String s, Pattern p, int dayGroup, int monthGroup, int yearGroup, int timeGroup) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            Integer month = month(m.group(monthGroup));
            if (month == null) continue;
            String d = build(num(m.group(yearGroup)), month, num(m.group(dayGroup)), m.group(timeGroup),
                    m.group(timeGroup + 1), m.group(timeGroup + 2));
            if (d != null) return new Found(d, m.start(), m.end());
        }
        return null;
    }

    private static Found numeric(String s, boolean dayFirst) {
        Matcher m = DMY_NUMERIC.matcher(s);
        while (m.find()) {
            int a = num(m.group(1)), b = num(m.group(3)), y = num(m.group(4));
            if (m.group(4).length() == 2) {
                // "version 2.6.29" and "2.6.29–5.1" are version numbers, not days.
                if (m.group(1).length() == 1 && m.group(3).length() == 1 && isVersion(s, m.start(), m.end(4))) continue;
                y += y > 50 ? 1900 : 2000;
            }
            // A dot-separated date is always day first; otherwise the numbers decide when they can.
            boolean df = m.group(2).equals(".") || a > 12 || (b <= 12 && dayFirst);
            String d = df ? build(y, b, a, m.group(5), m.group(6), m.group(7))
                    : build(y, a, b, m.group(5), m.group(6), m.group(7));
            if (d != null) return new Found(d, m.start(), m.end());
        }
        return null;
    }

    private static final Pattern VERSION_BEFORE = Pattern.compile("(?i)(?:version|release|kernel|v)\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*[-–—]\\s*\\d|^\\.\\d");

    private static boolean isVersion(String s, int start, int end) {
        return VERSION_BEFORE.matcher(s.substring(Math.max(0, start - 12), start)).find()
                || RANGE_AFTER.matcher(s.substring(end, Math.min(s.length(), end + 4))).find();
    }

    /** The month a name stands for, or null. */
    public static Integer month(String name) {
        if (name == null) return null;
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) n = n.substring(0, n.length() - 1);
        return MONTHS.get(n);
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    static String build(int y, int m, int d, String hour, String minute, String ampm) {
        if (y < MIN_YEAR || y > MAX_YEAR) return null;
        try {
            LocalDate date = LocalDate.of(y, m, d);
            if (hour == null || minute == null) return date.toString();
            int h = Integer.parseInt(hour), min = Integer.parseInt(minute);
            if (ampm != null) {
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                if (h > 12 || h == 0) return date.toString();
                if (pm && h != 12) h += 12;
                if (!pm && h == 12) h = 0;
            }
            if (h > 23 || min > 59) return date.toString();
            return String.format(Locale.ROOT, "%sT%02d:%02d", date, h, min);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A date in a URL path: /2016/12/23/, /2016-12-23, /20161223/; null when the day is not there. */
    public static String fromUrl(String url) {
        if (url == null) return null;
        // An archive's capture time is not the page's date.
        url = ARCHIVE_PREFIX.matcher(url).replaceFirst("");
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            String d = build(num(m.group(1)), num(m.group(2)), num(m.group(3)), null, null, null);
            if (d != null) return d;
        }
        m = URL_COMPACT.matcher(url);
        while (m.find()) {
            String d = build(num(m.group(1)), num(m.group(2)), num(m.group(3)), null, null, null);
            if (d != null) return d;
        }
        return null;
    }

    /** A one-digit day needs a path end after it: "/2023/10/3-fragen-an" starts a slug with a number. */
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d{2})[/_-](\\d{1,2})[/_-](\\d{2}(?=[/_.-]|$)|\\d(?=[/.?#]|$))");
    private static final Pattern URL_COMPACT = Pattern.compile("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)");

    /** Whole days between two ISO days, or -1 when either is not a day. */
    public static long daysApart(String a, String b) {
        try {
            return Math.abs(LocalDate.parse(day(a)).toEpochDay() - LocalDate.parse(day(b)).toEpochDay());
        } catch (DateTimeException | NullPointerException e) {
            return -1;
        }
    }

    /** The date part (first ten characters) of an ISO value. */
    public static String day(String iso) {
        return iso == null || iso.length() < 10 ? iso : iso.substring(0, 10);
    }
}
