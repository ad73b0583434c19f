package io.nabiz.jobs.replay.report;

import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.SpikeRule;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import io.nabiz.jobs.replay.ReplayResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule set's replay read as a backtest: its incidents, each alerted key's baseline band, and
 * how early each incident was caught.
 *
 * @param label what the report calls this rule set
 */
public record Backtest(
        String label,
        RuleSet rules,
        ReplayResult result,
        List<Incident> incidents,
        Map<Timeline.Id, Timeline> timelines) {

    /**
     * How early one incident was caught.
     *
     * @param onset when its rise began (see {@link BaselineBand#onset})
     * @param toDetect from onset to the alert opening
     * @param toPeak from onset to the busiest window
     * @param lead from the alert opening to the busiest window: the warning it gave
     */
    public record Timing(Instant onset, Duration toDetect, Duration toPeak, Duration lead) {}

    /** One alerted key under one rule: the band and the incidents drawn on it. */
    public record Timeline(
            Id id, SpikeRule rule, List<BaselineBand.Point> band, List<Incident> incidents) {

        public record Id(String rule, IncidentKey key) {}

        public Timing timing(Incident i) {
            Instant onset = BaselineBand.onset(band, i);
            return new Timing(
                    onset,
                    Duration.between(onset, i.openedAt()),
                    Duration.between(onset, i.peakAt()),
                    Duration.between(i.openedAt(), i.peakAt()));
        }
    }

    public static Backtest of(String label, RuleSet rules, ReplayResult result) {
        List<Incident> incidents = Incident.of(result.alerts());
        Map<Timeline.Id, List<Incident>> byTimeline = new LinkedHashMap<>();
        for (Incident i : incidents) {
            byTimeline
                    .computeIfAbsent(new Timeline.Id(i.rule(), i.key()), k -> new ArrayList<>())
                    .add(i);
        }
        Map<Timeline.Id, Timeline> timelines = new LinkedHashMap<>();
        for (Map.Entry<Timeline.Id, List<Incident>> e : byTimeline.entrySet()) {
            SpikeRule rule = rule(rules, e.getKey().rule());
            List<WindowStats> stats =
                    result.stats().stream()
                            .filter(s -> s.key().equals(e.getKey().key()))
                            .filter(s -> s.size().equals(rule.window()))
                            .toList();
            timelines.put(
                    e.getKey(),
                    new Timeline(
                            e.getKey(),
                            rule,
                            BaselineBand.of(rule, stats, e.getValue()),
                            e.getValue()));
        }
        return new Backtest(label, rules, result, incidents, timelines);
    }

    public Timeline timeline(Incident i) {
        return timelines.get(new Timeline.Id(i.rule(), i.key()));
    }

    public Timing timing(Incident i) {
        return timeline(i).timing(i);
    }

    private static SpikeRule rule(RuleSet rules, String id) {
        return rules.spikes().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("alert names unknown rule " + id));
    }
}
