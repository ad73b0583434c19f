package io.nabiz.jobs.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.Survey;
import io.nabiz.engine.rule.KeyHistory;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.engine.window.WindowStatsAccumulator;
import io.nabiz.jobs.functions.WindowStatsAggregate;
import io.nabiz.jobs.functions.WindowStatsEmitter;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.operators.SimpleOperatorFactory;
import org.apache.flink.streaming.api.transformations.OneInputTransformation;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WindowAccumulatorSerializerTest {

    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final IncidentKey KARGO = new IncidentKey("acme", "delivery");
    private static final IncidentKey FATURA = new IncidentKey("acme", "billing", "tr", null);

    private static AspectMention mention(IncidentKey key, String id, int second, String text) {
        boolean negative = id.hashCode() % 2 == 0;
        return new AspectMention(
                key,
                id,
                second % 3 == 0 ? Channel.SOCIAL : Channel.CHAT,
                T0.plusSeconds(second),
                text,
                Sample.nearDuplicateHash(text),
                second % 4 == 0 ? null : "author-" + second % 5,
                second * 1_000L,
                "tr",
                negative ? -0.7 : 0.4,
                negative,
                new ArrayList<>(second % 2 == 0 ? List.of("churn") : List.of()),
                new ArrayList<>(List.of("kargo", "gelmedi", "term" + second % 7)),
                null,
                second == 30 ? new Survey(2, null) : null);
    }

    private static List<AspectMention> mentions() {
        List<AspectMention> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            all.add(mention(i % 3 == 0 ? FATURA : KARGO, "m" + i, i * 4, "Kargom gelmedi " + i));
        }
        return all;
    }

    @Test
    void keepsEveryFigure() throws IOException {
        WindowStatsAccumulator acc = new WindowStatsAccumulator();
        mentions().forEach(acc::add);
        DataOutputSerializer out = new DataOutputSerializer(256);
        WindowAccumulatorSerializer.INSTANCE.serialize(acc, out);

        WindowStatsAccumulator back =
                WindowAccumulatorSerializer.INSTANCE.deserialize(
                        new DataInputDeserializer(out.getCopyOfBuffer()));

        Instant end = T0.plus(WINDOW);
        assertEquals(acc.toStats(KARGO, T0, end), back.toStats(KARGO, T0, end));
        assertEquals(acc.authors, back.authors);
        assertEquals(acc.terms, back.terms);
        assertEquals(acc.samples, back.samples);
        // Grouping goes on after a restore: a near-duplicate joins its group.
        back.add(mention(KARGO, "m99", 200, "kargom GELMEDİ 7"));
        acc.add(mention(KARGO, "m99", 200, "kargom GELMEDİ 7"));
        assertEquals(acc.toStats(KARGO, T0, end), back.toStats(KARGO, T0, end));
    }

    @Test
    void takesOverJsonStateOfWindowAccumulatorsOnly() throws IOException {
        TypeSerializerSnapshot<WindowStatsAccumulator> binary =
                WindowAccumulatorSerializer.INSTANCE.snapshotConfiguration();

        assertTrue(
                binary.resolveSchemaCompatibility(Snapshots.written(binary)).isCompatibleAsIs(),
                "its own state");
        assertTrue(
                binary.resolveSchemaCompatibility(
                                Snapshots.written(
                                        new JsonStateSerializer<>(WindowStatsAccumulator.class)
                                                .snapshotConfiguration()))
                        .isCompatibleAfterMigration(),
                "JSON state of window accumulators");
        @SuppressWarnings({"unchecked", "rawtypes"})
        TypeSerializerSnapshot<WindowStatsAccumulator> other =
                (TypeSerializerSnapshot)
                        new JsonStateSerializer<>(KeyHistory.class).snapshotConfiguration();
        assertTrue(
                binary.resolveSchemaCompatibility(Snapshots.written(other)).isIncompatible(),
                "JSON state of another class");
    }

    /**
     * A window operator's snapshot with JSON accumulators (as releases before this serializer wrote
     * them) restores into the binary one, whose own snapshot restores in turn, and the windows
     * close with the figures of a run without any restore. On the heap backend and on RocksDB,
     * which migrates the values as it restores them.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aWindowOperatorRestoresFromJsonState(boolean rocksDb) throws Exception {
        List<AspectMention> all = mentions();
        List<AspectMention> before = all.subList(0, 30);
        List<AspectMention> between = all.subList(30, 45);
        List<AspectMention> after = all.subList(45, all.size());

        OperatorSubtaskState json;
        try (var h = harness(JsonStateType.of(WindowStatsAccumulator.class), rocksDb)) {
            h.open();
            feed(h, before);
            json = h.snapshot(1, 1);
        }
        OperatorSubtaskState binary;
        try (var h = harness(WindowAccumulatorSerializer.TYPE, rocksDb)) {
            h.initializeState(json);
            h.open();
            feed(h, between);
            binary = h.snapshot(2, 2);
        }
        List<WindowStats> restored;
        try (var h = harness(WindowAccumulatorSerializer.TYPE, rocksDb)) {
            h.initializeState(binary);
            h.open();
            feed(h, after);
            h.processWatermark(T0.plus(WINDOW).toEpochMilli());
            restored = h.extractOutputValues();
        }
        List<WindowStats> uninterrupted;
        try (var h = harness(WindowAccumulatorSerializer.TYPE, rocksDb)) {
            h.open();
            feed(h, all);
            h.processWatermark(T0.plus(WINDOW).toEpochMilli());
            uninterrupted = h.extractOutputValues();
        }

        assertEquals(2, uninterrupted.size());
        assertEquals(sorted(uninterrupted), sorted(restored));
    }

    private static List<WindowStats> sorted(List<WindowStats> windows) {
        List<WindowStats> s = new ArrayList<>(windows);
        s.sort((a, b) -> a.key().path().compareTo(b.key().path()));
        return s;
    }

    private static void feed(
            KeyedOneInputStreamOperatorTestHarness<IncidentKey, AspectMention, WindowStats> h,
            List<AspectMention> mentions)
            throws Exception {
        for (AspectMention m : mentions) {
            h.processElement(new StreamRecord<>(m, m.ts().toEpochMilli()));
        }
    }

    /** The listen pipeline's window operator, with the accumulator type given. */
    private static KeyedOneInputStreamOperatorTestHarness<IncidentKey, AspectMention, WindowStats>
            harness(TypeInformation<WindowStatsAccumulator> accumulator, boolean rocksDb)
                    throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        KeyedStream<AspectMention, IncidentKey> keyed =
                env.fromData(mentions()).keyBy(AspectMention::key);
        var window =
                keyed.window(TumblingEventTimeWindows.of(WINDOW))
                        .aggregate(
                                new WindowStatsAggregate(),
                                new WindowStatsEmitter(),
                                accumulator,
                                accumulator,
                                RecordTypes.WINDOW_STATS);
        @SuppressWarnings("unchecked")
        OneInputStreamOperator<AspectMention, WindowStats> operator =
                (OneInputStreamOperator<AspectMention, WindowStats>)
                        ((SimpleOperatorFactory<?>)
                                        ((OneInputTransformation<?, ?>) window.getTransformation())
                                                .getOperatorFactory())
                                .getOperator();
        var harness =
                new KeyedOneInputStreamOperatorTestHarness<>(
                        operator, AspectMention::key, keyed.getKeyType());
        if (rocksDb) {
            harness.setStateBackend(new EmbeddedRocksDBStateBackend());
        }
        return harness;
    }
}
