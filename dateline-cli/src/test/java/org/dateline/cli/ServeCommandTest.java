package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void servingAMissingArchiveSaysToIngestFirst() {
        CliRun r = CliRun.of("serve", "--db", dir.resolve("none.duckdb").toString(), "--port", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("none.duckdb").contains("dateline ingest");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertThat(CliRun.of("serve", "--port", "70000").exit()).isEqualTo(2);
    }
}
