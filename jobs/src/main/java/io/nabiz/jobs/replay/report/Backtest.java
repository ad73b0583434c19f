package io.nabiz.jobs.replay.report;

import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.window.IncidentKey;
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
        Map<IncidentKey, Timeline> timelines) {

    /**
     * How early one incident was caught.
     *
     * @param onset when its rise began (see {@link BaselineBand#onset})
     * @param toDetect from onset to the alert opening
     * @param toPeak from onset to the busiest window
     * @param lead from the alert opening to the busiest window: the warning it gave
     */
    public record Timing(Instant onset, Duration toDetect, Duration toPeak, Duration lead) {}

    /** One alerted key: its band and the incidents drawn on it. */
    public record Timeline(
            IncidentKey key,
            Duration window,
            List<BaselineBand.Point> band,
            List<Incident> incidents) {

        /** The rules that opened this key's incidents, in order of opening. */
        public List<String> rules() {
            return incidents.stream().map(Incident::rule).distinct().toList();
        }

        public Timing timing(Incident i) {
            Instant onset = BaselineBand.onset(band, i, window);
            return new Timing(
                    onset,
                    Duration.between(onset, i.openedAt()),
                    Duration.between(onset, i.peakAt()),
                    Duration.between(i.openedAt(), i.peakAt()));
        }
    }

    public static Backtest of(String label, RuleSet rules, ReplayResult result) {
        List<Incident> incidents = Incident.of(result.alerts());
        Map<IncidentKey, List<Incident>> byKey = new LinkedHashMap<>();
        for (Incident i : incidents) {
            byKey.computeIfAbsent(i.key(), k -> new ArrayList<>()).add(i);
        }
        Map<IncidentKey, Timeline> timelines = new LinkedHashMap<>();
        for (Map.Entry<IncidentKey, List<Incident>> e : byKey.entrySet()) {
            List<JudgedWindow> judged =
                    result.judged().stream()
                            .filter(j -> j.stats().key().equals(e.getKey()))
                            .toList();
            timelines.put(
                    e.getKey(),
                    new Timeline(
                            e.getKey(),
                            rules.window(),
                            BaselineBand.of(judged, rules.window()),
                            e.getValue()));
        }
        return new Backtest(label, rules, result, incidents, timelines);
    }

    public Timing timing(Incident i) {
        return timelines.get(i.key()).timing(i);
    }
}
