package org.dateline.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr: done/total, rate and ETA; redrawn at most ten times a second. */
final class ProgressBar {
    private final PrintWriter err;
    private final long total;
    private final String unit;
    private final long started = System.nanoTime();
    private long lastDraw;
    private final boolean enabled;

    ProgressBar(PrintWriter err, long total, String unit, boolean enabled) {
        this.err = err;
        this.total = total;
        this.unit = unit;
        this.enabled = enabled;
    }

    void update(long done) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) return;
        lastDraw = now;
        double secs = Math.max(1e-9, (now - started) / 1e9);
        double rate = done / secs;
        int width = 30;
        int filled = total == 0 ? width : (int) (width * done / total);
        String eta = rate > 0 && total > done ? String.format(Locale.ROOT, "%.0fs", (total - done) / rate) : "0s";
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d %s  %.1f %s/s  ETA %s ", "#".repeat(filled), ".".repeat(width - filled),
                done, total, unit, rate, unit, eta);
        if (done >= total) err.println();
        err.flush();
    }
}
