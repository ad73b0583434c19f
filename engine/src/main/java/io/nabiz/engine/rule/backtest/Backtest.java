package io.nabiz.engine.rule.backtest;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.BrandJudge;
import io.nabiz.engine.rule.Judgement;
import io.nabiz.engine.rule.KeyHistory;
import io.nabiz.engine.rule.RuleEngine;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.window.WindowStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a rule set over recorded window figures the way the job's rule operator does, brand by brand
 * and window by window through {@link BrandJudge}, without Kafka or Flink: what a grid of rule
 * settings is compared on before the chosen one is confirmed by a real replay.
 */
public final class Backtest {

    private final RuleEngine engine;

    public Backtest(RuleSet rules, Playbooks playbooks) {
        this.engine = new RuleEngine(rules, playbooks);
    }

    /**
     * Every alert event the windows give, in the order the operator emits them for one brand.
     *
     * @param windows one brand's windows in judging order ({@link WindowFigures#ORDER})
     */
    public List<Alert> alerts(List<WindowStats> windows) {
        long size = engine.rules().window().toMillis();
        Map<String, KeyHistory> histories = new TreeMap<>();
        BrandJudge.Histories state = histories(histories);
        List<Alert> alerts = new ArrayList<>();
        int i = 0;
        boolean incidentOpen = false;
        Instant end = windows.isEmpty() ? null : windows.get(0).end();
        // As the operator's timers: a window end with figures, or one after an open incident.
        while (i < windows.size() || incidentOpen) {
            if (!incidentOpen && windows.get(i).end().isAfter(end)) {
                end = windows.get(i).end();
            }
            TreeMap<String, WindowStats> now = new TreeMap<>();
            while (i < windows.size() && windows.get(i).end().equals(end)) {
                now.put(windows.get(i).key().path(), windows.get(i));
                i++;
            }
            try {
                BrandJudge.Outcome outcome =
                        BrandJudge.judge(engine, brand(windows), end, now, state);
                outcome.judgements().stream()
                        .map(Judgement::alert)
                        .forEach(a -> a.ifPresent(alerts::add));
                incidentOpen = outcome.incidentOpen();
            } catch (Exception e) {
                throw new IllegalStateException("a map of histories cannot fail", e);
            }
            end = end.plusMillis(size);
        }
        return alerts;
    }

    /** The times incidents opened: what an early-detection score counts. */
    public List<Instant> openings(List<WindowStats> windows) {
        return alerts(windows).stream()
                .filter(a -> a.state() == AlertState.OPEN)
                .map(Alert::openedAt)
                .sorted()
                .toList();
    }

    private static String brand(List<WindowStats> windows) {
        return windows.get(0).key().brand();
    }

    private static BrandJudge.Histories histories(Map<String, KeyHistory> map) {
        return new BrandJudge.Histories() {
            @Override
            public KeyHistory get(String aspect) {
                return map.get(aspect);
            }

            @Override
            public void put(String aspect, KeyHistory history) {
                map.put(aspect, history);
            }

            @Override
            public Iterable<Map.Entry<String, KeyHistory>> entries() {
                return map.entrySet();
            }
        };
    }
}
