package io.nabiz.jobs.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.rule.KeyHistory;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.jobs.serde.ExplicitType;
import io.nabiz.jobs.serde.JsonStateType;
import io.nabiz.jobs.serde.WindowStatsSerializer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule operator restores the key histories and pending window figures that earlier releases
 * checkpointed (as JSON, or in an earlier binary format), and judges on as if it had never stopped.
 */
class RuleEngineStateRestoreTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");
    private static final String[] ASPECTS = {"delivery", "billing", IncidentKey.BRAND_WIDE};

    /**
     * Windows 0–19 run on JSON state, 20–34 on the migrated state, 35 on after a second restore.
     */
    private static final int FIRST_RESTORE = 20;

    private static final int SECOND_RESTORE = 35;
    private static final int WINDOWS = 60;

    /**
     * A snapshot with JSON state restores into the binary state, on the heap backend and on RocksDB
     * (which migrates each value as it restores); the binary snapshot restores again; and the
     * alerts and judged windows are those of a run without any restore. Each snapshot is taken with
     * a window's figures pending and its timer set.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void judgesOnFromJsonStateAsIfItHadNeverStopped(boolean rocksDb) throws Exception {
        WithOlderState json =
                new WithOlderState(
                        Map.of(
                                "histories",
                                RuleEngineStateRestoreTest::jsonHistories,
                                "pending",
                                d ->
                                        new ListStateDescriptor<>(
                                                "pending", JsonStateType.of(WindowStats.class))));
        judgesOnAsIfItHadNeverStopped(json, rocksDb);
        assertEquals(Set.of("histories", "pending"), json.kept, "the state was kept as JSON");
    }

    /**
     * Pending window figures of binary format version 1 (strings a char at a time) restore into
     * version 2 (UTF-8), and the operator judges on as if it had never stopped.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void judgesOnFromVersion1WindowFigures(boolean rocksDb) throws Exception {
        WithOlderState version1 =
                new WithOlderState(
                        Map.of(
                                "pending",
                                d ->
                                        new ListStateDescriptor<>(
                                                "pending",
                                                new ExplicitType<>(
                                                        WindowStats.class,
                                                        WindowStatsSerializer.VERSION_1))));
        judgesOnAsIfItHadNeverStopped(version1, rocksDb);
        assertEquals(Set.of("pending"), version1.kept, "the figures were kept as version 1");
    }

    /**
     * Windows run on the older state, then on the state restored from it, then on after a second
     * restore; the outputs must be those of a run without any restore.
     */
    private static void judgesOnAsIfItHadNeverStopped(WithOlderState old, boolean rocksDb)
            throws Exception {
        Outputs restored = new Outputs();
        OperatorSubtaskState older;
        try (var h = harness(old, rocksDb)) {
            h.open();
            run(h, 0, FIRST_RESTORE, restored);
            older = h.snapshot(1, 1);
        }
        OperatorSubtaskState current;
        try (var h = harness(function(), rocksDb)) {
            h.initializeState(older);
            h.open();
            run(h, FIRST_RESTORE, SECOND_RESTORE, restored);
            current = h.snapshot(2, 2);
        }
        try (var h = harness(function(), rocksDb)) {
            h.initializeState(current);
            h.open();
            run(h, SECOND_RESTORE, WINDOWS, restored);
        }

        Outputs uninterrupted = new Outputs();
        try (var h = harness(function(), rocksDb)) {
            h.open();
            run(h, 0, WINDOWS, uninterrupted);
        }

        assertEquals(
                List.of(AlertState.OPEN, AlertState.RESOLVED),
                uninterrupted.alerts.stream().map(Alert::state).toList(),
                "the spike after the second restore opens an incident, silence resolves it");
        assertEquals(2 * ASPECTS.length * WINDOWS, uninterrupted.judged.size(), "every key window");
        assertEquals(
                Json.MAPPER.writeValueAsString(uninterrupted.alerts),
                Json.MAPPER.writeValueAsString(restored.alerts));
        assertEquals(
                Json.MAPPER.writeValueAsString(uninterrupted.judged),
                Json.MAPPER.writeValueAsString(restored.judged));
    }

    /** Key histories as JSON, with the time-to-live the function declares. */
    private static StateDescriptor<?, ?> jsonHistories(StateDescriptor<?, ?> declared) {
        MapStateDescriptor<String, KeyHistory> h =
                new MapStateDescriptor<>(
                        "histories", Types.STRING, JsonStateType.of(KeyHistory.class));
        h.enableTimeToLive(declared.getTtlConfig());
        return h;
    }

    private static RuleEngineFunction function() {
        return new RuleEngineFunction(RuleSetLoader.loadDefault(), Duration.ofDays(1));
    }

    /** Alerts and judged windows, in the order the operator gave them. */
    private static final class Outputs {
        final List<Alert> alerts = new ArrayList<>();
        final List<JudgedWindow> judged = new ArrayList<>();
    }

    /**
     * Feeds windows {@code from} to {@code to} of two brands; the watermark passes each window's
     * end before the next window's figures arrive, so the last window's figures stay pending.
     */
    private static void run(
            KeyedBroadcastOperatorTestHarness<String, WindowStats, String, Alert> h,
            int from,
            int to,
            Outputs outputs)
            throws Exception {
        // As in the job: the rule-update input never holds event time back.
        h.processBroadcastWatermark(Watermark.MAX_WATERMARK);
        for (int t = from; t < to; t++) {
            if (t > 0) {
                h.processWatermark(new Watermark(end(t - 1).toEpochMilli() - 1));
            }
            for (String brand : List.of("acme", "zeta")) {
                for (int a = 0; a < ASPECTS.length; a++) {
                    WindowStats w = window(brand, ASPECTS[a], t, count(brand, a, t));
                    h.processElement(w, w.end().toEpochMilli() - 1);
                }
            }
        }
        if (to == WINDOWS) {
            // Nobody mentions the brands any more: silence resolves the open incident.
            h.processWatermark(new Watermark(end(to + 5).toEpochMilli() - 1));
        }
        outputs.alerts.addAll(h.extractOutputValues());
        for (StreamRecord<JudgedWindow> r : h.getSideOutput(RuleEngineFunction.JUDGED)) {
            outputs.judged.add(r.getValue());
        }
    }

    /** A few mentions a window, and a spike of acme's deliveries in windows 40–42. */
    private static long count(String brand, int aspect, int t) {
        long quiet = 1 + (t * 7L + aspect * 3L + brand.length()) % 4;
        boolean spike = brand.equals("acme") && aspect != 1 && t >= 40 && t <= 42;
        return spike ? 60 + 20L * (t - 40) : quiet;
    }

    private static WindowStats window(String brand, String aspect, int t, long count) {
        Instant start = T0.plus(WINDOW.multipliedBy(t));
        TreeMap<String, Long> channels = new TreeMap<>();
        channels.put("social", count - count / 3);
        channels.put("chat", count / 3);
        TreeMap<String, Long> terms = new TreeMap<>();
        terms.put("kargo", count);
        terms.put("term" + t % 5, 1L);
        return new WindowStats(
                new IncidentKey(brand, aspect),
                start,
                end(t),
                count,
                count / 4,
                count * 120,
                count,
                channels,
                new TreeMap<>(),
                terms,
                new ArrayList<>(),
                null);
    }

    private static Instant end(int t) {
        return T0.plus(WINDOW.multipliedBy(t + 1));
    }

    private static KeyedBroadcastOperatorTestHarness<String, WindowStats, String, Alert> harness(
            KeyedBroadcastProcessFunction<String, WindowStats, String, Alert> function,
            boolean rocksDb)
            throws Exception {
        var harness =
                new KeyedBroadcastOperatorTestHarness<>(
                        new CoBroadcastWithKeyedOperator<>(
                                function, List.of(RuleEngineFunction.RULES)),
                        (WindowStats w) -> w.key().brand(),
                        Types.STRING,
                        128,
                        1,
                        0);
        if (rocksDb) {
            harness.setStateBackend(new EmbeddedRocksDBStateBackend());
        }
        return harness;
    }

    /**
     * The pipeline's rule operator with some of its keyed state declared as earlier releases
     * declared it: same names, older types. Its runtime context hands the function those
     * declarations whatever types the function asks for.
     */
    private static final class WithOlderState
            extends KeyedBroadcastProcessFunction<String, WindowStats, String, Alert> {

        private final RuleEngineFunction rules = function();

        /** By state name: the older declaration of the declaration the function makes. */
        private final Map<String, UnaryOperator<StateDescriptor<?, ?>>> older;

        /** The states given as declared before. */
        final Set<String> kept = new TreeSet<>();

        WithOlderState(Map<String, UnaryOperator<StateDescriptor<?, ?>>> older) {
            this.older = older;
        }

        @Override
        public void setRuntimeContext(RuntimeContext context) {
            super.setRuntimeContext(context);
            rules.setRuntimeContext(
                    (RuntimeContext)
                            Proxy.newProxyInstance(
                                    getClass().getClassLoader(),
                                    new Class<?>[] {RuntimeContext.class},
                                    (proxy, method, args) -> {
                                        Object[] given = args;
                                        if (args != null
                                                && args.length == 1
                                                && args[0] instanceof StateDescriptor<?, ?> d
                                                && older.containsKey(d.getName())) {
                                            kept.add(d.getName());
                                            given = new Object[] {older.get(d.getName()).apply(d)};
                                        }
                                        try {
                                            return method.invoke(context, given);
                                        } catch (InvocationTargetException e) {
                                            throw e.getCause();
                                        }
                                    }));
        }

        @Override
        public void open(OpenContext openContext) {
            rules.open(openContext);
        }

        @Override
        public void processElement(WindowStats w, ReadOnlyContext ctx, Collector<Alert> out)
                throws Exception {
            rules.processElement(w, ctx, out);
        }

        @Override
        public void processBroadcastElement(String update, Context ctx, Collector<Alert> out)
                throws Exception {
            rules.processBroadcastElement(update, ctx, out);
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out)
                throws Exception {
            rules.onTimer(timestamp, ctx, out);
        }
    }
}
