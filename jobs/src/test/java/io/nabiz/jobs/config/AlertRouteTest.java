package io.nabiz.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Action;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Evidence;
import io.nabiz.engine.alert.Figures;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.jobs.functions.AlertRouter;
import io.nabiz.jobs.serde.RoutedAlert;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;

class AlertRouteTest {

    private static Alert example(Severity severity) {
        Instant end = Instant.parse("2026-11-20T09:20:00Z");
        IncidentKey key = new IncidentKey("acme", "delivery");
        return new Alert(
                Alert.VERSION,
                Alert.incidentId("volume-spike", key, end),
                1,
                key,
                "volume-spike",
                List.of("volume-spike"),
                severity,
                AlertState.OPEN,
                "12 mentions in 5 min",
                end,
                end.minusSeconds(300),
                end,
                new Figures(12, 2, 4, 6, 0.5, 0.2, 0, 12, new TreeMap<>()),
                new Evidence(new ArrayList<>(), new TreeMap<>(), new TreeMap<>(), 12, end, 0),
                new Action("investigate-spike", "Confirm", List.of("Read the samples")));
    }

    @Test
    void aRouteTakesAlertsAtOrAboveItsSeverityForItsBrands() {
        Alert high = example(Severity.HIGH);
        String brand = high.key().brand();
        assertTrue(new AlertRoute("t", Severity.HIGH, null).matches(high));
        assertFalse(new AlertRoute("t", Severity.CRITICAL, null).matches(high));
        assertTrue(new AlertRoute("t", null, List.of(brand)).matches(high));
        assertFalse(new AlertRoute("t", null, List.of("someone-else")).matches(high));
        assertFalse(new AlertRoute("t", Severity.LOW, List.of("someone-else")).matches(high));
    }

    @Test
    void everyAlertGoesToTheMainTopicAndToEachRouteItMatches() {
        AlertRouter router =
                new AlertRouter(
                        "alerts",
                        List.of(
                                new AlertRoute("alerts.urgent", Severity.HIGH, null),
                                new AlertRoute("alerts.other", null, List.of("someone-else"))));
        List<RoutedAlert> out = new ArrayList<>();
        router.flatMap(example(Severity.CRITICAL), new ListCollector<>(out));
        router.flatMap(example(Severity.LOW), new ListCollector<>(out));
        assertEquals(
                List.of("alerts", "alerts.urgent", "alerts"),
                out.stream().map(RoutedAlert::topic).toList());
    }
}
