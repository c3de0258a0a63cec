package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every story the CLI writes validates against docs/story.schema.json, the contract other tools read. */
class StorySchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Schema schema() throws IOException {
        Path file = Path.of("..", "docs", "story.schema.json");
        JsonNode node = JSON.readTree(Files.readString(file));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    }

    private void assertValid(String jsonl) throws IOException {
        Schema schema = schema();
        for (String line : jsonl.split("\n")) {
            if (line.isBlank()) continue;
            var errors = schema.validate(JSON.readTree(line));
            assertThat(errors).as(line.substring(0, Math.min(200, line.length()))).isEmpty();
        }
    }

    @Test
    void storiesOfOwnTextsValidate() throws IOException {
        Path a = dir.resolve("a.txt");
        Files.writeString(a, """
                Talks End Without Deal

                The European Union and China ended two days of talks in Brussels on Friday without an agreement,
                officials said. "We remain far apart on trade," the EU's trade commissioner told reporters.
                Beijing warned it would respond to any new tariffs.
                """);
        CliRun run = CliRun.of("analyze", "--format", "jsonl", "--published", "2023-06-09", a.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertValid(run.out());
    }

    @Test
    void theExamplePageValidates() throws IOException {
        Path example = SharedData.root().resolve(SharedData.EXAMPLE);
        Assumptions.assumeTrue(Files.exists(example), "shared data absent");
        CliRun run = CliRun.of("analyze", "--format", "jsonl", example.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertValid(run.out());
    }

    @Test
    void aStoryMissingAFieldDoesNotValidate() throws IOException {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
                "{\"id\":\"x\",\"url\":null,\"title\":null,\"published\":null,\"published_basis\":null,\"authors\":[],"
                        + "\"outlet\":{\"name\":null,\"labels\":[]},\"disclosures\":[],\"text\":\"\",\"comments\":[],"
                        + "\"sentences\":[],\"entities\":[],\"times\":[],\"places\":[],\"quotes\":[],\"events\":[]}");
        assertThat(schema().validate(node)).isEmpty();
        node.remove("events");
        assertThat(schema().validate(node)).isNotEmpty();
    }
}
