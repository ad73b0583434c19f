package io.nabiz.jobs;

import io.nabiz.jobs.config.JobSettings;
import java.time.Duration;

/**
 * Job settings for tests: the defaults, on a given broker, with short checkpoints and quick
 * restarts.
 */
public final class TestSettings {

    private TestSettings() {}

    /**
     * @param name keeps topics, group and transactional ids apart between tests on one broker
     */
    public static JobSettings forBroker(String bootstrapServers, String name) {
        JobSettings d = JobSettings.loadDefault();
        JobSettings.Topics topics = d.kafka().topics().prefixed(name);
        return new JobSettings(
                new JobSettings.Kafka(
                        bootstrapServers, name, topics, d.kafka().transactionTimeout(), name),
                d.eventTime(),
                new JobSettings.Checkpoints(Duration.ofMillis(500)),
                d.state(),
                new JobSettings.Restarts(Duration.ofMillis(200), Duration.ofSeconds(2)),
                d.deadLetters(),
                2);
    }
}
