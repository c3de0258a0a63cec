package org.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs Mozilla Readability.js (bench/readability, installed from the npm registry on first use) over the
 * same pages, in this run, so that speeds are compared on one machine at one time.
 */
final class PeerReadability {
    record Result(int pages, long bytes, double seconds, double cpuSeconds, int warmupPasses, Path texts) {
    }

    private PeerReadability() {
    }

    static Path home() {
        String h = System.getProperty("dateline.home");
        return Path.of(h == null ? "." : h).toAbsolutePath().normalize();
    }

    static Result run(List<String> inputs, int warmup, double warmupSeconds, PrintWriter err) throws IOException, InterruptedException {
        Path dir = home().resolve("bench/readability");
        if (!Files.exists(dir.resolve("bench.mjs"))) throw new IOException("peer script not found: " + dir.resolve("bench.mjs"));
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            err.println("dateline: installing the peer (npm install in " + dir + ")...");
            err.flush();
            exec(dir, List.of("npm", "install", "--no-audit", "--no-fund", "--silent"));
        }
        List<String> cmd = new ArrayList<>(List.of("node", "bench.mjs"));
        Path texts = Files.createTempFile("readability-texts", ".json");
        cmd.add("--texts");
        cmd.add(texts.toString());
        cmd.add("--warmup");
        cmd.add(String.valueOf(warmup));
        cmd.add("--warmup-seconds");
        cmd.add(String.valueOf(warmupSeconds));
        for (String in : inputs) {
            Path p = Path.of(in).toAbsolutePath();
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(InputWalker::isPageFile).sorted().forEach(f -> cmd.add(f.toString()));
                }
            } else {
                cmd.add(p.toString());
            }
        }
        String json = exec(dir, cmd);
        JsonNode n = new ObjectMapper().readTree(json.lines().reduce((a, b) -> b).orElse("{}"));
        return new Result(n.path("pages").asInt(), n.path("bytes").asLong(), n.path("seconds").asDouble(), n.path("cpuSeconds").asDouble(), n.path("warmupPasses").asInt(), texts);
    }

    private static String exec(Path dir, List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        if (rc != 0) throw new IOException(String.join(" ", cmd.subList(0, 2)) + " exited with " + rc);
        return out;
    }
}
