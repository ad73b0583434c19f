package io.nabiz.jobs.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rule operator with its keyed and broadcast state, driven through Flink's test harness. */
class RuleEngineFunctionTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");

    private final RuleSet rules = RuleSetLoader.loadDefault();
    private KeyedBroadcastOperatorTestHarness<String, WindowStats, String, Alert> harness;
    private int window;

    @BeforeEach
    void open() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                        new RuleEngineFunction(rules, Duration.ofDays(1)),
                        w -> w.key().brand(),
                        Types.STRING,
                        RuleEngineFunction.RULES);
        // As in the job: the rule-update input never holds event time back.
        harness.processBroadcastWatermark(Watermark.MAX_WATERMARK);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void aLiveRuleUpdateChangesBehaviourMidStream() throws Exception {
        quiet(30);
        assertEquals(List.of(), next(9), "9 mentions are below the shipped minimum support");
        quiet(3);

        String moreSensitive =
                shippedRules()
                        .replaceFirst("minSupport: \\d+", "minSupport: 5")
                        .replaceFirst("zScore: [\\d.]+", "zScore: 1.0")
                        .replaceFirst("minRatio: [\\d.]+", "minRatio: 1.5")
                        .replaceFirst("\\n\\s*busiestIn: \\w+", "")
                        .replaceFirst("\\n\\s*fadesAfter: \\w+", "")
                        .replace("confirmWindows: 2", "confirmWindows: 1");
        harness.processBroadcastElement(moreSensitive, 0);
        List<Alert> alerts = next(9);
        assertEquals(1, alerts.size(), "the same rise alerts under the new rules");
        assertEquals(AlertState.OPEN, alerts.get(0).state());
    }

    @Test
    void anInvalidUpdateIsRejectedAndTheOldRulesKeepWorking() throws Exception {
        quiet(30);
        harness.processBroadcastElement("v: 1\nwindow: PT5M\nrules: []\n", 0);
        harness.processBroadcastElement(shippedRules().replace("window: PT5M", "window: PT1M"), 0);
        assertEquals(List.of(), next(7));
        assertEquals(List.of(), next(40), "the first window of a rise only arms the rule");
        List<Alert> alerts = next(40);
        assertEquals(List.of(AlertState.OPEN), alerts.stream().map(Alert::state).toList());
    }

    @Test
    void silenceResolvesAnIncidentThroughTimers() throws Exception {
        quiet(30);
        assertEquals(List.of(), next(40));
        assertEquals(AlertState.OPEN, next(40).get(0).state());
        // Nobody mentions the brand any more: only the watermark moves on.
        List<Alert> later = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            window++;
            later.addAll(advance());
        }
        assertEquals(List.of(AlertState.RESOLVED), later.stream().map(Alert::state).toList());
    }

    private void quiet(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            assertEquals(List.of(), next(1 + i % 3));
        }
    }

    /** One window of delivery mentions for brand acme, then the watermark passes its end. */
    private List<Alert> next(long count) throws Exception {
        Instant start = T0.plus(WINDOW.multipliedBy(window++));
        TreeMap<String, Long> channels = new TreeMap<>();
        channels.put("social", count);
        WindowStats w =
                new WindowStats(
                        new IncidentKey("acme", "delivery"),
                        start,
                        start.plus(WINDOW),
                        count,
                        0,
                        0,
                        count,
                        channels,
                        new TreeMap<>(),
                        new TreeMap<>(),
                        new ArrayList<>(),
                        null);
        harness.processElement(w, w.end().toEpochMilli() - 1);
        return advance();
    }

    private List<Alert> advance() throws Exception {
        int before = harness.extractOutputValues().size();
        harness.processWatermark(
                new Watermark(T0.plus(WINDOW.multipliedBy(window)).toEpochMilli() - 1));
        List<Alert> all = harness.extractOutputValues();
        return all.subList(before, all.size());
    }

    private static String shippedRules() throws IOException {
        try (InputStream in =
                RuleEngineFunctionTest.class.getResourceAsStream("/config/rules.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
