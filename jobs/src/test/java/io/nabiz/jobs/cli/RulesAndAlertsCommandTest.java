package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.Severity;
import io.nabiz.jobs.ExampleAlerts;
import io.nabiz.jobs.local.EmbeddedKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesAndAlertsCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return NabizCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theShippedRulesValidate() {
        assertEquals(0, run("rules", "validate", "../config/rules.yaml"), err.toString());
        assertTrue(out.toString().contains("valid, 7 rules"), out.toString());
    }

    @Test
    void anInvalidRulesFileNamesTheLineAndExitsTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("rules.yaml");
        Files.writeString(
                bad,
                Files.readString(Path.of("../config/rules.yaml"))
                        .replace("minReach: 5000000", "minReach: lots"));
        assertEquals(2, run("rules", "validate", bad.toString()));
        String line = err.toString().strip();
        assertTrue(line.matches(".*rules\\.yaml:\\d+: /rules/5/minReach: .*integer.*"), line);
    }

    @Test
    void validateAcceptsAlertsAndNamesTheLineOfEachBadOne(@TempDir Path dir) throws Exception {
        String good =
                new String(
                        AlertCodec.encode(ExampleAlerts.opening("acme", Severity.HIGH)),
                        java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("alerts.jsonl");
        Files.writeString(file, good + "\n" + good + "\n");
        assertEquals(0, run("alerts", "validate", file.toString()), err.toString());
        assertEquals("2 alerts, all valid", out.toString().strip());

        Files.writeString(
                file,
                good + "\n" + good.replace("\"state\":\"open\"", "\"state\":\"gone\"") + "\n{\n");
        assertEquals(2, run("alerts", "validate", file.toString()));
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("nabiz: line 2: ") && lines.get(0).contains("state"));
        assertTrue(lines.get(1).startsWith("nabiz: line 3: not JSON"), lines.get(1));
    }

    @Test
    void tailPrintsOneLinePerMatchingAlert(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
            kafka.createTopics(1, List.of("alerts"));
            Properties p = new Properties();
            p.put("bootstrap.servers", kafka.bootstrapServers());
            try (KafkaProducer<byte[], byte[]> producer =
                    new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(
                        new ProducerRecord<>(
                                "alerts",
                                AlertCodec.encode(ExampleAlerts.opening("acme", Severity.HIGH))));
                producer.send(
                        new ProducerRecord<>(
                                "alerts",
                                AlertCodec.encode(ExampleAlerts.opening("beta", Severity.LOW))));
            }
            String servers = kafka.bootstrapServers();
            assertEquals(0, run("alerts", "tail", "--bootstrap-servers", servers, "--to-end"));
            assertEquals(2, out.toString().lines().count(), out.toString());

            out.getBuffer().setLength(0);
            assertEquals(
                    0,
                    run(
                            "alerts",
                            "tail",
                            "--bootstrap-servers",
                            servers,
                            "--to-end",
                            "--min-severity",
                            "high"));
            List<String> lines = out.toString().lines().toList();
            assertEquals(1, lines.size(), out.toString());
            assertTrue(lines.get(0).contains("acme/delivery"), lines.get(0));
            assertTrue(lines.get(0).contains("OPEN"), lines.get(0));

            out.getBuffer().setLength(0);
            assertEquals(
                    0,
                    run(
                            "alerts",
                            "tail",
                            "--bootstrap-servers",
                            servers,
                            "--to-end",
                            "--brand",
                            "beta",
                            "--json"));
            assertEquals(
                    "beta", AlertCodec.decode(out.toString().strip().getBytes()).key().brand());
        }
    }
}
