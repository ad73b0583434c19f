package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.alert.Action;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Evidence;
import io.nabiz.engine.alert.Figures;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import io.nabiz.jobs.local.EmbeddedKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasesCommandTest {

    private static final String SAMPLE = "../config/samples/cases.jsonl";

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return NabizCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aBadRecordNamesItsLineAndNothingIsIndexed(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(SAMPLE)));
        lines.set(6, lines.get(6).replace("\"resolution\"", "\"fix\""));
        Path bad = dir.resolve("cases.jsonl");
        Files.write(bad, lines);
        Path index = dir.resolve("index");

        assertEquals(
                2, run("cases", "index", "--input", bad.toString(), "--index", index.toString()));
        assertTrue(err.toString().contains("cases.jsonl:7: "), err.toString());
        assertTrue(err.toString().contains("nothing indexed"), err.toString());
        assertFalse(Files.exists(index.resolve("CURRENT")), "no version was published");
    }

    @Test
    void indexThenSearchPrintsTheBestCasesWithScores(@TempDir Path dir) {
        String index = dir.resolve("index").toString();
        assertEquals(0, run("cases", "index", "--input", SAMPLE, "--index", index), err.toString());
        assertEquals(
                "Indexed 96 cases into " + index + " (version v-000001)", out.toString().strip());

        assertEquals(
                0,
                run(
                        "cases",
                        "search",
                        "kargom hala gelmedi, siparis teslim edilmedi",
                        "--index",
                        index),
                err.toString());
        List<String> printed = out.toString().lines().toList();
        assertEquals("5 cases like this (tr, version v-000001)", printed.get(0));
        assertTrue(printed.get(1).matches(" 1\\.\\s+\\d+\\.\\d{3}  tr-del-01 .*"), printed.get(1));

        assertEquals(
                0,
                run(
                        "cases",
                        "search",
                        "Lastschrift zweimal abgebucht",
                        "--index",
                        index,
                        "--lang",
                        "de",
                        "--brand",
                        "nordtel",
                        "--top",
                        "2",
                        "--json"),
                err.toString());
        List<String> rows = out.toString().lines().toList();
        assertEquals(2, rows.size(), out.toString());
        assertTrue(rows.get(0).startsWith("{\"id\":\"de-bil-01\",\"title\":"), rows.get(0));

        assertEquals(2, run("cases", "search", "x", "--index", dir.resolve("none").toString()));
        assertEquals(2, run("cases", "search", "x", "--index", index, "--lang", "fr"));
    }

    @Test
    void evalMeetsTheTargetOnTheLabelledQueries() {
        assertEquals(0, run("cases", "eval"), err.toString());
        Matcher overall =
                Pattern.compile(
                                "project analysis \\+ aspect/term mappings\\s+overall\\s+(\\d+)\\s+"
                                        + "([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)")
                        .matcher(out.toString());
        assertTrue(overall.find(), out.toString());
        assertTrue(Integer.parseInt(overall.group(1)) >= 60, "at least 60 labelled queries");
        assertTrue(Double.parseDouble(overall.group(3)) >= 0.85, "hit@3 overall: " + out);
        assertTrue(out.toString().contains("plain BM25"), out.toString());
        assertTrue(out.toString().contains("cross-language"), out.toString());
    }

    /**
     * A resolved incident on the alerts topic, with a person's note on the resolutions topic,
     * becomes one case however often learn runs, and the next similar complaint finds it.
     */
    @Test
    void learnAddsAResolvedIncidentOnceAndSearchFindsIt(@TempDir Path dir) throws Exception {
        String index = dir.resolve("index").toString();
        assertEquals(0, run("cases", "index", "--input", SAMPLE, "--index", index), err.toString());
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            kafka.createTopics(2, List.of("alerts", "resolutions"));
            Alert open =
                    alert(
                            1,
                            AlertState.OPEN,
                            "2026-11-20T09:30:00Z",
                            40,
                            "Yeni uygulama sürümünde adres defteri boş görünüyor, kayıtlı adreslerim silinmiş");
            Alert resolved = alert(2, AlertState.RESOLVED, "2026-11-20T11:00:00Z", 0);
            String id = open.id();
            try (KafkaProducer<byte[], byte[]> producer = producer(kafka)) {
                for (Alert a : List.of(open, resolved)) {
                    send(producer, "alerts", id, AlertCodec.encode(a));
                }
                String note = "Adres senkronizasyonu geri alındı, kayıtlı adresler geri yüklendi";
                String record =
                        "{\"alert_id\":\"%s\",\"state\":\"resolved\",\"note\":\"%s\",\"by\":\"zeynep\",\"at\":\"2026-11-20T11:10:00Z\",\"channel\":\"board\"}";
                send(
                        producer,
                        "resolutions",
                        id,
                        String.format(record, id, note).getBytes(StandardCharsets.UTF_8));
                send(
                        producer,
                        "resolutions",
                        id,
                        String.format(record, id, note).getBytes(StandardCharsets.UTF_8));
                send(
                        producer,
                        "resolutions",
                        id,
                        "{\"state\":\"resolved\"}".getBytes(StandardCharsets.UTF_8));
            }
            String servers = kafka.bootstrapServers();
            assertEquals(
                    0,
                    run("cases", "learn", "--index", index, "--bootstrap-servers", servers),
                    err.toString());
            assertEquals(
                    "Read 2 alert events and 2 resolution records; 1 resolved incidents, 1 new cases (version v-000002)",
                    out.toString().strip());
            assertTrue(
                    err.toString()
                            .contains(
                                    "skipped a resolution record: a resolution record needs alert_id"),
                    err.toString());

            assertEquals(
                    0,
                    run("cases", "learn", "--index", index, "--bootstrap-servers", servers),
                    err.toString());
            assertTrue(
                    out.toString().strip().endsWith("1 resolved incidents, 0 new cases"),
                    out.toString());
            assertEquals("v-000002\n", Files.readString(dir.resolve("index").resolve("CURRENT")));

            assertEquals(
                    0,
                    run(
                            "cases",
                            "search",
                            "uygulamada kayitli adreslerim gorunmuyor, adres defteri bos",
                            "--index",
                            index,
                            "--lang",
                            "tr",
                            "--json",
                            "--top",
                            "1"),
                    err.toString());
            JsonNode found = Json.MAPPER.readTree(out.toString().strip());
            assertEquals(id, found.get("id").asText());
            assertEquals(
                    "Adres senkronizasyonu geri alındı, kayıtlı adresler geri yüklendi",
                    found.get("resolution").asText());
        }
    }

    private static Alert alert(
            int seq, AlertState state, String end, long count, String... samples) {
        IncidentKey key = new IncidentKey("yildizmarket", "app");
        Instant opened = Instant.parse("2026-11-20T09:30:00Z");
        Instant windowEnd = Instant.parse(end);
        ArrayList<Sample> evidence = new ArrayList<>();
        for (String s : samples) {
            evidence.add(
                    new Sample(
                            "m" + evidence.size(),
                            Channel.SOCIAL,
                            windowEnd,
                            "tr",
                            -0.7,
                            10,
                            s,
                            1));
        }
        return new Alert(
                Alert.VERSION,
                Alert.incidentId("volume-spike", key, opened),
                seq,
                key,
                "volume-spike",
                List.of("volume-spike"),
                Severity.HIGH,
                state,
                count + " mentions",
                opened,
                windowEnd.minusSeconds(300),
                windowEnd,
                new Figures(
                        count,
                        3,
                        6,
                        4,
                        0.8,
                        0.1,
                        100,
                        count,
                        new TreeMap<>(Map.of("social", count))),
                new Evidence(evidence, new TreeMap<>(), new TreeMap<>(), 40, opened, 0),
                new Action("investigate-spike", "Confirm the spike", List.of("Read the samples")));
    }

    private static KafkaProducer<byte[], byte[]> producer(EmbeddedKafka kafka) {
        Properties p = new Properties();
        p.put("bootstrap.servers", kafka.bootstrapServers());
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static void send(
            KafkaProducer<byte[], byte[]> producer, String topic, String key, byte[] value)
            throws Exception {
        producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value))
                .get();
    }
}
