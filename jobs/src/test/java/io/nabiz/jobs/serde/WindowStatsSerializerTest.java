package io.nabiz.jobs.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.WindowStats;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class WindowStatsSerializerTest {

    private static final Instant START = Instant.parse("2026-11-20T09:30:00Z");

    /** Non-ASCII text, a narrowed key and a sample without a language: what strings may be. */
    private static WindowStats figures() {
        Sample sample =
                new Sample(
                        "m1",
                        Channel.SOCIAL,
                        START.plusSeconds(12),
                        null,
                        -0.8,
                        40_000,
                        "Kargom GELMEDİ, çok kötü 😡",
                        3);
        return new WindowStats(
                new IncidentKey("yıldız", "delivery", "tr", "social"),
                START,
                START.plusSeconds(300),
                3,
                3,
                40_000,
                2,
                new TreeMap<>(Map.of("social", 3L)),
                new TreeMap<>(Map.of("churn", 1L)),
                new TreeMap<>(Map.of("kargo", 3L, "gelmedi", 2L, "kötü", 1L)),
                new ArrayList<>(List.of(sample)),
                sample);
    }

    private static byte[] bytes(TypeSerializer<WindowStats> serializer, WindowStats w)
            throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(w, out);
        return out.getCopyOfBuffer();
    }

    @Test
    void version1StateIsReadAsItWasWrittenAndMigrated() throws IOException {
        WindowStats w = figures();
        byte[] version1 = bytes(WindowStatsSerializer.VERSION_1, w);
        assertFalse(
                Arrays.equals(version1, bytes(WindowStatsSerializer.INSTANCE, w)), "two formats");

        // A checkpoint of version 1 names its version; restoring reads the values with it.
        TypeSerializerSnapshot<WindowStats> old =
                Snapshots.written(WindowStatsSerializer.VERSION_1.snapshotConfiguration());
        assertEquals(1, old.getCurrentVersion());
        assertEquals(w, old.restoreSerializer().deserialize(new DataInputDeserializer(version1)));
        assertTrue(
                WindowStatsSerializer.INSTANCE
                        .snapshotConfiguration()
                        .resolveSchemaCompatibility(old)
                        .isCompatibleAfterMigration(),
                "version 1 is migrated");
    }

    @Test
    void version2StateIsItsOwn() throws IOException {
        WindowStats w = figures();
        TypeSerializerSnapshot<WindowStats> current =
                Snapshots.written(WindowStatsSerializer.INSTANCE.snapshotConfiguration());
        assertEquals(2, current.getCurrentVersion());
        assertEquals(
                w,
                current.restoreSerializer()
                        .deserialize(
                                new DataInputDeserializer(
                                        bytes(WindowStatsSerializer.INSTANCE, w))));
        assertTrue(
                WindowStatsSerializer.INSTANCE
                        .snapshotConfiguration()
                        .resolveSchemaCompatibility(current)
                        .isCompatibleAsIs());
    }
}
