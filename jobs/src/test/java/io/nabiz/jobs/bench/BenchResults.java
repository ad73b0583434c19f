package io.nabiz.jobs.bench;

import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes one benchmark part's figures as a JSON object, for scripts/bench to gather. */
final class BenchResults {

    private BenchResults() {}

    static void write(Path file, Map<String, Object> figures) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(figures));
    }
}
