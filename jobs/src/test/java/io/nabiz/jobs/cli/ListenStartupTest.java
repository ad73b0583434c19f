package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.jobs.local.EmbeddedKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a new user sees when {@code nabiz listen} cannot start. */
class ListenStartupTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir Path dir;

    private int listen(Map<String, String> env, String... args) {
        return NabizCli.execute(
                new CommandLine(new NabizCli()),
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                env,
                java.util.stream.Stream.concat(
                                java.util.stream.Stream.of("listen"),
                                java.util.stream.Stream.of(args))
                        .toArray(String[]::new));
    }

    @Test
    void noBrokerIsOneLineAfterTheBoundedWait() {
        long start = System.nanoTime();
        int code =
                listen(
                        Map.of("NABIZ_KAFKA_CONNECT_TIMEOUT", "PT2S"),
                        "--bootstrap-servers",
                        "127.0.0.1:1");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertEquals(1, code, err.toString());
        assertEquals(
                List.of(
                        "nabiz listen: connecting to Kafka at 127.0.0.1:1, waiting up to 2s",
                        "nabiz: cannot reach Kafka at 127.0.0.1:1: no broker answered within 2s"
                                + " (set --bootstrap-servers or NABIZ_KAFKA_BOOTSTRAP_SERVERS)"),
                err.toString().lines().toList());
        assertTrue(seconds < 20, "waited " + seconds + " s");
    }

    @Test
    void missingTopicsAreNamed() {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
            kafka.createTopics(
                    1,
                    List.of(
                            "mentions.chat",
                            "mentions.email",
                            "mentions.social",
                            "mentions.survey"));
            int code = listen(Map.of(), "--bootstrap-servers", kafka.bootstrapServers());

            assertEquals(1, code, err.toString());
            assertEquals(
                    "nabiz: topics missing on "
                            + kafka.bootstrapServers()
                            + ": alerts, alerts.urgent, mentions.dlq, mentions.late, nabiz.rules,"
                            + " alerts.customers, nabiz.judged"
                            + " (create them first: docs/operations.md#topics)",
                    err.toString().lines().toList().get(1));
        }
    }

    @Test
    void badSettingsAreOneLineEachAndExitTwo() {
        int code =
                listen(
                        Map.of("NABIZ_PARALLELISM", "0"),
                        "--checkpoints.interval",
                        "ten",
                        "--kafka.properties",
                        "sasl.jaas.config=secret-value");

        assertEquals(2, code);
        assertEquals(
                List.of(
                        "nabiz: --checkpoints.interval: 'ten' is not an ISO-8601 duration such as"
                                + " PT10S"),
                err.toString().lines().toList());
        assertTrue(!err.toString().contains("secret-value"));
    }
}
