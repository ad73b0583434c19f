package io.nabiz.engine.rule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The rules a job evaluates, as written in {@code config/rules.yaml}. */
public record RuleSet(int v, List<SpikeRule> spikes) {

    public static final String DEFAULT_RESOURCE = "/config/rules.yaml";

    @JsonCreator
    public RuleSet(@JsonProperty("v") int v, @JsonProperty("spikes") List<SpikeRule> spikes) {
        this.v = v;
        this.spikes = List.copyOf(Objects.requireNonNull(spikes, "spikes"));
        if (this.spikes.isEmpty()) {
            throw new IllegalArgumentException("a rule set needs at least one rule");
        }
    }

    public static RuleSet loadDefault() {
        try (InputStream in = RuleSet.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return Json.YAML.readValue(in, RuleSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public static RuleSet load(Path file) throws IOException {
        return Json.YAML.readValue(Files.readAllBytes(file), RuleSet.class);
    }
}
