package io.nabiz.jobs.functions;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.rule.SpikeDetector;
import io.nabiz.engine.rule.SpikeRule;
import io.nabiz.engine.rule.SpikeState;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.jobs.serde.JsonStateType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Runs one spike rule over each key's windows, keeping the key's baseline and open incident in
 * state.
 *
 * <p>A window in which nobody mentions a key produces no figures, so while an incident is open an
 * event-time timer stands in for the next window: silence must be able to resolve an incident.
 */
public final class SpikeAlertFunction
        extends KeyedProcessFunction<IncidentKey, WindowStats, Alert> {

    private final SpikeRule rule;
    private final Duration stateTtl;
    private transient SpikeDetector detector;
    private transient ValueState<SpikeState> state;

    /**
     * @param stateTtl a key not seen for this long is forgotten, baseline and all
     */
    public SpikeAlertFunction(SpikeRule rule, Duration stateTtl) {
        this.rule = rule;
        this.stateTtl = stateTtl;
    }

    @Override
    public void open(OpenContext openContext) {
        detector = new SpikeDetector(rule);
        ValueStateDescriptor<SpikeState> descriptor =
                new ValueStateDescriptor<>(
                        "spike-" + rule.id(), JsonStateType.of(SpikeState.class));
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(stateTtl).build());
        state = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(WindowStats stats, Context ctx, Collector<Alert> out)
            throws Exception {
        evaluate(stats, ctx.timerService(), out);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        Instant end = Instant.ofEpochMilli(timestamp + 1);
        evaluate(
                WindowStats.empty(ctx.getCurrentKey(), end.minus(rule.window()), end),
                ctx.timerService(),
                out);
    }

    private void evaluate(
            WindowStats stats,
            org.apache.flink.streaming.api.TimerService timers,
            Collector<Alert> out)
            throws Exception {
        SpikeState s = state.value();
        if (s == null) {
            s = new SpikeState();
        }
        Optional<Alert> alert = detector.onWindow(s, stats);
        alert.ifPresent(out::collect);
        state.update(s);
        if (s.incidentId != null) {
            // Fires after the next window's figures would have arrived; onWindow ignores it then.
            timers.registerEventTimeTimer(detector.nextWindowEnd(s) - 1);
        }
    }
}
