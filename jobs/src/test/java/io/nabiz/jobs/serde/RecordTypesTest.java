package io.nabiz.jobs.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.customer.CustomerKey;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.Engagement;
import io.nabiz.engine.mention.InvalidMentionException;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.mention.RejectReason;
import io.nabiz.engine.mention.Survey;
import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.SurveyFigures;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.jobs.ExampleAlerts;
import io.nabiz.jobs.replay.ReplayRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/**
 * No record between the pipeline's operators falls back to Kryo: the busy records are Flink POJOs
 * all the way down or have binary serializers of their own, the rare ones travel as JSON, and the
 * pipeline turns the fallback off (every end-to-end test then runs without it, so a type that needs
 * Kryo fails them).
 */
class RecordTypesTest {

    private final ExecutionConfig config = configured().getConfig();

    private static StreamExecutionEnvironment configured() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        RecordTypes.configure(env);
        return env;
    }

    @Test
    void thePipelineTurnsTheGenericFallbackOffAndReusesObjects() {
        assertTrue(config.getSerializerConfig().hasGenericTypesDisabled());
        assertTrue(config.isObjectReuseEnabled());
        // What the fallback would have caught: a sorted map is no POJO field.
        assertThrows(
                UnsupportedOperationException.class,
                () ->
                        TypeInformation.of(WindowStats.class)
                                .createSerializer(config.getSerializerConfig()));
    }

    @Test
    void busyRecordsAreFlinkPojosOrBinaryAndComeBackEqual() throws IOException {
        for (Class<?> type :
                List.of(DecodedRecord.class, Mention.class, DeadLetter.class, CustomerKey.class)) {
            TypeInformation<?> info = TypeInformation.of(type);
            assertTrue(info instanceof PojoTypeInfo, type + " is " + info);
            assertFalse(
                    info.toString().contains(GenericTypeInfo.class.getSimpleName()),
                    info.toString());
        }
        AspectMention m =
                new AspectMention(
                        new IncidentKey("acme", "delivery"),
                        "m1",
                        Channel.SOCIAL,
                        Instant.parse("2026-11-20T09:30:00Z"),
                        "Kargom hâlâ gelmedi, İstanbul'da ışık yok 😡",
                        Sample.nearDuplicateHash("Kargom hâlâ gelmedi, İstanbul'da ışık yok 😡"),
                        "@kim",
                        1_200,
                        "tr",
                        -0.8,
                        true,
                        List.of("churn"),
                        List.of("kargom", "gelmedi", "ışık"),
                        "C-1",
                        new Survey(3, null));
        assertEquals(m, roundTrip(RecordTypes.ASPECT_MENTION, m));
        AspectMention bare =
                new AspectMention(
                        new IncidentKey("acme", "all", "tr", "chat"),
                        "m2",
                        Channel.CHAT,
                        Instant.parse("2026-11-20T09:30:00.123456789Z"),
                        "",
                        Sample.nearDuplicateHash(""),
                        null,
                        0,
                        null,
                        0,
                        false,
                        List.of(),
                        List.of(),
                        null,
                        new Survey(null, 1));
        assertEquals(bare, roundTrip(RecordTypes.ASPECT_MENTION, bare));
    }

    @Test
    void rareRecordsTravelAsJsonAndComeBackEqual() throws IOException {
        Alert alert = ExampleAlerts.opening("acme", Severity.HIGH);
        assertEquals(alert, roundTrip(RecordTypes.ALERT, alert));
        RoutedAlert routed = new RoutedAlert("alerts.urgent", alert);
        assertEquals(routed, roundTrip(RecordTypes.ROUTED_ALERT, routed));
    }

    @Test
    void windowFiguresAndReplayOutputsTravelInBinaryAndComeBackEqual() throws IOException {
        Sample loud =
                new Sample(
                        "m7",
                        Channel.SOCIAL,
                        Instant.parse("2026-11-20T09:31:02.123456789Z"),
                        "de",
                        -0.9,
                        6_000_000,
                        "Die Rechnung ist falsch, ich kündige 😡",
                        3);
        Sample plain =
                new Sample(
                        "m8",
                        Channel.EMAIL,
                        Instant.parse("2026-11-20T09:32:00Z"),
                        null,
                        0.1,
                        0,
                        "ok",
                        1);
        WindowStats full =
                new WindowStats(
                        new IncidentKey("acme", "billing"),
                        Instant.parse("2026-11-20T09:30:00Z"),
                        Instant.parse("2026-11-20T09:35:00Z"),
                        4,
                        3,
                        6_000_000,
                        2,
                        new TreeMap<>(Map.of("social", 3L, "email", 1L)),
                        new TreeMap<>(Map.of("churn", 1L)),
                        new TreeMap<>(Map.of("rechnung", 3L, "falsch", 2L)),
                        new ArrayList<>(List.of(loud, plain)),
                        loud);
        WindowStats empty =
                WindowStats.empty(
                        new IncidentKey("acme", "all"),
                        Instant.parse("2026-11-20T09:30:00Z"),
                        Instant.parse("2026-11-20T09:35:00Z"));
        // A key narrowed by language and channel, with survey figures.
        WindowStats surveyed =
                new WindowStats(
                        new IncidentKey("acme", "billing", "de", "survey"),
                        Instant.parse("2026-11-20T09:30:00Z"),
                        Instant.parse("2026-11-20T09:35:00Z"),
                        2,
                        1,
                        0,
                        2,
                        new TreeMap<>(Map.of("survey", 2L)),
                        new TreeMap<>(),
                        new TreeMap<>(),
                        new ArrayList<>(List.of(plain)),
                        null,
                        new SurveyFigures(0, 0, 0, 0, 0, 0, 0)
                                .plus(new Survey(2, 1))
                                .plus(new Survey(9, null)));
        for (WindowStats w : List.of(full, empty, surveyed)) {
            assertEquals(w, roundTrip(RecordTypes.WINDOW_STATS, w));
            assertEquals(
                    w,
                    RecordTypes.WINDOW_STATS
                            .createSerializer(config.getSerializerConfig())
                            .copy(w));
        }

        Mention late =
                new Mention(
                        Mention.VERSION,
                        "m9",
                        Channel.SURVEY,
                        null,
                        "acme",
                        Instant.parse("2026-11-20T09:00:00Z"),
                        "Kargom gelmedi",
                        null,
                        Engagement.NONE,
                        "tr",
                        "crm-1",
                        new Survey(3, null));
        DeadLetter dead =
                DeadLetter.of(
                        new InvalidMentionException(RejectReason.INVALID_JSON, "not JSON"),
                        "file:x.jsonl:3",
                        null,
                        "{".getBytes(StandardCharsets.UTF_8));
        for (ReplayRecord r :
                List.of(
                        ReplayRecord.of(new JudgedWindow(full, 2.5, Double.NaN, 20, true)),
                        ReplayRecord.of(ExampleAlerts.opening("acme", Severity.HIGH)),
                        ReplayRecord.of(dead),
                        ReplayRecord.late(late),
                        ReplayRecord.of(SinkSerializersTest.customerAlert()))) {
            assertEquals(r, roundTrip(RecordTypes.REPLAY_RECORD, r));
        }
    }

    private <T> T roundTrip(TypeInformation<T> type, T value) throws IOException {
        TypeSerializer<T> serializer = type.createSerializer(config.getSerializerConfig());
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }
}
