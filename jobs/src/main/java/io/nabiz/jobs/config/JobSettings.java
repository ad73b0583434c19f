package io.nabiz.jobs.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.DeadLetterPayload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
        int parallelism,
        Cases cases,
        Customers customers) {

    public static final String DEFAULT_RESOURCE = "/config/nabiz.yaml";

    public JobSettings {
        deadLetters =
                deadLetters == null ? new DeadLetters(DeadLetterPayload.ORIGINAL) : deadLetters;
        cases = cases == null ? Cases.NONE : cases;
        customers = customers == null ? Customers.BUNDLED : customers;
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
     * @param mentions one topic per channel: chat, e-mail, social and survey, in that order
     * @param alerts every alert event
     * @param alertRoutes further topics that receive the alerts matching them
     * @param rules where new rule sets are published
     * @param resolutions what people decided about incidents (acknowledged, resolved, a note),
     *     keyed by incident id; {@code nabiz cases learn} turns resolved ones into cases
     * @param judgedWindows every key's window counts next to its usual level, for the board's
     *     charts, or {@code null} to publish none
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
            String resolutions,
            String judgedWindows,
            String customerAlerts) {

        public static final String DEFAULT_RESOLUTIONS = "resolutions";
        public static final String DEFAULT_CUSTOMER_ALERTS = "alerts.customers";

        public Topics {
            alertRoutes = alertRoutes == null ? List.of() : List.copyOf(alertRoutes);
            resolutions = resolutions == null ? DEFAULT_RESOLUTIONS : resolutions;
            judgedWindows = judgedWindows == null || judgedWindows.isBlank() ? null : judgedWindows;
            customerAlerts = customerAlerts == null ? DEFAULT_CUSTOMER_ALERTS : customerAlerts;
        }

        /** Every topic the listen job reads or writes: it cannot start without them. */
        public List<String> listenJob() {
            return Stream.of(
                            mentions.stream(),
                            Stream.of(alerts),
                            alertRoutes.stream().map(AlertRoute::topic),
                            Stream.of(deadLetters, late, rules, customerAlerts),
                            Stream.ofNullable(judgedWindows))
                    .flatMap(s -> s)
                    .distinct()
                    .toList();
        }

        /** Every topic of a deployment: the listen job's and the resolutions people write. */
        public List<String> all() {
            return Stream.concat(listenJob().stream(), Stream.of(resolutions)).distinct().toList();
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
                    judgedWindows == null ? null : prefix + "." + judgedWindows,
                    prefix + "." + customerAlerts);
        }
    }

    /**
     * How event time is tracked: see the comments in the default file.
     *
     * @param maxDrift how far one partition's event time may run ahead of the slowest one's before
     *     it is paused; {@link Duration#ZERO} reads every partition as fast as it can
     */
    public record EventTime(
            Duration maxOutOfOrderness,
            Duration allowedLateness,
            Duration idleTimeout,
            Duration maxDrift) {

        /** Whether partitions that run ahead are paused until the others catch up. */
        public boolean aligned() {
            return maxDrift != null && !maxDrift.isNegative() && !maxDrift.isZero();
        }
    }

    public record Checkpoints(Duration interval) {}

    /**
     * Where alerts find their similar past cases.
     *
     * @param index a case base directory ({@code nabiz cases index}); {@code null} for none
     * @param refresh how often each task looks for a newer version of the case base
     * @param top how many cases an alert carries at most
     */
    public record Cases(String index, Duration refresh, int top) implements java.io.Serializable {

        public static final Cases NONE = new Cases(null, null, 0);
        public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(30);
        public static final int DEFAULT_TOP = 3;

        public Cases {
            index = index == null || index.isBlank() ? null : index;
            refresh = refresh == null ? DEFAULT_REFRESH : refresh;
            top = top <= 0 ? DEFAULT_TOP : top;
        }

        public boolean enabled() {
            return index != null;
        }
    }

    /**
     * Where the per-customer configuration lives.
     *
     * @param identities an identity map file like {@code config/identities.yaml}, or {@code null}
     *     for the bundled one
     * @param rules a care rules file like {@code config/care.yaml}, or {@code null} for the bundled
     *     one
     */
    public record Customers(String identities, String rules) {

        public static final Customers BUNDLED = new Customers(null, null);

        public Customers {
            identities = identities == null || identities.isBlank() ? null : identities;
            rules = rules == null || rules.isBlank() ? null : rules;
        }
    }

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

    /** These settings with alerts looking up similar cases in the case base at {@code index}. */
    public JobSettings withCaseIndex(Path index) {
        return SettingsTree.with(this, Map.of("cases.index", index.toString()));
    }
}
