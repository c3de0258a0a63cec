package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dateline.serve.ArchiveServer;
import org.dateline.store.Archive;
import org.dateline.store.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline serve}: the archive, read-only, as a JSON API and a web UI. Runs until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the archive read-only: JSON API and web UI.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "The archive (default: dateline.duckdb here).")
    Path db = Path.of("dateline.duckdb");

    @Option(names = "--port", paramLabel = "N", description = "Port (default: 8080; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDR", description = "Address to listen on (default: 127.0.0.1, this machine only).")
    String host = "127.0.0.1";

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535");
        Archive archive;
        try {
            archive = Archive.openSandboxed(db);
        } catch (ArchiveException e) {
            err.println("dateline: " + e.getMessage());
            return 2;
        }
        ArchiveServer server = ArchiveServer.start(archive, host, port);
        err.println("dateline: serving " + db + " at http://" + host + ":" + server.port() + "/ (Ctrl-C to stop)");
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            archive.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
