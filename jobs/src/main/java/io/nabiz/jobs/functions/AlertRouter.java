package io.nabiz.jobs.functions;

import io.nabiz.engine.alert.Alert;
import io.nabiz.jobs.config.AlertRoute;
import io.nabiz.jobs.serde.RoutedAlert;
import java.util.List;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** Every alert to the main alerts topic, and a copy to each route it matches. */
public final class AlertRouter implements FlatMapFunction<Alert, RoutedAlert> {

    private final String mainTopic;
    private final List<AlertRoute> routes;

    public AlertRouter(String mainTopic, List<AlertRoute> routes) {
        this.mainTopic = mainTopic;
        this.routes = List.copyOf(routes);
    }

    @Override
    public void flatMap(Alert alert, Collector<RoutedAlert> out) {
        out.collect(new RoutedAlert(mainTopic, alert));
        for (AlertRoute route : routes) {
            if (route.matches(alert)) {
                out.collect(new RoutedAlert(route.topic(), alert));
            }
        }
    }
}
