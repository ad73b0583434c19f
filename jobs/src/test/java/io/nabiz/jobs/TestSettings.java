package io.nabiz.jobs;

import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.config.SettingsTree;
import java.util.Map;

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
        return SettingsTree.with(
                d,
                Map.of(
                        "kafka.bootstrapServers",
                        bootstrapServers,
                        "kafka.groupId",
                        name,
                        "kafka.transactionalIdPrefix",
                        name,
                        "kafka.topics",
                        d.kafka().topics().prefixed(name),
                        "checkpoints.interval",
                        "PT0.5S",
                        "restarts.initialDelay",
                        "PT0.2S",
                        "restarts.maxDelay",
                        "PT2S",
                        "parallelism",
                        2));
    }
}
