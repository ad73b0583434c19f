package io.nabiz.jobs;

import io.nabiz.engine.alert.Action;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Evidence;
import io.nabiz.engine.alert.Figures;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.window.IncidentKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An opening delivery alert for tests that route, filter or print alerts. */
public final class ExampleAlerts {

    private ExampleAlerts() {}

    public static Alert opening(String brand, Severity severity) {
        Instant end = Instant.parse("2026-11-20T09:20:00Z");
        IncidentKey key = new IncidentKey(brand, "delivery");
        return new Alert(
                Alert.VERSION,
                Alert.incidentId("volume-spike", key, end),
                1,
                key,
                "volume-spike",
                List.of("volume-spike"),
                severity,
                AlertState.OPEN,
                "30 mentions in 5 min, 10.0x the usual 3.0",
                end,
                end.minusSeconds(300),
                end,
                new Figures(30, 3, 9, 10, 0.8, 0.2, 1000, 25, new TreeMap<>(Map.of("social", 30L))),
                new Evidence(new ArrayList<>(), new TreeMap<>(), new TreeMap<>(), 30, end, 0),
                new Action("investigate-spike", "Confirm", List.of("Read the samples")));
    }
}
