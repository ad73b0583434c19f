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
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.mention.Survey;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.jobs.ExampleAlerts;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
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
 * all the way down, the rare ones travel as JSON, and the pipeline turns the fallback off (every
 * end-to-end test then runs without it, so a type that needs Kryo fails them).
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
    void busyRecordsAreFlinkPojosWithoutGenericFields() throws IOException {
        for (Class<?> type :
                List.of(
                        DecodedRecord.class,
                        Mention.class,
                        DeadLetter.class,
                        AspectMention.class,
                        CustomerKey.class)) {
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
                        "Kargom gelmedi",
                        "@kim",
                        1_200,
                        "tr",
                        -0.8,
                        true,
                        List.of("churn"),
                        List.of("kargom", "gelmedi"),
                        "C-1",
                        new Survey(3, null));
        assertEquals(m, roundTrip(TypeInformation.of(AspectMention.class), m));
    }

    @Test
    void rareRecordsTravelAsJsonAndComeBackEqual() throws IOException {
        Alert alert = ExampleAlerts.opening("acme", Severity.HIGH);
        assertEquals(alert, roundTrip(RecordTypes.ALERT, alert));
        RoutedAlert routed = new RoutedAlert("alerts.urgent", alert);
        assertEquals(routed, roundTrip(RecordTypes.ROUTED_ALERT, routed));
    }

    private <T> T roundTrip(TypeInformation<T> type, T value) throws IOException {
        TypeSerializer<T> serializer = type.createSerializer(config.getSerializerConfig());
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }
}
