package io.nabiz.engine.contract;

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
import io.nabiz.engine.mention.InvalidMentionException;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ContractSchemaTest {

    private static final ContractSchema MENTION = ContractSchema.load(ContractSchema.MENTION);
    private static final ContractSchema ALERT = ContractSchema.load(ContractSchema.ALERT);

    @Test
    void theSchemaAndTheCodecAgreeOnEverySampleRecord() throws Exception {
        MentionCodec codec = new MentionCodec();
        int valid = 0;
        int invalid = 0;
        try (BufferedReader lines =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(
                                        getClass()
                                                .getResourceAsStream(
                                                        "/config/samples/demo-mentions.jsonl.gz")),
                                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                boolean codecAccepts = accepts(codec, line);
                boolean schemaAccepts = schemaAccepts(line);
                assertEquals(codecAccepts, schemaAccepts, line);
                if (codecAccepts) {
                    valid++;
                } else {
                    invalid++;
                }
            }
        }
        assertTrue(valid > 2000, "the sample is mostly valid");
        assertTrue(invalid > 10 && invalid < valid / 50, "and about 1 % malformed");
    }

    @Test
    void anAlertAsTheEngineWritesItMatchesTheAlertSchema() throws Exception {
        Instant end = Instant.parse("2026-11-20T09:20:00Z");
        Sample sample =
                new Sample(
                        "m1",
                        Channel.CHAT,
                        end.minusSeconds(60),
                        "tr",
                        -0.8,
                        0,
                        "Kargom gelmedi",
                        3);
        Alert alert =
                new Alert(
                        Alert.VERSION,
                        Alert.incidentId("volume-spike", new IncidentKey("acme", "delivery"), end),
                        1,
                        new IncidentKey("acme", "delivery"),
                        "volume-spike",
                        List.of("volume-spike"),
                        Severity.HIGH,
                        AlertState.OPEN,
                        "12 mentions in 5 min, 5.7x the usual 2.1",
                        end,
                        end.minusSeconds(300),
                        end,
                        new Figures(
                                12,
                                2.1,
                                6.2,
                                5.7,
                                0.75,
                                0.2,
                                3400,
                                11,
                                new TreeMap<>(Map.of("chat", 7L, "social", 5L))),
                        new Evidence(
                                new ArrayList<>(List.of(sample)),
                                new TreeMap<>(Map.of("churn", 2L)),
                                new TreeMap<>(Map.of("kargo", 9L)),
                                12,
                                end,
                                0),
                        new Action("investigate-spike", "Confirm", List.of("Read the samples")));
        JsonNode json = Json.MAPPER.readTree(AlertCodec.encode(alert));
        assertEquals(List.of(), ALERT.problems(json));
        assertEquals(alert, AlertCodec.decode(AlertCodec.encode(alert)));

        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("state", "closed");
        assertFalse(ALERT.problems(json).isEmpty(), "an unknown state is not an alert");
    }

    private static boolean accepts(MentionCodec codec, String line) {
        try {
            codec.decode(line.getBytes(StandardCharsets.UTF_8), null);
            return true;
        } catch (InvalidMentionException e) {
            return false;
        }
    }

    private static boolean schemaAccepts(String line) {
        try {
            return MENTION.problems(Json.MAPPER.readTree(line)).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }
}
