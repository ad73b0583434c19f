package io.nabiz.jobs.config;

import java.util.Map;
import org.apache.flink.configuration.Configuration;

/**
 * The Flink configuration that exposes a process's metrics to Prometheus: the same keys a cluster's
 * {@code config.yaml} carries, for a job that starts its own local cluster.
 */
public final class PrometheusReporting {

    /** The reporter's name in the {@code metrics.reporter.<name>.*} keys. */
    public static final String REPORTER = "prom";

    public static final String FACTORY_KEY = "metrics.reporter." + REPORTER + ".factory.class";
    public static final String PORT_KEY = "metrics.reporter." + REPORTER + ".port";
    public static final String FACTORY =
            "org.apache.flink.metrics.prometheus.PrometheusReporterFactory";

    private PrometheusReporting() {}

    /** Serves {@code http://<host>:<port>/metrics} for Prometheus to scrape. */
    public static Configuration on(int port) {
        return Configuration.fromMap(
                Map.of(FACTORY_KEY, FACTORY, PORT_KEY, Integer.toString(port)));
    }
}
