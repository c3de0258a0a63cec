package org.dateline.time.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that find time expressions in plain text and say what each means. Every rule is a regular
 * expression over the text plus a function from its match to a TIMEX3 type and value; overlapping matches
 * are settled longest first. Values that depend on what the story talked about before ("a year earlier"
 * after "the third quarter") are computed in text order from a small discourse state.
 */
public final class TimexGrammar {
    /** A time expression found: offsets into the text, TIMEX3 type and value. */
    public record Found(int start, int end, String type, String value) {
    }

    /** What earlier expressions in the same story established. */
    static final class Discourse {
        String lastQuarter; // "1989-Q3"
        Integer lastYear; // the last year written out ("in 1995")
        boolean quarterInFocus; // the story last talked about a quarter, not nine months or a year
    }

    private record Candidate(int start, int end, int rule, String type, Function<Discourse, String> value) {
        int length() {
            return end - start;
        }
    }

    /** Where a match sits, for the rules that need the tense or the anchor. */
    private record Site(String text, int start, int end, Anchor anchor, Tense tense) {
        boolean future() {
            return tense.future(start, end);
        }

        int direction() {
            return tense.direction(start, end);
        }
    }

    @FunctionalInterface
    private interface Handler {
        /** The candidate for this match, or null to drop it. */
        Candidate make(Matcher m, Site site, int rule);
    }

    /**
     * @param canStart for each ASCII character, whether a match may begin with it; null when the rule looks
     *                 behind its start (then the text before decides, and every start is tried)
     */
    private record Rule(Pattern pattern, Handler handler, boolean[] canStart) {
        boolean mayStartWith(char c) {
            return canStart == null || c >= canStart.length || canStart[c];
        }
    }

    // Boundaries: not inside a word, and not a prefix of a hyphenated word ("two-year-old").
    private static final String L = "(?<![\\w'\u2019])(?<![^d]-)(?<!^-)"; // "mid-November" may start at "November"
    private static final String R = "(?!\\w|-\\w|['\u2019](?![sS]\\b)[A-Za-z])"; // "Friday's" ends at "Friday"
    private static final String MONTH_WORD = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
    private static final String WEEKDAY_WORD = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String YEAR4 = "(?:1[7-9]\\d\\d|20\\d\\d)";
    private static final String DAY_PART = "(?i:morning|afternoon|evening|night|overnight)";
    private static final String UNIT = "(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?"
            + "|years?|decades?|century|centuries|quarters?|weekends?)";
    private static final String VAGUE = "(?i:several|a few|few|many|a couple of|couple of|some|the few|a number of"
            + "|numerous|countless|a couple)";
    private static final String MODIFIER = "(?i:about|around|nearly|almost|more than|less than|at least|at most"
            + "|up to|under|roughly|approximately|no more than|fewer than|barely|well over|the better part of)";
    private static final String ZONE = "(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT|CT|MT|[Ll]ocal time)";
    private static final String CLOCK = "(?:(?<hour>\\d{1,2})(?:[:.](?<minute>\\d{2}))?\\s?(?<half>[AaPp])\\.?\\s?[Mm]\\.?"
            + "|(?<hh>\\d{1,2}):(?<mm>\\d{2})(?!\\d)|(?<named>[Nn]oon|[Mm]idnight))";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> WEEKDAYS = Map.of(
            "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

    /** A time expression grows leftwards over these ("the end of 1990", "early next year", "mid-November"). */
    private static final Pattern EXTENSION = Pattern.compile(
            "(?i:(?:the\\s(?:very\\s)?(?:end|beginning|start|middle|close|rest|remainder|first\\shalf|second\\shalf"
            + "|last\\shalf|latter\\spart|early\\spart|turn)\\sof\\s)|(?:a\\sgood\\spart\\sof\\s)|(?:(?<![\\w-])(?:early|late|mid|sometime|around|earlier|later)\\s)"
            + "|(?<![\\w-])mid-)$");

    private static final Pattern QUARTER_ENDED = Pattern.compile(
            "^\\s+(?i:ended|ending|that\\sended|which\\sended)\\s+(" + MONTH_WORD + ")");

    private final List<Rule> rules = new ArrayList<>();

    public TimexGrammar() {
        // Full dates: "Thursday, January 9, 2022", "Jan. 9", "9 January 2022".
        add(L + "(?:(?i:this\\scoming|this|next|last|coming)\\s)?(?:(?<wd>" + WEEKDAY_WORD + "),?\\s)?(?<month>" + MONTH_WORD + ")\\s(?<day>\\d{1,2})(?:st|nd|rd|th)?"
                + "(?:,?\\s(?<year>" + YEAR4 + "))?" + R, (m, s, r) -> {
                    int month = month(m.group("month"));
                    int day = Integer.parseInt(m.group("day"));
                    if (day < 1 || day > 31) return null;
                    if (m.group("year") != null) return date(m, r, String.format("%s-%02d-%02d", m.group("year"), month, day));
                    return date(m, r, s.anchor().monthDay(month, day, s.direction(), weekday(m.group("wd"))));
                });
        add(L + "(?:(?i:this\\scoming|this|next|last|coming)\\s)?(?:(?<wd>" + WEEKDAY_WORD + "),?\\s)?(?<month>" + MONTH_WORD + ")\\s(?<day>" + Numbers.ORDINAL + ")" + R,
                (m, s, r) -> {
                    int month = month(m.group("month"));
                    int day = Numbers.ordinal(m.group("day"));
                    if (day < 1 || day > 31) return null;
                    return date(m, r, s.anchor().monthDay(month, day, s.direction(), weekday(m.group("wd"))));
                });
        add(L + "(?:the\\s)?(?<day>\\d{1,2})(?:st|nd|rd|th)?(?:\\sof)?\\s(?<month>" + MONTH_WORD + ")(?:,?\\s(?<year>"
                + YEAR4 + "))?" + R, (m, s, r) -> {
                    int month = month(m.group("month"));
                    int day = Integer.parseInt(m.group("day"));
                    if (day < 1 || day > 31) return null;
                    if (m.group("year") != null) return date(m, r, String.format("%s-%02d-%02d", m.group("year"), month, day));
                    return date(m, r, s.anchor().monthDay(month, day, s.direction(), -1));
                });
        // Month and year: "November 1995", "March of 1996".
        add(L + "(?<month>" + MONTH_WORD + "),?\\s(?:of\\s)?(?<year>" + YEAR4 + "|'\\d\\d)" + R,
                (m, s, r) -> date(m, r, String.format("%s-%02d", fullYear(m.group("year")), month(m.group("month")))));
        // A month on its own, possibly "last April", "January this year".
        add(L + "(?:(?<rel>(?i:last|this|next|this\\spast|this\\scoming))\\s)?(?<month>" + MONTH_WORD + ")"
                + "(?:\\s(?<yrel>(?i:this|last|next))\\syear)?" + R, (m, s, r) -> {
                    String name = m.group("month");
                    int month = month(name);
                    String rel = lower(m.group("rel"));
                    String yrel = lower(m.group("yrel"));
                    boolean bareMay = name.equals("May") && rel == null && yrel == null;
                    if (bareMay && !precededBy(s.text(), m.start(), "(?i:in|since|until|by|of|before|after|during|early|late|mid-?|through|from|to|and)\\s*$")) {
                        return null;
                    }
                    if (name.equals("March") && rel == null && yrel == null
                            && !precededBy(s.text(), m.start(), "(?i:in|since|until|by|of|before|after|during|early|late|mid-?|through|from|to|and)\\s*$")) {
                        return null;
                    }
                    Anchor a = s.anchor();
                    if (yrel != null) {
                        int off = yrel.equals("last") ? -1 : yrel.equals("next") ? 1 : 0;
                        if (!a.known()) return date(m, r, String.format("XXXX-%02d", month));
                        return date(m, r, Anchor.month(a.date().getYear() + off, month));
                    }
                    if (rel == null) return date(m, r, a.monthName(month, s.direction()));
                    if (!a.known()) return date(m, r, String.format("XXXX-%02d", month));
                    int y = a.date().getYear();
                    int now = a.date().getMonthValue();
                    switch (rel.replaceAll("\\s+", " ")) {
                        case "last", "this past" -> y = month < now ? y : y - 1;
                        case "next", "this coming" -> y = month > now ? y : y + 1;
                        default -> { }
                    }
                    return date(m, r, Anchor.month(y, month));
                });
        // Weekdays: "Thursday", "last Friday", "Monday morning"; "Mondays" is a set.
        add(L + "(?:(?<rel>(?i:last|this|next|this\\scoming|this\\spast|coming))\\s)?(?<wd>" + WEEKDAY_WORD + ")"
                + "(?:\\s(?<part>" + DAY_PART + "))?" + R, (m, s, r) -> {
                    int dow = WEEKDAYS.get(m.group("wd").toLowerCase(Locale.ROOT));
                    String rel = lower(m.group("rel"));
                    String value;
                    if (rel == null) value = s.anchor().weekday(dow, s.future());
                    else if (rel.equals("last") || rel.contains("past")) value = s.anchor().weekdayStrict(dow, false);
                    else if (rel.equals("next") || rel.contains("coming")) value = s.anchor().weekdayStrict(dow, true);
                    else value = s.anchor().weekday(dow, s.future());
                    String part = m.group("part");
                    if (part != null) return new Candidate(m.start(), m.end(), r, "TIME", d -> value + "T" + dayPart(part));
                    return date(m, r, value);
                });
        add(L + "(?i:each|every)\\s(?:(?<wd>" + WEEKDAY_WORD + ")|(?<month>" + MONTH_WORD + "))" + R, (m, s, r) -> {
            String v = m.group("wd") != null ? "XXXX-WXX-" + WEEKDAYS.get(m.group("wd").toLowerCase(Locale.ROOT))
                    : String.format("XXXX-%02d", month(m.group("month")));
            return new Candidate(m.start(), m.end(), r, "SET", d -> v);
        });
        add(L + "(?<wd>" + WEEKDAY_WORD + ")\\s(?<part>(?i:mornings|afternoons|evenings|nights))" + R, (m, s, r) -> {
            String part = m.group("part");
            String v = "XXXX-WXX-" + WEEKDAYS.get(m.group("wd").toLowerCase(Locale.ROOT)) + "T"
                    + dayPart(part.substring(0, part.length() - 1));
            return new Candidate(m.start(), m.end(), r, "SET", d -> v);
        });
        add(L + "(?:(?i:mid|early|late)[-\\s]?)?(?<part>" + DAY_PART + ")\\s(?<day>(?i:yesterday|today|tomorrow))" + R, (m, s, r) -> {
            String day = m.group("day").toLowerCase(Locale.ROOT);
            int off = day.equals("yesterday") ? -1 : day.equals("tomorrow") ? 1 : 0;
            String v = s.anchor().dayOffset(off) + "T" + dayPart(m.group("part"));
            return new Candidate(m.start(), m.end(), r, "TIME", d -> v);
        });
        add(L + "(?<wd>" + WEEKDAY_WORD + ")s" + R, (m, s, r) -> {
            String v = "XXXX-WXX-" + WEEKDAYS.get(m.group("wd").toLowerCase(Locale.ROOT));
            return new Candidate(m.start(), m.end(), r, "SET", d -> v);
        });
        // Days named relative to today.
        add(L + "(?<day>(?i:yesterday|today|tomorrow|tonight))(?:(?:'s)?\\s(?<part>" + DAY_PART + "))?" + R, (m, s, r) -> {
            String day = m.group("day").toLowerCase(Locale.ROOT);
            // "Russia Today", "USA Today": a capitalised day word after a capitalised name is a title.
            if (Character.isUpperCase(m.group("day").charAt(0)) && precededBy(s.text(), m.start(), "\\b[A-Z][\\w&]*\\s$")) return null;
            Anchor a = s.anchor();
            String part = m.group("part");
            if (day.equals("tonight")) return new Candidate(m.start(), m.end(), r, "TIME", d -> a.dayOffset(0) + "TNI");
            int off = day.equals("yesterday") ? -1 : day.equals("tomorrow") ? 1 : 0;
            if (part != null) return new Candidate(m.start(), m.end(), r, "TIME", d -> a.dayOffset(off) + "T" + dayPart(part));
            if (!a.known() && off == 0) return date(m, r, "PRESENT_REF");
            return date(m, r, a.dayOffset(off));
        });
        add(L + "(?<rel>(?i:this|last|later\\sthis|earlier\\sthis))\\s(?<part>" + DAY_PART + ")" + R, (m, s, r) -> {
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            String part = m.group("part");
            int off = rel.equals("last") && part.equalsIgnoreCase("night") ? -1 : 0;
            if (rel.equals("last") && !part.equalsIgnoreCase("night")) return null;
            return new Candidate(m.start(), m.end(), r, "TIME", d -> s.anchor().dayOffset(off) + "T" + dayPart(part));
        });
        // Clock times, with an optional day: "3 p.m.", "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon Saturday".
        add(L + "(?:(?<pre>" + WEEKDAY_WORD + "|(?i:yesterday|today|tomorrow))(?:,?\\s(?i:at))?\\s)?" + CLOCK
                + "(?:\\s(?<zone>" + ZONE + "))?(?:,?\\s(?:(?<wd>" + WEEKDAY_WORD + "|(?i:yesterday|today|tomorrow))"
                + "|(?<month>" + MONTH_WORD + ")\\s(?<day>\\d{1,2})))?" + "(?![\\w'\u2019])", (m, s, r) -> {
                    int hour;
                    int minute = 0;
                    if (m.group("named") != null) {
                        hour = m.group("named").equalsIgnoreCase("noon") ? 12 : 24;
                    } else if (m.group("hour") != null) {
                        hour = Integer.parseInt(m.group("hour"));
                        if (hour < 1 || hour > 12) return null;
                        if (m.group("minute") != null) minute = Integer.parseInt(m.group("minute"));
                        boolean pm = m.group("half").equalsIgnoreCase("p");
                        if (pm && hour < 12) hour += 12;
                        if (!pm && hour == 12) hour = 0;
                    } else {
                        hour = Integer.parseInt(m.group("hh"));
                        minute = Integer.parseInt(m.group("mm"));
                        // A bare "12:30" is a clock time only when a day or zone says so (else a score, a ratio).
                        if (hour > 23 || minute > 59 || (m.group("zone") == null && m.group("wd") == null
                                && m.group("pre") == null && m.group("month") == null)) return null;
                    }
                    if (minute > 59) return null;
                    String dayWord = m.group("wd") != null ? m.group("wd") : m.group("pre");
                    String day;
                    Anchor a = s.anchor();
                    if (m.group("month") != null) day = a.monthDay(month(m.group("month")), Integer.parseInt(m.group("day")), s.future());
                    else if (dayWord == null) day = a.dayOffset(0);
                    else day = dayValue(dayWord, a, s.future());
                    String v = day + String.format("T%02d:%02d", hour, minute);
                    return new Candidate(m.start(), m.end(), r, "TIME", d -> v);
                });
        // "last week", "this year", "next month", "earlier this month", "the coming weekend".
        add(L + "(?:(?<mod>(?i:earlier|later))\\s)?(?<rel>(?i:last|this|next|the\\scurrent|the\\scoming|the\\sprevious"
                + "|the\\sfollowing|this\\spast|this\\scoming|the\\spresent|the\\snew|the\\sprior|that))\\s(?:(?i:fiscal|calendar)\\s)?"
                + "(?<unit>(?i:week|month|year|quarter|weekend|decade|century))" + R, (m, s, r) -> {
                    String rel = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    String unit = m.group("unit").toLowerCase(Locale.ROOT);
                    if (rel.equals("that") && !unit.equals("year") && !unit.equals("quarter")) return null;
                    int off = switch (rel) {
                        case "last", "the previous", "the prior", "this past" -> -1;
                        case "next", "the coming", "the following", "this coming" -> 1;
                        default -> 0;
                    };
                    Anchor a = s.anchor();
                    if (unit.equals("year") && (rel.equals("the following") || rel.equals("the previous") || rel.equals("the prior"))) {
                        return new Candidate(m.start(), m.end(), r, "DATE",
                                d -> d.lastYear != null ? Anchor.year(d.lastYear + off) : a.yearOffset(off));
                    }
                    if (rel.equals("that")) {
                        return unit.equals("quarter") ? new Candidate(m.start(), m.end(), r, "DATE",
                                d -> d.lastQuarter != null ? d.lastQuarter : a.quarterOffset(-1))
                                : new Candidate(m.start(), m.end(), r, "DATE",
                                d -> d.lastYear != null ? Anchor.year(d.lastYear) : a.yearOffset(0));
                    }
                    return switch (unit) {
                        case "week" -> date(m, r, a.weekOffset(off));
                        case "weekend" -> date(m, r, a.weekendOffset(off));
                        case "month" -> date(m, r, a.monthOffset(off));
                        case "year" -> date(m, r, a.yearOffset(off));
                        case "quarter" -> quarter(m, r, a.quarterOffset(off));
                        case "decade" -> date(m, r, a.known() ? String.valueOf(a.date().getYear() / 10 + off) : "XXX");
                        default -> date(m, r, a.known() ? String.format("%02d", a.date().getYear() / 100 + off) : "XX");
                    };
                });
        // "the weekend": the one just past, or the coming one in a future sentence.
        add(L + "(?i:the|over\\sthe)\\sweekend" + R, (m, s, r) -> {
            Anchor a = s.anchor();
            if (!a.known()) return date(m, r, "XXXX-WXX-WE");
            int dow = a.date().getDayOfWeek().getValue();
            int off = s.future() || dow >= 6 ? 0 : -1; // on a weekday, a past "weekend" is the one before
            return new Candidate(m.end() - "the weekend".length(), m.end(), r, "DATE", d -> a.weekendOffset(off));
        });
        // "the past week", "the last year", "the next month": a stretch of time ending or starting now.
        add(L + "(?:" + MODIFIER + "\\s)?(?i:the\\s(?:past|last|next|previous|coming|following))\\s"
                + "(?<unit>(?i:week|month|year|decade|century|quarter|day|hour|minute|weekend))" + R, (m, s, r) -> {
                    String u = m.group("unit").toLowerCase(Locale.ROOT);
                    if (u.equals("weekend")) return null;
                    String w = m.group().toLowerCase(Locale.ROOT);
                    int off = w.contains("next") || w.contains("coming") || w.contains("following") ? 1 : -1;
                    Anchor a = s.anchor();
                    // "the past year": TimeBank reads it as the calendar year just gone; a decade stays a stretch.
                    if (a.known() && u.equals("year")) {
                        String v = a.yearOffset(off);
                        return new Candidate(m.start(), m.end(), r, "DATE", d -> v);
                    }
                    return new Candidate(m.start(), m.end(), r, "DURATION", d -> "P" + (isClock(u) ? "T" : "") + "1" + unitCode(u));
                });
        // Counted durations: "three years", "50-minute", "the past two months", "nearly an hour"; "two years ago".
        add(L + "(?:(?<mod>" + MODIFIER + ")\\s)?(?<lead>(?i:the\\s(?:past|last|next|first|final|previous|coming"
                + "|following|latest|remaining|same|full|entire|whole|initial|preceding|other)|the|another|an\\sadditional"
                + "|each\\sof\\sthe\\s(?:past|last|next)|the\\s(?:year-earlier|year-ago|comparable))\\s)?"
                + "(?<num>(?i:" + Numbers.CARDINAL + "|an?)|" + VAGUE + ")(?:\\s(?i:or\\s(?:so|more)))?[-\\s](?:(?i:more|additional|straight"
                + "|consecutive|trading|business|calendar|long|full|whole|extra)[-\\s])?(?<unit>" + UNIT + ")"
                + "(?<old>-old)?(?:\\s(?<after>(?i:ago|earlier|before|after|from\\snow|or\\sso\\sago|or\\sso)))?" + R, (m, s, r) -> {
                    String after = lower(m.group("after"));
                    String unit = m.group("unit").toLowerCase(Locale.ROOT);
                    String numText = m.group("num").toLowerCase(Locale.ROOT);
                    String lead = m.group("lead") == null ? null : lower(m.group("lead")).trim();
                    if (unit.startsWith("quarter") && m.group().contains("-")) return null; // "three-quarters" is a share
                    if (numText.matches("\\d{4}")) return null; // "the 1988 quarter" is a date
                    if (m.group("old") != null && m.group("after") != null) return null;
                    if (followedBy(s.text(), m.end(), "^\\s+(?i:old)\\b")) return null; // "52 years old" is an age
                    boolean one = numText.equals("a") || numText.equals("an");
                    if (one && (unit.equals("second") || unit.equals("quarter"))) return null; // "a second time", "a quarter of"
                    if ((numText.equals("a") || numText.equals("an")) && m.group("mod") == null && lead == null
                            && m.group("after") == null && precededBy(s.text(), m.start(),
                            "(?i:\\d\\S*|percent|times|once|twice|cents|dollars|million|billion|each|per|than|\\w+s)\\s$")) {
                        // "$5 million a year", "twice a day": a rate, not a stretch of time
                        String single = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
                        return new Candidate(m.start(), m.end(), r, "SET", d -> duration(1, single));
                    }
                    double n = numText.contains("couple") ? 2 : Numbers.cardinal(numText);
                    if (numText.equals("a") || numText.equals("an")) {
                        // "a week" is a duration only with a counting context; "a year earlier" is a date.
                        n = 1;
                    }
                    if (!Double.isNaN(n) && n > 5000) return null;
                    int end = m.end();
                    int start = m.start();
                    boolean adjectival = !unit.endsWith("s") && !(numText.equals("a") || numText.equals("an") || numText.equals("one"));
                    if ("the".equals(lead) && (adjectival || m.group().matches("(?s).*\\d-.*"))) start = m.start("num");
                    if (after != null && (after.equals("before") || after.equals("after"))) {
                        end = m.end("unit");
                        after = null;
                    }
                    String u = unit.endsWith("s") && !unit.equals("centuries") ? unit.substring(0, unit.length() - 1)
                            : unit.equals("centuries") ? "century" : unit;
                    if (u.equals("weekend") || u.equals("night")) {
                        if (after == null || !after.contains("ago")) return new Candidate(start, end, r, "DURATION",
                                d -> "P" + count(Double.isNaN(Numbers.cardinal(numText)) ? Double.NaN : Numbers.cardinal(numText)) + (u.equals("night") ? "D" : "WE"));
                    }
                    final double count = n;
                    final String afterWord = after;
                    Anchor a = s.anchor();
                    if (afterWord != null && afterWord.contains("ago")) {
                        if (Double.isNaN(count)) return new Candidate(start, end, r, "DATE", d -> "PAST_REF");
                        int k = (int) Math.round(count);
                        if (u.equals("year") && k == 1) return new Candidate(start, end, r, "DATE", d -> yearEarlier(d, a));
                        String v = switch (u) {
                            case "year" -> a.yearOffset(-k);
                            case "month" -> a.monthOffset(-k);
                            case "week" -> a.weekOffset(-k);
                            case "day" -> a.dayOffset(-k);
                            case "decade" -> a.known() ? String.valueOf((a.date().getYear() - 10 * k) / 10) : "XXX";
                            case "quarter" -> a.quarterOffset(-k);
                            default -> null;
                        };
                        if (v == null) return new Candidate(start, end, r, "DATE", d -> "PAST_REF");
                        return new Candidate(start, end, r, "DATE", d -> v);
                    }
                    if (afterWord != null && afterWord.equals("earlier") && u.equals("year") && count == 1) {
                        return new Candidate(start, end, r, "DATE", d -> yearEarlier(d, a));
                    }
                    if (numText.equals("some") && lead == null) return null; // "some days" is too vague to be worth it
                    return new Candidate(start, end, r, "DURATION", d -> duration(count, u));
                });
        // Bare plural units that still name a stretch of time: "for years", "weeks or months".
        add("(?<=(?i:for|in|over|within|past|recent|the)\\s)(?<unit>(?i:years|months|weeks|days|decades|centuries|hours))"
                + "(?:\\s(?i:or)\\s(?<unit2>(?i:years|months|weeks|days|decades|hours)))?" + R, (m, s, r) -> {
                    String u = m.group("unit").toLowerCase(Locale.ROOT);
                    if (precededBy(s.text(), m.start(), "(?i:recent|past|the)\\s$")) return null;
                    String single = u.equals("centuries") ? "century" : u.substring(0, u.length() - 1);
                    return new Candidate(m.start(), m.end(), r, "DURATION", d -> duration(Double.NaN, single));
                });
        // Fiscal quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1990".
        add(L + "(?:(?<yrel>(?i:this|last|next))\\syear['’]s\\s)?(?:(?<det>(?i:the|this|last|next|that))\\s)?(?:(?<qyear>" + YEAR4 + ")\\s)?(?:(?<fiscal>(?i:fiscal))[-\\s])?"
                + "(?<pre>(?i:year-earlier|year-ago|comparable|latest|current|same|previous)\\s)?"
                + "(?<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))(?<sep>[-\\s])(?:(?i:fiscal)\\s)?(?<what>(?i:quarter|half))"
                + "(?<plural>s)?(?:(?:\\s(?i:of)\\s(?:(?i:fiscal|calendar)\\s)?|,?\\s)(?<year>" + YEAR4 + "))?" + R, (m, s, r) -> {
                    String ordText = m.group("ord").toLowerCase(Locale.ROOT);
                    int q = Numbers.ordinal(ordText);
                    boolean half = m.group("what").equalsIgnoreCase("half");
                    if (half && q > 2) return null;
                    String det = lower(m.group("det"));
                    int start = m.start();
                    boolean hyphen = m.group("sep").equals("-");
                    if (hyphen && m.group("year") == null && det != null && m.group("qyear") == null) {
                        // "the third-quarter profit": the expression is the modifier, not the noun phrase.
                        start = m.group("fiscal") != null ? m.start("fiscal") : m.start("pre") >= 0 ? m.start("pre") : m.start("ord");
                        if (m.group("pre") != null) start = m.start("pre");
                    }
                    String year = m.group("year") != null ? m.group("year") : m.group("qyear");
                    if (year == null && m.group("yrel") != null && s.anchor().known()) {
                        String yr = m.group("yrel").toLowerCase(Locale.ROOT);
                        year = s.anchor().yearOffset(yr.equals("last") ? -1 : yr.equals("next") ? 1 : 0);
                    }
                    String pre = lower(m.group("pre"));
                    boolean earlier = pre != null && (pre.startsWith("year-earlier") || pre.startsWith("year-ago"));
                    String yearRel = det == null ? null : det;
                    Anchor a = s.anchor();
                    String suffix = (half ? "-H" : "-Q") + q;
                    if (m.group("plural") != null && year == null) {
                        return new Candidate(start, m.end(), r, "SET", d -> "XXXX" + suffix);
                    }
                    if (year != null) return quarter(start, m.end(), r, year + suffix);
                    if (earlier) {
                        return new Candidate(start, m.end(), r, "DATE", d -> {
                            String base = d.lastQuarter != null ? d.lastQuarter.substring(0, 4) : a.yearOffset(0);
                            return base.equals("XXXX") ? "XXXX" + suffix : (Integer.parseInt(base) - 1) + suffix;
                        });
                    }
                    if ("last".equals(yearRel) && !a.known()) return quarter(start, m.end(), r, "XXXX" + suffix);
                    if (half) {
                        if (!a.known()) return quarter(start, m.end(), r, "XXXX" + suffix);
                        int y = a.date().getYear();
                        if (q == 2 && a.date().getMonthValue() <= 6 && !s.future()) y--;
                        return quarter(start, m.end(), r, Anchor.year(y) + suffix);
                    }
                    return quarter(start, m.end(), r, a.quarter(q, s.future()));
                });
        // The quarter the story is about: "the quarter", "the latest quarter", "the year-earlier quarter".
        add(L + "(?i:the|this)\\s(?:(?<qyear>" + YEAR4 + ")\\s)?(?:(?<pre>(?i:latest|current|recent|most\\srecent|just-ended|just\\sended"
                + "|year-earlier|year-ago|comparable\\syear-ago|comparable\\syear-earlier|same|previous|prior|preceding"
                + "|comparable|latest\\sfiscal))\\s)?(?<what>(?i:quarter|period))" + R, (m, s, r) -> {
                    String pre = lower(m.group("pre"));
                    String what = m.group("what").toLowerCase(Locale.ROOT);
                    Anchor a = s.anchor();
                    if (m.group("qyear") != null) {
                        String y = m.group("qyear");
                        return new Candidate(m.start(), m.end(), r, "DATE",
                                d -> y + (d.lastQuarter != null ? d.lastQuarter.substring(4) : ""));
                    }
                    if (what.equals("period") && pre == null) return null;
                    if (pre != null && (pre.contains("year-earlier") || pre.contains("year-ago"))) {
                        return new Candidate(m.start(), m.end(), r, "DATE", d -> yearEarlier(d, a));
                    }
                    if (pre != null && (pre.equals("previous") || pre.equals("prior") || pre.equals("preceding"))) {
                        return new Candidate(m.start(), m.end(), r, "DATE", d -> shiftQuarter(
                                d.lastQuarter != null ? d.lastQuarter : a.quarterOffset(-1), -1));
                    }
                    if (pre != null && pre.equals("current") && what.equals("quarter")) return quarter(m, r, a.quarterOffset(0));
                    // "the quarter ended Sept. 30": the quarter whose middle month precedes the closing month.
                    Matcher ended = QUARTER_ENDED.matcher(s.text().substring(m.end(), Math.min(s.text().length(), m.end() + 40)));
                    if (what.equals("quarter") && ended.find() && a.known()) {
                        int close = month(ended.group(1));
                        int middle = close == 1 ? 12 : close - 1;
                        int y = a.date().getYear() - (close > a.date().getMonthValue() ? 1 : 0) - (close == 1 ? 1 : 0);
                        String v = Anchor.year(y) + "-Q" + ((middle - 1) / 3 + 1);
                        return new Candidate(m.start(), m.end(), r, "DATE", d -> v);
                    }
                    if (what.equals("period") && !(pre.equals("latest") || pre.contains("comparable") || pre.equals("same"))) return null;
                    if (pre != null && (pre.contains("latest") || pre.contains("recent") || pre.contains("just"))) {
                        return quarter(m, r, a.quarterOffset(-1)); // the last one closed before the story
                    }
                    return new Candidate(m.start(), m.end(), r, "DATE",
                            d -> d.lastQuarter != null ? d.lastQuarter : a.quarterOffset(-1));
                });
        // "year-earlier" as a modifier, "a year earlier", "a year ago": the same period a year before.
        add(L + "(?i:year-earlier|year-ago|year\\searlier|year\\sago)(?=\\s)" + R, (m, s, r) -> {
            if (m.group().contains(" ") && precededBy(s.text(), m.start(), "(?i:a|one|the|last|per)\\s$")) return null;
            Anchor a = s.anchor();
            return new Candidate(m.start(), m.end(), r, "DATE", d -> yearEarlier(d, a));
        });
        // Years: "2021", "fiscal 1989", "the year 2000", spoken "nineteen ninety-six".
        add(L + "(?:(?<fiscal>(?i:fiscal|calendar|the\\syear|FY))\\s?)?(?<year>" + YEAR4 + ")" + "(?![\\w'\u2019%]|-\\w|[.,]\\d)",
                (m, s, r) -> {
                    if (precededBy(s.text(), m.start(), "[$\u00A3\u20AC#]\\s*$|(?i:No\\.)\\s*$")) return null;
                    if (followedBy(s.text(), m.end(), "^\\s?(?i:percent|per\\scent|million|billion|people|shares|troops|workers|"
                            + "members|soldiers|residents|employees|feet|meters|metres|miles|kilometers|km|tons|barrels|votes|cars"
                            + "|units|points|dollars|euros|pounds|yen|ounces|acres)\\b")) return null;
                    // "cut 1999 jobs" counts; "the 1996 elections" and "in 1996 prices" are years.
                    if (m.group("fiscal") == null && followedBy(s.text(), m.end(), "^\\s[a-z]+s\\b")
                            && !precededBy(s.text(), m.start(), "(?i:the|its|his|her|their|our|this|that|in|of|for|since|until|by|from"
                            + "|to|and|or|through|during|[,(]|['’]s)\\s*$")) return null;
                    return date(m, r, m.group("year"));
                });
        add(L + "(?:(?i:the\\syear)\\s)?(?<year>(?i:(?:nineteen|twenty)[-\\s](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty"
                + "|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen"
                + "|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh[-\\s](?:one|two|three|four|five|six|seven|eight|nine))"
                + "|two\\sthousand(?:\\s(?:and\\s)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?))" + R, (m, s, r) -> {
                    String y = spokenYear(m.group("year"));
                    if (y == null) return null;
                    if (m.group("year").toLowerCase(Locale.ROOT).startsWith("two thousand")
                            && !m.group().toLowerCase(Locale.ROOT).startsWith("the year")) return null;
                    return date(m, r, y);
                });
        // Decades and centuries: "the 1990s", "the mid-1990s", "the '80s", "the 20th century".
        add(L + "(?:(?i:the)\\s)?(?:(?i:early|mid|late)[-\\s]?)?(?:(?<c>1[6-9]|20)(?<d>\\d)0|['\u2019](?<d2>\\d)0)[\u2019']?s" + R,
                (m, s, r) -> date(m, r, (m.group("c") != null ? m.group("c") + m.group("d") : "19" + m.group("d2"))));
        add(L + "(?:(?i:the)\\s)?(?<n>\\d{1,2})(?:st|nd|rd|th)[-\\s](?i:century)" + R,
                (m, s, r) -> date(m, r, String.format("%02d", Integer.parseInt(m.group("n")) - 1)));
        // Seasons: "this summer", "last fall", "the winter of 1994"; bare "fall"/"spring" need a determiner.
        add(L + "(?:(?<rel>(?i:this\\spast|this\\scoming|last|this|next|the|in|early|late|mid))\\s)?"
                + "(?<season>(?i:spring|summer|fall|autumn|winter))(?:\\s(?:(?i:of)\\s)?(?<year>" + YEAR4 + "))?" + R, (m, s, r) -> {
                    String rel = lower(m.group("rel"));
                    String season = m.group("season").toLowerCase(Locale.ROOT);
                    int idx = switch (season) {
                        case "spring" -> 0;
                        case "summer" -> 1;
                        case "fall", "autumn" -> 2;
                        default -> 3;
                    };
                    if (m.group("year") != null) return date(m, r, m.group("year") + "-" + Anchor.seasonCode(idx));
                    if (rel == null && (idx == 0 || idx == 2)) return null;
                    int start = m.start();
                    if ("in".equals(rel)) {
                        start = m.start("season"); // "in" is not part of the expression
                        rel = null;
                    }
                    Integer off = rel == null || rel.equals("the") || rel.equals("early") || rel.equals("late")
                            || rel.equals("mid") ? null
                            : rel.equals("last") || rel.contains("past") ? Integer.valueOf(-1)
                            : rel.equals("next") || rel.contains("coming") ? Integer.valueOf(1) : Integer.valueOf(0);
                    String v = s.anchor().season(idx, off, s.future());
                    return new Candidate(start, m.end(), r, "DATE", d -> v);
                });
        // Vague references to now, the past and the future.
        add(L + "(?i:right\\snow|now|currently|nowadays|these\\sdays|at\\spresent|at\\sthe\\smoment|the\\spresent|presently"
                + "|the\\smoment)" + R, (m, s, r) -> {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    if (w.equals("now") && followedBy(s.text(), m.end(), "^\\s*(?:that|,?\\s*(?:and|or)\\s+(?:then|again))\\b")) return null;
                    return date(m, r, "PRESENT_REF");
                });
        add(L + "(?i:recently|lately|in\\sthe\\spast|the\\spast|recent\\s(?:years|days|times|history)"
                + "|past\\syears|once\\supon\\sa\\stime|the\\sold\\sdays)" + R, (m, s, r) -> {
                    int start = m.start();
                    String w = m.group().toLowerCase(Locale.ROOT);
                    if (w.startsWith("in the past")) start += 3;
                    return new Candidate(start, m.end(), r, "DATE", d -> "PAST_REF");
                });
        add(L + "(?i:soon|the\\sfuture|the\\snear\\sfuture|the\\sdistant\\sfuture|the\\sforeseeable\\sfuture|as\\ssoon\\sas\\spossible"
                + "|a\\slater\\sdate|the\\s(?:near|short)\\sterm|shortly|in\\sthe\\scoming\\s(?:days|weeks|months|years))" + R, (m, s, r) -> {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    if (w.equals("shortly") && followedBy(s.text(), m.end(), "^\\s+(?i:after|before)")) return null;
                    if (w.equals("soon") && followedBy(s.text(), m.end(), "^\\s+(?i:after|before)")) return null;
                    int start = w.startsWith("in the coming") ? m.start() + 3 : m.start();
                    if (w.startsWith("in the coming")) {
                        String unit = w.substring(w.lastIndexOf(' ') + 1);
                        String u = unit.substring(0, unit.length() - 1);
                        return new Candidate(start, m.end(), r, "DURATION", d -> "PX" + unitCode(u));
                    }
                    return new Candidate(start, m.end(), r, "DATE", d -> "FUTURE_REF");
                });
        add(L + "(?i:the)\\s(?<unit>(?i:days|weeks|months|years))\\s(?i:ahead)" + R, (m, s, r) -> {
            String u = m.group("unit").toLowerCase(Locale.ROOT);
            String v = "PX" + unitCode(u.substring(0, u.length() - 1));
            return new Candidate(m.start(), m.end(), r, "DURATION", d -> v);
        });
        add("(?<=(?i:at)\\s)(?i:the\\stime)(?!\\s+(?i:of|when|that|being|to)\\b)" + R,
                (m, s, r) -> new Candidate(m.start(), m.end(), r, "DATE", d -> "PAST_REF"));
        add(L + "(?:(?i:the|in)\\s)?(?i:coming|recent|future)\\s(?<unit>(?i:days|weeks|months|years|quarters))" + R, (m, s, r) -> {
            String u = m.group("unit").toLowerCase(Locale.ROOT);
            int start = m.group().toLowerCase(Locale.ROOT).startsWith("in ") ? m.start() + 3 : m.start();
            if (m.group().toLowerCase(Locale.ROOT).contains("future")) return new Candidate(start, m.end(), r, "DATE", d -> "FUTURE_REF");
            if (m.group().toLowerCase(Locale.ROOT).contains("recent") && (u.equals("years") || u.equals("days"))) {
                return new Candidate(start, m.end(), r, "DATE", d -> "PAST_REF");
            }
            return new Candidate(start, m.end(), r, "DURATION", d -> "PX" + unitCode(u.substring(0, u.length() - 1)));
        });
        // Sets: "each week", "every two years", "daily", "annually".
        add(L + "(?i:each|every|per)\\s(?:(?<num>" + Numbers.CARDINAL + "|other)\\s)?(?<unit>(?i:day|week|month|year|quarter|hour"
                + "|minute|morning|evening|night|afternoon|weekend|days|weeks|months|years|hours|minutes|quarters|decade))" + R,
                (m, s, r) -> {
                    String u = m.group("unit").toLowerCase(Locale.ROOT);
                    String num = lower(m.group("num"));
                    if (u.endsWith("s") && num == null) return null;
                    String single = u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
                    if (single.equals("morning") || single.equals("evening") || single.equals("night") || single.equals("afternoon")) {
                        return new Candidate(m.start(), m.end(), r, "SET", d -> "XXXX-XX-XXT" + dayPart(single));
                    }
                    if (single.equals("weekend")) return new Candidate(m.start(), m.end(), r, "SET", d -> "XXXX-WXX-WE");
                    double n = num == null ? 1 : num.equals("other") ? 2 : Numbers.cardinal(num);
                    return new Candidate(m.start(), m.end(), r, "SET", d -> duration(n, single));
                });
        add(L + "(?i:weekly|monthly|yearly|hourly|nightly|biweekly|bimonthly)" + R,
                (m, s, r) -> {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    String v = switch (w) {
                        case "daily", "nightly" -> "P1D";
                        case "weekly" -> "P1W";
                        case "biweekly" -> "P2W";
                        case "monthly" -> "P1M";
                        case "bimonthly" -> "P2M";
                        case "quarterly" -> "P3M";
                        case "hourly" -> "PT1H";
                        case "semiannually", "biannually" -> "P6M";
                        default -> "P1Y";
                    };
                    return new Candidate(m.start(), m.end(), r, "SET", d -> v);
                });
        // Written dates: "2021-12-31", "12/31/2021".
        add("(?<![\\w/.-])(?<y>" + YEAR4 + ")-(?<m>\\d{2})-(?<d>\\d{2})(?![\\w/-])", (m, s, r) -> {
            int mo = Integer.parseInt(m.group("m"));
            int dd = Integer.parseInt(m.group("d"));
            if (mo < 1 || mo > 12 || dd < 1 || dd > 31) return null;
            return date(m, r, m.group());
        });
        add("(?<![\\w/.-])(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})(?![\\w/])", (m, s, r) -> {
            int mo = Integer.parseInt(m.group("m"));
            int dd = Integer.parseInt(m.group("d"));
            if (mo < 1 || mo > 12 || dd < 1 || dd > 31) return null;
            return date(m, r, String.format("%s-%02d-%02d", fullYear(m.group("y")), mo, dd));
        });
        // "the year", "the fiscal year": the story's year, or a twelve-month stretch when "ended"/"ending" follows.
        add(L + "(?i:the)\\s(?:(?<pre>(?i:full|fiscal|latest\\sfiscal|current\\sfiscal|same|entire|whole))\\s)?(?i:year)" + R,
                (m, s, r) -> {
                    if (followedBy(s.text(), m.end(), "^\\s+(?i:ended|ending|to\\sdate|through|before|after|earlier|ago|of\\s\\d)")) {
                        return followedBy(s.text(), m.end(), "^\\s+(?i:ended|ending)")
                                ? new Candidate(m.start(), m.end(), r, "DURATION", d -> "P1Y") : null;
                    }
                    String pre = lower(m.group("pre"));
                    if (pre == null && !precededBy(s.text(), m.start(), "(?i:for|of|in|during|throughout)\\s$")) return null;
                    Anchor a = s.anchor();
                    return date(m, r, pre != null && pre.contains("latest") ? a.yearOffset(-1) : a.yearOffset(0));
                });
        add(L + "(?i:the)\\s(?<unit>(?i:week|month))" + R, (m, s, r) -> {
            if (!precededBy(s.text(), m.start(), "(?i:for|of|during|throughout)\\s$")
                    || followedBy(s.text(), m.end(), "^\\s+(?i:ended|ending|before|after|earlier|ago|of|following)\\b")) return null;
            Anchor a = s.anchor();
            return date(m, r, m.group("unit").equalsIgnoreCase("week") ? a.weekOffset(0) : a.monthOffset(0));
        });
        add(L + "(?i:mid|early|late)[-\\s]?(?<part>(?i:morning|afternoon|evening))" + R, (m, s, r) -> {
            String v = s.anchor().dayOffset(0) + "T" + dayPart(m.group("part"));
            return new Candidate(m.start(), m.end(), r, "TIME", d -> v);
        });
        // Decades in words: "the nineties", "the early eighties".
        add(L + "(?i:the)\\s(?:(?i:early|mid|late)[-\\s]?)?(?<dec>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties"
                + "|nineties))" + R, (m, s, r) -> {
                    String d = m.group("dec").toLowerCase(Locale.ROOT);
                    int n = (int) Numbers.cardinal(d.substring(0, d.length() - 3) + "y") / 10;
                    return date(m, r, "19" + n);
                });
        // "earlier in the year", "later in the month".
        add(L + "(?i:earlier|later|early|late)\\s(?i:in|this)\\s(?i:the)\\s(?<unit>(?i:year|month|week|day))" + R, (m, s, r) -> {
            Anchor a = s.anchor();
            String v = switch (m.group("unit").toLowerCase(Locale.ROOT)) {
                case "year" -> a.yearOffset(0);
                case "month" -> a.monthOffset(0);
                case "week" -> a.weekOffset(0);
                default -> a.dayOffset(0);
            };
            return date(m, r, v);
        });
        // End of the year: "year-end", "the end of the year".
        add(L + "(?i:year-end|year\\send|year's\\send)" + R, (m, s, r) -> date(m, r, s.anchor().yearOffset(0)));
        add(L + "(?i:the\\s(?:end|beginning|start|middle|rest|remainder)\\sof\\sthe\\s(?<unit>year|month|week|decade|quarter))" + R,
                (m, s, r) -> {
                    Anchor a = s.anchor();
                    String v = switch (m.group("unit").toLowerCase(Locale.ROOT)) {
                        case "year" -> a.yearOffset(0);
                        case "month" -> a.monthOffset(0);
                        case "week" -> a.weekOffset(0);
                        case "quarter" -> a.quarterOffset(0);
                        default -> a.known() ? String.valueOf(a.date().getYear() / 10) : "XXX";
                    };
                    return date(m, r, v);
                });
    }

    private void add(String regex, Handler handler) {
        Pattern pattern = Pattern.compile(regex);
        rules.add(new Rule(pattern, handler, regex.contains("(?<=") ? null : firstCharacters(pattern)));
    }

    /**
     * Which ASCII characters a match of {@code pattern} can begin with. Matching the one character alone: when
     * that fails without the matcher asking for more input (hitEnd), no text beginning with it can match, so the
     * search skips such word starts without running the rule (most rules begin with a few letters or digits).
     * Negative look-behinds see no text before here, which makes them pass: the set can only be too wide.
     */
    private static boolean[] firstCharacters(Pattern pattern) {
        boolean[] can = new boolean[128];
        for (char c = 0; c < can.length; c++) {
            Matcher m = pattern.matcher(String.valueOf(c));
            can[c] = m.lookingAt() || m.hitEnd();
        }
        return can;
    }

    /** The time expressions in {@code text}, in text order. */
    public List<Found> find(String text, Tense tense, LocalDate anchorDate) {
        Anchor anchor = new Anchor(anchorDate);
        List<Candidate> candidates = new ArrayList<>();
        int[] starts = wordStarts(text);
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            Matcher m = rule.pattern().matcher(text);
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int covered = 0;
            // Every expression begins a word, so trying only word starts is the same as find() and much cheaper.
            for (int start : starts) {
                if (start < covered || !rule.mayStartWith(text.charAt(start))) continue;
                m.region(start, text.length());
                if (!m.lookingAt() || m.end() == m.start()) continue;
                covered = m.end();
                Candidate c = rule.handler().make(m, new Site(text, m.start(), m.end(), anchor, tense), i);
                if (c != null && c.end() > c.start()) candidates.add(c);
            }
        }
        // Longest first, then earliest rule; keep those that do not overlap an already kept one.
        candidates.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::rule)
                .thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            boolean free = true;
            for (Candidate k : kept) {
                if (c.start() < k.end() && k.start() < c.end()) {
                    free = false;
                    break;
                }
            }
            if (free) kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        Discourse discourse = new Discourse();
        List<Found> out = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            String value = c.value().apply(discourse);
            if (value == null) continue;
            String written = text.substring(c.start(), c.end()).toLowerCase(Locale.ROOT);
            if (value.matches("\\d{4}-Q\\d") && !written.contains("year") && !written.contains("ago")) {
                discourse.lastQuarter = value;
                discourse.quarterInFocus = true;
            } else if (value.equals("P9M") || value.equals("P6M") || value.equals("P1Y")
                    || (c.type().equals("DATE") && value.matches("\\d{4}") && !written.contains("year"))) {
                discourse.quarterInFocus = false; // "the nine months", "fiscal 1989": comparisons are now yearly
            }
            if (written.matches("(?s).*\\b\\d{4}\\b.*") && value.matches("\\d{4}.*")) {
                discourse.lastYear = Integer.parseInt(value.substring(0, 4));
            }
            int start = c.start();
            if (!c.type().equals("DURATION") && !c.type().equals("SET")) start = extendLeft(text, start, out);
            out.add(new Found(start, c.end(), c.type(), value));
        }
        return joinDateAndTime(text, out);
    }

    /** Offsets where a word or number begins, including after a hyphen ("mid-November") or an apostrophe ("'80s"). */
    private static int[] wordStarts(String text) {
        int[] out = new int[Math.max(16, text.length() / 3)];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = Character.isLetterOrDigit(c);
            boolean prevWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            if ((word && !prevWord) || ((c == '\'' || c == '\u2019') && !prevWord)) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** "December 31, 2021 at 12:45 pm" is one time: the day from the date, the clock from the time. */
    private static List<Found> joinDateAndTime(String text, List<Found> found) {
        List<Found> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (i + 1 < found.size()) {
                Found next = found.get(i + 1);
                String gap = text.substring(f.end(), next.start());
                int t = next.value().indexOf('T');
                if (f.value().matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}") && next.type().equals("TIME") && t > 0
                        && gap.matches(",?\\s(?i:at\\s)?")) {
                    out.add(new Found(f.start(), next.end(), "TIME", f.value() + next.value().substring(t)));
                    i++;
                    continue;
                }
                // "9 a.m. ET on Feb. 14": the clock from the time, the day from the date.
                int u = f.value().indexOf('T');
                if (f.type().equals("TIME") && u > 0 && next.value().matches("(\\d{4}|XXXX)-\\d{2}-\\d{2}")
                        && gap.matches(",?\\s(?i:on\\s)?")) {
                    out.add(new Found(f.start(), next.end(), "TIME", next.value() + f.value().substring(u)));
                    i++;
                    continue;
                }
            }
            out.add(f);
        }
        return out;
    }

    private static int extendLeft(String text, int start, List<Found> before) {
        int limit = before.isEmpty() ? 0 : before.get(before.size() - 1).end();
        int from = Math.max(limit, start - 40);
        Matcher m = EXTENSION.matcher(text.substring(from, start));
        if (m.find()) return from + m.start();
        return start;
    }

    // ---- value helpers

    private static Candidate date(Matcher m, int rule, String value) {
        return new Candidate(m.start(), m.end(), rule, "DATE", d -> value);
    }

    private static Candidate quarter(Matcher m, int rule, String value) {
        return quarter(m.start(), m.end(), rule, value);
    }

    private static Candidate quarter(int start, int end, int rule, String value) {
        return new Candidate(start, end, rule, "DATE", d -> value);
    }

    private static String yearEarlier(Discourse d, Anchor a) {
        if (d.lastQuarter != null && d.quarterInFocus && !d.lastQuarter.startsWith("X")) {
            int year = Integer.parseInt(d.lastQuarter.substring(0, 4));
            // Only a quarter of the story's own year (or the one just closed) is the base; an older one is itself the comparison.
            boolean current = !a.known() || year == a.date().getYear()
                    || (year == a.date().getYear() - 1 && d.lastQuarter.endsWith("Q4"));
            if (current) return (year - 1) + d.lastQuarter.substring(4);
        }
        return a.yearOffset(-1);
    }

    private static String shiftQuarter(String quarter, int by) {
        if (quarter.startsWith("X")) return quarter;
        int y = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(6) - '0';
        int index = y * 4 + q - 1 + by;
        return Anchor.year(Math.floorDiv(index, 4)) + "-Q" + (Math.floorMod(index, 4) + 1);
    }

    private static String dayValue(String word, Anchor a, boolean future) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "yesterday" -> a.dayOffset(-1);
            case "today" -> a.dayOffset(0);
            case "tomorrow" -> a.dayOffset(1);
            default -> a.weekday(WEEKDAYS.get(w), future);
        };
    }

    private static int weekday(String name) {
        return name == null ? -1 : WEEKDAYS.get(name.toLowerCase(Locale.ROOT));
    }

    private static String dayPart(String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    private static boolean isClock(String unit) {
        return unit.equals("hour") || unit.equals("minute") || unit.equals("second");
    }

    private static String unitCode(String unit) {
        return switch (unit) {
            case "second" -> "S";
            case "minute" -> "M";
            case "hour" -> "H";
            case "day", "night" -> "D";
            case "week" -> "W";
            case "fortnight" -> "W";
            case "month" -> "M";
            case "year" -> "Y";
            case "decade" -> "DE";
            case "century" -> "CE";
            case "quarter" -> "Q";
            case "weekend" -> "WE";
            default -> "X";
        };
    }

    private static String count(double n) {
        if (Double.isNaN(n)) return "X";
        if (n == Math.rint(n)) return String.valueOf((long) n);
        return String.valueOf(n);
    }

    /** "P3Y", "PT50M", "P2Y6M" for two and a half years, "PXD" for "a few days". */
    static String duration(double n, String unit) {
        String t = isClock(unit) ? "T" : "";
        if (unit.equals("fortnight") && !Double.isNaN(n)) n *= 2;
        if (!Double.isNaN(n) && n != Math.rint(n) && n * 2 == Math.rint(n * 2)) {
            long whole = (long) Math.floor(n);
            String w = whole > 0 ? whole + unitCode(unit) : "";
            return switch (unit) {
                case "year" -> "P" + w + "6M";
                case "day" -> "P" + w + "T12H";
                case "hour" -> "PT" + w + "30M";
                case "minute" -> "PT" + w + "30S";
                default -> "P" + t + count(n) + unitCode(unit);
            };
        }
        return "P" + t + count(n) + unitCode(unit);
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static String fullYear(String y) {
        if (y.startsWith("'") || y.startsWith("\u2019")) y = y.substring(1);
        if (y.length() == 2) {
            int v = Integer.parseInt(y);
            return (v < 40 ? "20" : "19") + y;
        }
        return y;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static final Map<String, Pattern> CONTEXT_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the 30 characters before {@code pos} end with {@code regex}. */
    private static boolean precededBy(String text, int pos, String regex) {
        Pattern p = CONTEXT_PATTERNS.computeIfAbsent("<" + regex,
                k -> Pattern.compile("(?:" + regex + ")" + (regex.endsWith("$") ? "" : "$")));
        return p.matcher(text.substring(Math.max(0, pos - 30), pos)).find();
    }

    /** Whether the 30 characters after {@code pos} match {@code regex} (anchored with "^" by the caller). */
    private static boolean followedBy(String text, int pos, String regex) {
        Pattern p = CONTEXT_PATTERNS.computeIfAbsent(">" + regex, k -> Pattern.compile(regex));
        return p.matcher(text.substring(pos, Math.min(text.length(), pos + 30))).find();
    }

    private static String spokenYear(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
        if (w.startsWith("two thousand")) {
            String rest = w.substring("two thousand".length()).replace(" and ", " ").trim();
            double r = rest.isEmpty() ? 0 : Numbers.cardinal(rest);
            return Double.isNaN(r) ? null : Anchor.year(2000 + (int) r);
        }
        String[] parts = w.split(" ", 2);
        int century = parts[0].equals("nineteen") ? 19 : 20;
        String rest = parts[1];
        if (rest.equals("hundred")) return Anchor.year(century * 100);
        if (rest.startsWith("oh ")) rest = rest.substring(3);
        double r = Numbers.cardinal(rest);
        if (Double.isNaN(r) || r >= 100) return null;
        return Anchor.year(century * 100 + (int) r);
    }
}
