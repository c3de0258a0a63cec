package org.dateline.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.store.Archive;
import org.dateline.store.ArchiveException;
import org.dateline.store.Filter;

/**
 * Serves an archive read-only: the JSON API under {@code /api}, its description at {@code /openapi.json},
 * and the web UI (home, story, actor and search pages; no script anywhere). Every response carries a
 * strict Content-Security-Policy and {@code nosniff}.
 */
public final class ArchiveServer {
    /** No script may run, inline or not; styles and images only from this server. */
    static final String CSP = "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Javalin app;

    private ArchiveServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code archive} (opened read-only) on host:port; port 0 picks a free port. */
    public static ArchiveServer start(Archive archive, String host, int port) {
        // Jetty's and Javalin's start-up chatter is not for the user; warnings still show.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        byte[] css = resource("style.css");
        byte[] openapi = resource("openapi.json");
        Pages pages = new Pages(archive);
        Javalin app = Javalin.create(cfg -> {
            cfg.jetty.host = host;
            cfg.jetty.port = port;
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = 16 * 1024;
            cfg.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
            });
            cfg.routes.get("/static/style.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
            cfg.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
            cfg.routes.get("/api/stories", ctx -> page(ctx, archive.stories(Params.filter(ctx)), Params.filter(ctx)));
            cfg.routes.get("/api/stories/{id}", ctx -> {
                StoryRecord s = StoryRecord.load(archive, ctx.pathParam("id"));
                if (s == null) {
                    error(ctx, 404, "no story with this id");
                    return;
                }
                json(ctx, s.asMap());
            });
            cfg.routes.get("/api/events", ctx -> page(ctx, archive.events(Params.filter(ctx)), Params.filter(ctx)));
            cfg.routes.get("/api/quotes", ctx -> page(ctx, archive.quotes(Params.filter(ctx)), Params.filter(ctx)));
            cfg.routes.get("/api/actors", ctx -> page(ctx, archive.actors(Params.filter(ctx)), Params.filter(ctx)));
            cfg.routes.get("/api/search", ctx -> {
                Filter f = Params.filter(ctx);
                if (f.text() == null) throw new Params.BadRequest("q: give the words to search for");
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("q", f.text());
                body.put("stories", StoryRecord.maps(archive.stories(f)));
                body.put("quotes", StoryRecord.maps(archive.quotes(f)));
                json(ctx, body);
            });
            cfg.routes.get("/", ctx -> html(ctx, pages.home()));
            cfg.routes.get("/story/{id}", ctx -> {
                String html = pages.story(ctx.pathParam("id"));
                if (html == null) {
                    ctx.status(404).contentType(HTML).result(pages.notFound("No story with this id."));
                } else {
                    html(ctx, html);
                }
            });
            cfg.routes.get("/actor/{code}", ctx -> {
                String code = ctx.pathParam("code");
                if (!code.matches("[A-Za-z0-9]{1,30}")) throw new Params.BadRequest("actor: letters and digits only");
                html(ctx, pages.actor(code.toUpperCase(java.util.Locale.ROOT)));
            });
            cfg.routes.get("/search", ctx -> html(ctx, pages.search(ctx)));
            cfg.routes.exception(Params.BadRequest.class, (e, ctx) -> bad(ctx, pages, 400, e.getMessage()));
            cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> bad(ctx, pages, 400, e.getMessage()));
            cfg.routes.exception(ArchiveException.class, (e, ctx) -> bad(ctx, pages, 500, "the archive could not answer"));
            cfg.routes.error(404, ctx -> {
                if (ctx.result() == null) bad(ctx, pages, 404, "not found");
            });
        });
        app.start();
        return new ArchiveServer(app);
    }

    private static final String HTML = "text/html; charset=utf-8";

    private static void html(Context ctx, String page) {
        ctx.contentType(HTML).result(page);
    }

    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    private static void bad(Context ctx, Pages pages, int status, String message) {
        if (ctx.path().startsWith("/api/")) error(ctx, status, message);
        else ctx.status(status).contentType(HTML).result(pages.notFound(message));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, Map.of("error", message));
    }

    /** A page of rows with where the next page is (null on the last page). */
    private static void page(Context ctx, org.dateline.store.Rows rows, Filter f) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<Map<String, Object>> items = StoryRecord.maps(rows);
        body.put("items", items);
        body.put("limit", f.limit());
        body.put("offset", f.offset());
        body.put("next_offset", items.size() == f.limit() && f.offset() + f.limit() <= Params.MAX_OFFSET
                ? f.offset() + f.limit() : null);
        json(ctx, body);
    }

    private static void json(Context ctx, Object body) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ArchiveServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
