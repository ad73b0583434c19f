package io.nabiz.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    @TempDir Path dir;

    @Test
    void withNothingGivenTheBundledFileApplies() throws Exception {
        assertEquals(JobSettings.loadDefault(), SettingsLoader.load(null, List.of()));
    }

    /** Every leaf of the records has its flag and variable, found from the records alone. */
    @Test
    void everySettingHasAFlagAndAnEnvironmentVariable() {
        Map<String, String> names =
                SettingsTree.leaves().stream()
                        .collect(Collectors.toMap(Setting::path, Setting::envVar));
        assertEquals("NABIZ_KAFKA_BOOTSTRAP_SERVERS", names.get("kafka.bootstrapServers"));
        assertEquals("NABIZ_EVENT_TIME_IDLE_TIMEOUT", names.get("eventTime.idleTimeout"));
        assertEquals("NABIZ_KAFKA_TOPICS_ALERT_ROUTES", names.get("kafka.topics.alertRoutes"));
        assertEquals("NABIZ_PARALLELISM", names.get("parallelism"));
        assertEquals(names.size(), Set.copyOf(names.values()).size(), "one variable each");
        // Every value the bundled file sets is a setting with a flag.
        List<String> unset = new java.util.ArrayList<>();
        leafPaths(SettingsTree.mapper().valueToTree(JobSettings.loadDefault()), "", unset);
        assertEquals(List.of(), unset);
    }

    private static void leafPaths(
            com.fasterxml.jackson.databind.JsonNode node, String prefix, List<String> unset) {
        node.fields()
                .forEachRemaining(
                        e -> {
                            String path = prefix + e.getKey();
                            if (SettingsTree.find(path).isPresent()) {
                                return;
                            }
                            if (e.getValue().isObject()) {
                                leafPaths(e.getValue(), path + ".", unset);
                            } else {
                                unset.add(path);
                            }
                        });
    }

    @Test
    void aFileNeedsOnlyWhatDiffersAndFlagsWinOverVariablesOverTheFile() throws Exception {
        Path file = dir.resolve("prod.yaml");
        Files.writeString(
                file,
                "kafka:\n  bootstrapServers: file:9092\n  groupId: prod\ncheckpoints:\n"
                        + "  interval: PT1M\n");
        List<SettingOverride> overrides =
                SettingOverride.fromEnvironment(
                        Map.of(
                                "NABIZ_KAFKA_BOOTSTRAP_SERVERS", "env:9092",
                                "NABIZ_CHECKPOINTS_INTERVAL", "PT20S",
                                "NABIZ_JAVA_OPTS", "-Xmx1g"));
        List<SettingOverride> all = new java.util.ArrayList<>(overrides);
        all.add(new SettingOverride("--checkpoints.interval", "checkpoints.interval", "PT5S"));
        all.add(new SettingOverride("--kafka.topics.mentions", "kafka.topics.mentions", "a,b"));

        JobSettings s = SettingsLoader.load(file, all);

        assertEquals("env:9092", s.kafka().bootstrapServers());
        assertEquals("prod", s.kafka().groupId());
        assertEquals(Duration.ofSeconds(5), s.checkpoints().interval());
        assertEquals(List.of("a", "b"), s.kafka().topics().mentions());
        // Untouched values keep the bundled defaults.
        assertEquals("alerts", s.kafka().topics().alerts());
        assertEquals(JobSettings.loadDefault().eventTime(), s.eventTime());
    }

    @Test
    void kafkaPropertiesComeFromTheEnvironmentWithDotsForUnderscores() throws Exception {
        JobSettings s =
                SettingsLoader.load(
                        null,
                        SettingOverride.fromEnvironment(
                                Map.of(
                                        "NABIZ_KAFKA_PROPERTIES_SECURITY_PROTOCOL", "SASL_SSL",
                                        "NABIZ_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", "secret")));
        assertEquals(
                Map.of("security.protocol", "SASL_SSL", "sasl.jaas.config", "secret"),
                s.kafka().properties());
        assertEquals("SASL_SSL", s.kafka().clientProperties().getProperty("security.protocol"));
    }

    @Test
    void everyProblemIsReportedAtOnceNamingWhereTheValueCameFrom() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(
                file, "kafka:\n  bootstrapServer: typo:9092\nstate:\n  backend: floppy\n");
        List<SettingOverride> overrides =
                List.of(
                        new SettingOverride(
                                "NABIZ_CHECKPOINTS_INTERVAL", "checkpoints.interval", "ten"),
                        new SettingOverride("--parallelism", "parallelism", "two"),
                        new SettingOverride("--no.such", "no.such", "1"));

        SettingsLoader.InvalidSettingsException e =
                assertThrows(
                        SettingsLoader.InvalidSettingsException.class,
                        () -> SettingsLoader.load(file, overrides));

        assertEquals(
                List.of(
                        file + ": kafka.bootstrapServer is not a setting (see config/nabiz.yaml)",
                        "--no.such: no.such is not a setting",
                        "NABIZ_CHECKPOINTS_INTERVAL: 'ten' is not an ISO-8601 duration such as"
                                + " PT10S",
                        file + ": state.backend 'floppy' is not one of hashmap, rocksdb",
                        "--parallelism: 'two' is not a whole number"),
                e.problems());
    }

    @Test
    void valuesOfTheRightTypeAreCheckedForSense() {
        List<SettingOverride> overrides =
                List.of(
                        new SettingOverride(
                                "--bootstrap-servers", "kafka.bootstrapServers", "broker"),
                        new SettingOverride("--kafka.topics.alerts", "kafka.topics.alerts", "a b"),
                        new SettingOverride("--parallelism", "parallelism", "0"),
                        new SettingOverride("--restarts.maxDelay", "restarts.maxDelay", "PT0.1S"));

        SettingsLoader.InvalidSettingsException e =
                assertThrows(
                        SettingsLoader.InvalidSettingsException.class,
                        () -> SettingsLoader.load(null, overrides));

        assertEquals(
                List.of(
                        "--bootstrap-servers: 'broker' is not host:port",
                        "--kafka.topics.alerts: 'a b' is not a Kafka topic name (letters,"
                                + " digits, '.', '_', '-')",
                        "--restarts.maxDelay: must not be shorter than restarts.initialDelay",
                        "--parallelism: must be at least 1, not 0"),
                e.problems());
    }
}
