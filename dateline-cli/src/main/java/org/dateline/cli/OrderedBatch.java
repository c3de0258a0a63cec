package org.dateline.cli;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over a lazy sequence on all cores and hands results back in input order, holding at
 * most a small window in memory: JSON lines out stay in the order they came in.
 */
final class OrderedBatch {
    private OrderedBatch() {
    }

    static <I, O> void run(Iterator<I> inputs, Function<I, O> work, Consumer<O> sink, int threads) {
        if (threads <= 1) {
            while (inputs.hasNext()) sink.accept(work.apply(inputs.next()));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "dateline-worker", 64L << 20); // deep pages need stack
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<O>> window = new ArrayDeque<>();
        int max = threads * 4;
        try {
            while (inputs.hasNext()) {
                I in = inputs.next();
                window.add(pool.submit(() -> work.apply(in)));
                if (window.size() >= max) sink.accept(take(window.poll()));
            }
            while (!window.isEmpty()) sink.accept(take(window.poll()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O take(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }
}
