package org.dateline.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dateline.store.Filter;

/** Request parameters, each checked and bounded; a bad one is a 400 with a one-line reason. */
final class Params {
    /** Page size when none is asked for, and the most a page may hold. */
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 100_000;

    private Params() {
    }

    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    static Filter filter(Context ctx) {
        int limit = number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = number(ctx, "offset", 0, 0, MAX_OFFSET);
        String text = string(ctx, "text");
        if (text == null) text = string(ctx, "q");
        String actor = string(ctx, "actor");
        if (actor != null && !actor.matches("[A-Za-z0-9]{1,30}")) throw new BadRequest("actor: letters and digits only (a CAMEO code)");
        String event = string(ctx, "event");
        if (event != null && !event.matches("[0-9]{1,4}")) throw new BadRequest("event: 1 to 4 digits (a CAMEO code)");
        return new Filter(actor, event, date(ctx, "since"), date(ctx, "until"), string(ctx, "speaker"), text, limit, offset);
    }

    static String string(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > Filter.MAX_STRING) throw new BadRequest(name + ": at most " + Filter.MAX_STRING + " characters");
        return v.strip();
    }

    static int number(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw new BadRequest(name + ": must be " + min + ".." + max);
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest(name + ": not a number");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String v = string(ctx, name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequest(name + ": give an ISO date, YYYY-MM-DD");
        }
    }
}
