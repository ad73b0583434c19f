package io.nabiz.jobs.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.engine.rule.backtest.Backtest;
import io.nabiz.engine.rule.backtest.SyntheticSeries;
import io.nabiz.engine.window.WindowStats;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

/**
 * The engine-level backtest that settings are chosen with gives exactly the rule operator's alerts,
 * byte for byte, on a series with incidents, silences and an unlabelled spike.
 */
class BacktestParityTest {

    @Test
    void theBacktestEmitsTheOperatorsAlerts() throws Exception {
        RuleSet rules = RuleSetLoader.loadDefault();
        // Three days of the quiet key around its burst keep the operator's test harness quick.
        Instant from = SyntheticSeries.START.plus(Duration.ofDays(10));
        Instant to = from.plus(Duration.ofDays(3));
        List<WindowStats> windows =
                SyntheticSeries.all().stream()
                        .filter(s -> s.name().equals("QUIET"))
                        .findFirst()
                        .orElseThrow()
                        .windows()
                        .stream()
                        .filter(w -> !w.start().isBefore(from) && w.end().isBefore(to))
                        .toList();
        List<String> expected = encoded(operator(rules, windows));
        assertTrue(expected.size() >= 3, "the burst should open, update and resolve: " + expected);
        assertEquals(
                expected, encoded(new Backtest(rules, Playbooks.loadDefault()).alerts(windows)));
    }

    private static List<Alert> operator(RuleSet rules, List<WindowStats> windows) throws Exception {
        try (KeyedBroadcastOperatorTestHarness<String, WindowStats, String, Alert> harness =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        new RuleEngineFunction(rules, Duration.ofDays(14)),
                        w -> w.key().brand(),
                        Types.STRING,
                        RuleEngineFunction.RULES)) {
            harness.processBroadcastWatermark(Watermark.MAX_WATERMARK);
            for (int i = 0; i < windows.size(); i++) {
                WindowStats w = windows.get(i);
                harness.processElement(w, w.end().toEpochMilli() - 1);
                // The window stage emits all keys' windows, then the watermark passes their end.
                if (i + 1 == windows.size() || !windows.get(i + 1).end().equals(w.end())) {
                    harness.processWatermark(new Watermark(w.end().toEpochMilli() - 1));
                }
            }
            harness.processWatermark(Watermark.MAX_WATERMARK);
            return harness.extractOutputValues();
        }
    }

    private static List<String> encoded(List<Alert> alerts) {
        return alerts.stream()
                .map(a -> new String(AlertCodec.encode(a), StandardCharsets.UTF_8))
                .toList();
    }
}
