package io.nabiz.jobs.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.rule.KeyHistory;
import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.WindowStatsAccumulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class JsonStateSerializerTest {

    private final JsonStateSerializer<KeyHistory> spikes =
            new JsonStateSerializer<>(KeyHistory.class);

    @Test
    void keepsEveryFieldOfAWindowAccumulator() throws IOException {
        WindowStatsAccumulator acc = new WindowStatsAccumulator();
        acc.count = 3;
        acc.negativeCount = 2;
        acc.reach = 1_200;
        acc.authors.addAll(Set.of("ayşe", "jörg"));
        acc.channels.put("chat", 3L);
        acc.cues.put("churn", 1L);
        acc.samples.add(
                new Sample(
                        "m1",
                        Channel.CHAT,
                        Instant.parse("2026-11-20T09:00:00Z"),
                        "tr",
                        -0.8,
                        1_200,
                        "Kargom hâlâ gelmedi 😡",
                        1));
        JsonStateSerializer<WindowStatsAccumulator> s =
                new JsonStateSerializer<>(WindowStatsAccumulator.class);

        WindowStatsAccumulator back = s.deserialize(new DataInputDeserializer(bytes(s, acc)));

        assertEquals(3, back.count);
        assertEquals(2, back.negativeCount);
        assertEquals(1_200, back.reach);
        assertEquals(Set.of("ayşe", "jörg"), back.authors);
        assertEquals(new TreeMap<>(Map.of("chat", 3L)), back.channels);
        assertEquals(new TreeMap<>(Map.of("churn", 1L)), back.cues);
        assertEquals(acc.samples, back.samples);
    }

    @Test
    void aCopyThroughJsonIsDeep() {
        WindowStatsAccumulator acc = new WindowStatsAccumulator();
        acc.count = 3;
        acc.authors.add("ayşe");
        acc.channels.put("chat", 3L);
        acc.terms.add("kargo", 2);
        JsonStateSerializer<WindowStatsAccumulator> json =
                new JsonStateSerializer<>(WindowStatsAccumulator.class);

        WindowStatsAccumulator copy = json.copy(acc);
        assertNotSame(acc, copy);
        assertEquals(3, copy.count);
        assertEquals(Set.of("ayşe"), copy.authors);
        assertEquals(Map.of("kargo", 2L), copy.terms.toMap());
        copy.authors.add("jörg");
        copy.channels.merge("chat", 1L, Long::sum);
        copy.terms.add("fatura", 1);

        assertEquals(Set.of("ayşe"), acc.authors, "the original is untouched");
        assertEquals(Map.of("chat", 3L), acc.channels);
        assertEquals(Map.of("kargo", 2L), acc.terms.toMap());
    }

    @Test
    void readsStateWrittenByAnOlderShapeOfTheClass() throws IOException {
        // As an earlier release wrote it: one field since removed, the newer fields not yet there.
        byte[] json =
                "{\"negativeShare\":0.45,\"incidentId\":\"i-1\",\"seq\":2,\"retiredField\":[1,2]}"
                        .getBytes(StandardCharsets.UTF_8);
        DataOutputSerializer out = new DataOutputSerializer(64);
        out.writeInt(json.length);
        out.write(json);

        KeyHistory s = spikes.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));

        assertEquals(0.45, s.negativeShare);
        assertEquals("i-1", s.incidentId);
        assertEquals(2, s.seq);
        assertEquals(
                Long.MIN_VALUE, s.cooldownUntil, "a field the old state lacks keeps its default");
        assertNull(s.severity);
    }

    @Test
    void copiesAValueRecordAfterRecord() throws IOException {
        KeyHistory a = new KeyHistory();
        a.incidentId = "i-1";
        KeyHistory b = new KeyHistory();
        b.peakCount = 30;
        DataOutputSerializer out = new DataOutputSerializer(64);
        spikes.serialize(a, out);
        spikes.serialize(b, out);
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        DataOutputSerializer copied = new DataOutputSerializer(64);

        spikes.copy(in, copied);
        spikes.copy(in, copied);

        DataInputDeserializer again = new DataInputDeserializer(copied.getCopyOfBuffer());
        assertEquals("i-1", spikes.deserialize(again).incidentId);
        assertEquals(30, spikes.deserialize(again).peakCount);
        assertEquals(0, again.available());
        KeyHistory copy = spikes.copy(a);
        assertEquals("i-1", copy.incidentId);
        assertNotSame(a, copy);
    }

    @Test
    void aSavepointsSnapshotRestoresACompatibleSerializer() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, spikes.snapshotConfiguration());

        TypeSerializerSnapshot<KeyHistory> old =
                TypeSerializerSnapshot.readVersionedSnapshot(
                        new DataInputDeserializer(out.getCopyOfBuffer()),
                        getClass().getClassLoader());

        assertEquals(spikes, old.restoreSerializer());
        assertTrue(
                spikes.snapshotConfiguration().resolveSchemaCompatibility(old).isCompatibleAsIs());
    }

    @Test
    void stateWrittenByAnotherSerializerIsIncompatibleNotMisread() {
        TypeSerializer<KeyHistory> pojo =
                TypeInformation.of(KeyHistory.class).createSerializer(new SerializerConfigImpl());
        assertTrue(
                spikes.snapshotConfiguration()
                        .resolveSchemaCompatibility(pojo.snapshotConfiguration())
                        .isIncompatible());
    }

    @Test
    void stateOfAnotherClassIsIncompatible() {
        @SuppressWarnings("unchecked")
        TypeSerializerSnapshot<KeyHistory> accumulators =
                (TypeSerializerSnapshot<KeyHistory>)
                        (TypeSerializerSnapshot<?>)
                                new JsonStateSerializer<>(WindowStatsAccumulator.class)
                                        .snapshotConfiguration();
        assertTrue(
                spikes.snapshotConfiguration()
                        .resolveSchemaCompatibility(accumulators)
                        .isIncompatible());
    }

    private static <T> byte[] bytes(TypeSerializer<T> s, T value) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(256);
        s.serialize(value, out);
        return out.getCopyOfBuffer();
    }
}
