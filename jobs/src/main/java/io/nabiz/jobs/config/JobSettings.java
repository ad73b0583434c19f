package io.nabiz.jobs.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.DeadLetterPayload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/** A job's deployment settings, as written in {@code config/nabiz.yaml}. */
public record JobSettings(
        Kafka kafka,
        EventTime eventTime,
        Checkpoints checkpoints,
        State state,
        Restarts restarts,
        DeadLetters deadLetters,
        int parallelism) {

    public static final String DEFAULT_RESOURCE = "/config/nabiz.yaml";

    public JobSettings {
        deadLetters =
                deadLetters == null ? new DeadLetters(DeadLetterPayload.ORIGINAL) : deadLetters;
    }

    /**
     * Where mentions come from and alerts go.
     *
     * @param connectTimeout how long {@code listen} waits at start for a broker to answer
     * @param properties passed to every Kafka client as they are: {@code security.protocol}, SASL
     *     and SSL settings; their values are never logged
     */
    public record Kafka(
            String bootstrapServers,
            String groupId,
            Topics topics,
            Duration transactionTimeout,
            String transactionalIdPrefix,
            Duration connectTimeout,
            Map<String, String> properties) {

        public Kafka {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }

        /** {@link #properties()} for a Kafka client's configuration. */
        public Properties clientProperties() {
            Properties p = new Properties();
            p.putAll(properties);
            return p;
        }
    }

    /**
     * @param mentions one topic per channel: chat, e-mail and social, in that order
     * @param alerts every alert event
     * @param alertRoutes further topics that receive the alerts matching them
     * @param rules where new rule sets are published
     * @param resolutions what people decided about incidents (acknowledged, resolved), keyed by
     *     incident id
     * @param judgedWindows every key's window counts next to its usual level, for the board's
     *     charts, or {@code null} to publish none
     */
    public record Topics(
            List<String> mentions,
            String alerts,
            List<AlertRoute> alertRoutes,
            String deadLetters,
            String late,
            String rules,
            String resolutions,
            String judgedWindows) {

        public Topics {
            alertRoutes = alertRoutes == null ? List.of() : List.copyOf(alertRoutes);
            resolutions = resolutions == null ? "resolutions" : resolutions;
            judgedWindows = judgedWindows == null || judgedWindows.isBlank() ? null : judgedWindows;
        }

        /** Every topic the listen job and the board read or write. */
        public List<String> all() {
            return Stream.of(
                            mentions.stream(),
                            Stream.of(alerts),
                            alertRoutes.stream().map(AlertRoute::topic),
                            Stream.of(deadLetters, late, rules, resolutions),
                            Stream.ofNullable(judgedWindows))
                    .flatMap(s -> s)
                    .distinct()
                    .toList();
        }

        /** The same topics with {@code prefix.} in front of every name, to keep runs apart. */
        public Topics prefixed(String prefix) {
            return new Topics(
                    mentions.stream().map(m -> prefix + "." + m).toList(),
                    prefix + "." + alerts,
                    alertRoutes.stream()
                            .map(
                                    r ->
                                            new AlertRoute(
                                                    prefix + "." + r.topic(),
                                                    r.minSeverity(),
                                                    r.brands()))
                            .toList(),
                    prefix + "." + deadLetters,
                    prefix + "." + late,
                    prefix + "." + rules,
                    prefix + "." + resolutions,
                    judgedWindows == null ? null : prefix + "." + judgedWindows);
        }
    }

    /** How event time is tracked: see the comments in the default file. */
    public record EventTime(
            Duration maxOutOfOrderness, Duration allowedLateness, Duration idleTimeout) {}

    public record Checkpoints(Duration interval) {}

    /**
     * Where keyed state lives.
     *
     * @param checkpointDirectory a file system URI every JobManager and TaskManager can reach
     *     (checkpoints of a cluster run must survive a lost machine), or {@code null} to keep the
     *     cluster's setting
     */
    public record State(StateBackend backend, String checkpointDirectory) {}

    /** The state backends a job can run on. */
    public enum StateBackend {
        /** Objects on the JVM heap: fastest, bounded by TaskManager memory. */
        HASHMAP,
        /** Serialized in RocksDB on local disk, checkpointed incrementally: large key spaces. */
        ROCKSDB;

        /** The name Flink's {@code state.backend.type} option and the settings file use. */
        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static StateBackend fromWireName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * How a failed job comes back: from its last checkpoint, after a delay that starts at {@code
     * initialDelay} and doubles on each failure in a row up to {@code maxDelay}; it never gives up,
     * since a listening job that stops is an outage.
     */
    public record Restarts(Duration initialDelay, Duration maxDelay) {}

    /**
     * What dead letters keep.
     *
     * @param payload the original bytes ({@code original}, the default: reprocessable), the
     *     original with its personal data masked ({@code masked}), or nothing ({@code none})
     */
    public record DeadLetters(DeadLetterPayload payload) {

        public DeadLetters {
            payload = payload == null ? DeadLetterPayload.ORIGINAL : payload;
        }
    }

    public static JobSettings loadDefault() {
        try (InputStream in = JobSettings.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return Json.YAML.readValue(in, JobSettings.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public JobSettings withBootstrapServers(String servers) {
        return SettingsTree.with(this, Map.of("kafka.bootstrapServers", servers));
    }
}
