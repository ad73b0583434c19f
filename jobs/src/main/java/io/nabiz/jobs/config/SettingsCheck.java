package io.nabiz.jobs.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The checks a settings value must pass beyond having the right type, one problem per value. */
final class SettingsCheck {

    /** Kafka's own rule for topic names. */
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    private static final Pattern HOST_PORT = Pattern.compile("[^\\s:,]+:(\\d{1,5})");

    /** Flink refuses shorter checkpoint intervals. */
    private static final Duration MIN_CHECKPOINT_INTERVAL = Duration.ofMillis(10);

    /** A problem with the value at {@code path}. */
    record Problem(String path, String text) {}

    private final List<Problem> problems = new ArrayList<>();

    private SettingsCheck() {}

    static List<Problem> problems(JobSettings s) {
        SettingsCheck c = new SettingsCheck();
        c.kafka(s.kafka());
        JobSettings.EventTime e = s.eventTime();
        c.atLeast("eventTime.maxOutOfOrderness", e.maxOutOfOrderness(), Duration.ZERO);
        c.atLeast("eventTime.allowedLateness", e.allowedLateness(), Duration.ZERO);
        c.positive("eventTime.idleTimeout", e.idleTimeout());
        c.atLeast("eventTime.maxDrift", e.maxDrift(), Duration.ZERO);
        c.atLeast("checkpoints.interval", s.checkpoints().interval(), MIN_CHECKPOINT_INTERVAL);
        c.present("state.backend", s.state().backend());
        String dir = s.state().checkpointDirectory();
        if (dir != null && !hasScheme(dir)) {
            c.add(
                    "state.checkpointDirectory",
                    "'" + dir + "' is not a URI such as file:///checkpoints or s3://bucket/path");
        }
        JobSettings.Restarts r = s.restarts();
        c.positive("restarts.initialDelay", r.initialDelay());
        if (c.positive("restarts.maxDelay", r.maxDelay())
                && r.initialDelay() != null
                && r.maxDelay().compareTo(r.initialDelay()) < 0) {
            c.add("restarts.maxDelay", "must not be shorter than restarts.initialDelay");
        }
        if (s.parallelism() < 1) {
            c.add("parallelism", "must be at least 1, not " + s.parallelism());
        }
        return List.copyOf(c.problems);
    }

    private void kafka(JobSettings.Kafka k) {
        String servers = k.bootstrapServers();
        if (servers == null || servers.isBlank()) {
            add("kafka.bootstrapServers", "is empty: give brokers as host:port[,host:port]");
        } else {
            for (String server : servers.split(",")) {
                var m = HOST_PORT.matcher(server.strip());
                if (!m.matches() || Integer.parseInt(m.group(1)) > 65535) {
                    add("kafka.bootstrapServers", "'" + server.strip() + "' is not host:port");
                }
            }
        }
        text("kafka.groupId", k.groupId());
        text("kafka.transactionalIdPrefix", k.transactionalIdPrefix());
        positive("kafka.transactionTimeout", k.transactionTimeout());
        positive("kafka.connectTimeout", k.connectTimeout());
        JobSettings.Topics t = k.topics();
        if (t.mentions() == null || t.mentions().isEmpty()) {
            add("kafka.topics.mentions", "names no topic");
        } else {
            t.mentions().forEach(name -> topic("kafka.topics.mentions", name));
        }
        topic("kafka.topics.alerts", t.alerts());
        t.alertRoutes().forEach(route -> topic("kafka.topics.alertRoutes", route.topic()));
        topic("kafka.topics.deadLetters", t.deadLetters());
        topic("kafka.topics.late", t.late());
        topic("kafka.topics.rules", t.rules());
    }

    private void topic(String path, String name) {
        if (name == null || !TOPIC.matcher(name).matches()) {
            add(path, "'" + name + "' is not a Kafka topic name (letters, digits, '.', '_', '-')");
        }
    }

    private void text(String path, String value) {
        if (value == null || value.isBlank()) {
            add(path, "is empty");
        }
    }

    private void present(String path, Object value) {
        if (value == null) {
            add(path, "is empty");
        }
    }

    private boolean positive(String path, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            add(path, "must be a positive duration, not " + d);
            return false;
        }
        return true;
    }

    private void atLeast(String path, Duration d, Duration min) {
        if (d == null || d.compareTo(min) < 0) {
            add(path, "must be at least " + min + ", not " + d);
        }
    }

    private static boolean hasScheme(String uri) {
        try {
            return URI.create(uri).getScheme() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void add(String path, String text) {
        problems.add(new Problem(path, text));
    }
}
