package org.dateline.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.DatelineException;
import org.dateline.Problem;

/** Reading the gold sets' JSON files, the same way for every scorer. */
final class GoldFiles {
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private GoldFiles() {
    }

    /** The file's JSON; a missing file is E012 naming {@code what}. Gold files may hold NaN, as Python writes it. */
    static JsonNode json(Path file, String what) {
        if (!Files.isRegularFile(file)) throw new DatelineException(Problem.E012, file.toString(), what);
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
