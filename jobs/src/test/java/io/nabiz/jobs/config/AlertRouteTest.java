package io.nabiz.jobs.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Severity;
import io.nabiz.jobs.ExampleAlerts;
import io.nabiz.jobs.functions.AlertRouter;
import io.nabiz.jobs.serde.RoutedAlert;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;

class AlertRouteTest {

    @Test
    void aRouteTakesAlertsAtOrAboveItsSeverityForItsBrands() {
        Alert high = ExampleAlerts.opening("acme", Severity.HIGH);
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
        router.flatMap(ExampleAlerts.opening("acme", Severity.CRITICAL), new ListCollector<>(out));
        router.flatMap(ExampleAlerts.opening("acme", Severity.LOW), new ListCollector<>(out));
        assertEquals(
                List.of("alerts", "alerts.urgent", "alerts"),
                out.stream().map(RoutedAlert::topic).toList());
    }
}
