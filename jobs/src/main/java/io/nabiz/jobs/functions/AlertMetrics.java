package io.nabiz.jobs.functions;

import io.nabiz.engine.alert.Alert;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * Counts alerts by rule and state on their way to the sink, as the metric {@code
 * rule.<rule>.state.<state>.alerts}, and passes them on unchanged.
 *
 * <p>It sits outside the rule operators so that counting alerts never touches rule state. Metrics
 * are not part of checkpoints: after a recovery, alerts replayed from the last checkpoint are
 * counted again, while the alerts topic still holds each one once.
 */
public final class AlertMetrics extends RichMapFunction<Alert, Alert> {

    private transient MetricGroup metrics;
    private transient Map<String, Counter> counters;

    @Override
    public void open(OpenContext openContext) {
        metrics = getRuntimeContext().getMetricGroup();
        counters = new HashMap<>();
    }

    @Override
    public Alert map(Alert alert) {
        String state = alert.state().wireName();
        counters.computeIfAbsent(
                        alert.rule() + '/' + state,
                        k ->
                                metrics.addGroup("rule", alert.rule())
                                        .addGroup("state", state)
                                        .counter("alerts"))
                .inc();
        return alert;
    }
}
