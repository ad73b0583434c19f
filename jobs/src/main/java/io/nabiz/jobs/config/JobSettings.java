package io.nabiz.jobs.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A job's deployment settings, as written in {@code config/nabiz.yaml}. */
public record JobSettings(
        Kafka kafka,
        EventTime eventTime,
        Checkpoints checkpoints,
        State state,
        Restarts restarts,
        int parallelism,
        Customers customers) {

    public static final String DEFAULT_RESOURCE = "/config/nabiz.yaml";

    public JobSettings {
        customers = customers == null ? new Customers(null, null) : customers;
    }

    /** Settings with the bundled per-customer configuration. */
    public JobSettings(
            Kafka kafka,
            EventTime eventTime,
            Checkpoints checkpoints,
            State state,
            Restarts restarts,
            int parallelism) {
        this(kafka, eventTime, checkpoints, state, restarts, parallelism, null);
    }

    /**
     * Where the per-customer configuration lives.
     *
     * @param identities an identity map file like {@code config/identities.yaml}, or {@code null}
     *     for the bundled one
     * @param rules a care rules file like {@code config/care.yaml}, or {@code null} for the bundled
     *     one
     */
    public record Customers(Path identities, Path rules) {}

    /** Where mentions come from and alerts go. */
    public record Kafka(
            String bootstrapServers,
            String groupId,
            Topics topics,
            Duration transactionTimeout,
            String transactionalIdPrefix) {}

    /**
     * @param mentions one topic per channel: chat, e-mail, social and survey, in that order
     * @param alerts every alert event
     * @param alertRoutes further topics that receive the alerts matching them
     * @param rules where new rule sets are published
     * @param customerAlerts customer-at-risk alert events, for care agents (default {@value
     *     #DEFAULT_CUSTOMER_ALERTS})
     */
    public record Topics(
            List<String> mentions,
            String alerts,
            List<AlertRoute> alertRoutes,
            String deadLetters,
            String late,
            String rules,
            String customerAlerts) {

        public static final String DEFAULT_CUSTOMER_ALERTS = "alerts.customers";

        public Topics {
            alertRoutes = alertRoutes == null ? List.of() : List.copyOf(alertRoutes);
            customerAlerts = customerAlerts == null ? DEFAULT_CUSTOMER_ALERTS : customerAlerts;
        }

        /** Every topic the listen job reads or writes. */
        public List<String> all() {
            return Stream.of(
                            mentions.stream(),
                            Stream.of(alerts),
                            alertRoutes.stream().map(AlertRoute::topic),
                            Stream.of(deadLetters, late, rules, customerAlerts))
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
                    prefix + "." + customerAlerts);
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

    public static JobSettings load(Path file) throws IOException {
        return Json.YAML.readValue(Files.readAllBytes(file), JobSettings.class);
    }

    public JobSettings withBootstrapServers(String servers) {
        return new JobSettings(
                new Kafka(
                        servers,
                        kafka.groupId(),
                        kafka.topics(),
                        kafka.transactionTimeout(),
                        kafka.transactionalIdPrefix()),
                eventTime,
                checkpoints,
                state,
                restarts,
                parallelism,
                customers);
    }
}
