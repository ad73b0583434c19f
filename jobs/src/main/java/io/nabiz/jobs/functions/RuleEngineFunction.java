package io.nabiz.jobs.functions;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.BrandJudge;
import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.rule.Judgement;
import io.nabiz.engine.rule.KeyHistory;
import io.nabiz.engine.rule.RuleEngine;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.jobs.serde.KeyHistorySerializer;
import io.nabiz.jobs.serde.RecordTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rule engine for every key of one brand, with the rule set taken from broadcast state so
 * a new rule set applies without a restart.
 *
 * <p>Keyed by brand, not by key: all of a brand's window figures for one window are judged together
 * by {@link BrandJudge} when the watermark passes the window's end (an event-time timer).
 */
public final class RuleEngineFunction
        extends KeyedBroadcastProcessFunction<String, WindowStats, String, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(RuleEngineFunction.class);

    /** Broadcast state: the accepted rule set's text under {@link #CURRENT}. */
    public static final MapStateDescriptor<String, String> RULES =
            new MapStateDescriptor<>("rules", Types.STRING, Types.STRING);

    private static final String CURRENT = "current";

    /** State entries RocksDB's compaction filter reads before it refreshes the current time. */
    private static final long ROCKSDB_TTL_QUERY_INTERVAL = 1_000;

    /** Every judged window with the usual level it was held against, for backtests. */
    public static final OutputTag<JudgedWindow> JUDGED =
            new OutputTag<>("judged-windows", RecordTypes.JUDGED_WINDOW);

    private final RuleSet initialRules;
    private final Duration stateTtl;
    private transient Playbooks playbooks;
    private transient RuleEngine engine;
    private transient String engineSource;
    private transient MapState<String, KeyHistory> histories;
    private transient ListState<WindowStats> pending;
    private transient Counter rejected;
    private transient Counter accepted;

    /**
     * @param stateTtl a brand unseen this long is forgotten, baselines and all
     */
    public RuleEngineFunction(RuleSet initialRules, Duration stateTtl) {
        this.initialRules = initialRules;
        this.stateTtl = stateTtl;
    }

    @Override
    public void open(OpenContext openContext) {
        playbooks = Playbooks.loadDefault();
        engine = new RuleEngine(initialRules, playbooks);
        // No incremental cleanup: on the heap backend it deep-copies (here: JSON round trips) every
        // history of a few other brands on each state access, which cost more than all the rules.
        // Expired keys are dropped when read, left out of every (full) heap snapshot and
        // compacted away by RocksDB.
        StateTtlConfig ttl =
                StateTtlConfig.newBuilder(stateTtl)
                        .disableCleanupInBackground()
                        .cleanupFullSnapshot()
                        .cleanupInRocksdbCompactFilter(ROCKSDB_TTL_QUERY_INTERVAL)
                        .build();
        MapStateDescriptor<String, KeyHistory> h =
                new MapStateDescriptor<>("histories", Types.STRING, KeyHistorySerializer.TYPE);
        h.enableTimeToLive(ttl);
        histories = getRuntimeContext().getMapState(h);
        pending =
                getRuntimeContext()
                        .getListState(
                                new ListStateDescriptor<>("pending", RecordTypes.WINDOW_STATS));
        rejected = getRuntimeContext().getMetricGroup().counter("ruleUpdatesRejected");
        accepted = getRuntimeContext().getMetricGroup().counter("ruleUpdatesAccepted");
    }

    @Override
    public void processElement(WindowStats stats, ReadOnlyContext ctx, Collector<Alert> out)
            throws Exception {
        pending.add(stats);
        ctx.timerService().registerEventTimeTimer(stats.end().toEpochMilli() - 1);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        RuleEngine rules = engine(ctx.getBroadcastState(RULES).get(CURRENT));
        Instant end = Instant.ofEpochMilli(timestamp + 1);
        BrandJudge.Outcome outcome =
                BrandJudge.judge(rules, ctx.getCurrentKey(), end, takePending(end), histories());
        for (Judgement judgement : outcome.judgements()) {
            judgement.alert().ifPresent(out::collect);
            ctx.output(JUDGED, judgement.window());
        }
        if (outcome.incidentOpen()) {
            ctx.timerService()
                    .registerEventTimeTimer(end.plus(rules.rules().window()).toEpochMilli() - 1);
        }
    }

    /** The brand's key histories, in keyed state. */
    private BrandJudge.Histories histories() {
        return new BrandJudge.Histories() {
            @Override
            public KeyHistory get(String path) throws Exception {
                return histories.get(path);
            }

            @Override
            public void put(String path, KeyHistory history) throws Exception {
                histories.put(path, history);
            }

            @Override
            public Iterable<Map.Entry<String, KeyHistory>> entries() throws Exception {
                return histories.entries();
            }
        };
    }

    @Override
    public void processBroadcastElement(String update, Context ctx, Collector<Alert> out)
            throws Exception {
        try {
            RuleSet next = new RuleSetLoader(playbooks).parseReplacement(update, initialRules);
            ctx.getBroadcastState(RULES).put(CURRENT, update);
            accepted.inc();
            LOG.info("Rule update accepted: {} rules", next.rules().size());
        } catch (RuleSetLoader.InvalidRulesException e) {
            rejected.inc();
            LOG.warn("Rule update rejected, previous rules stay: {}", e.getMessage());
        }
    }

    private RuleEngine engine(String source) throws RuleSetLoader.InvalidRulesException {
        if (source == null) {
            return engine;
        }
        if (!source.equals(engineSource)) {
            engine = new RuleEngine(new RuleSetLoader(playbooks).parse(source), playbooks);
            engineSource = source;
        }
        return engine;
    }

    private TreeMap<String, WindowStats> takePending(Instant end) throws Exception {
        TreeMap<String, WindowStats> now = new TreeMap<>();
        List<WindowStats> later = new ArrayList<>();
        for (WindowStats w : pending.get()) {
            if (w.end().equals(end)) {
                now.put(w.key().path(), w);
            } else {
                later.add(w);
            }
        }
        pending.update(later);
        return now;
    }
}
