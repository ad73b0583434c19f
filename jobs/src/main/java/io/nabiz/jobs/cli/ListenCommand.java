package io.nabiz.jobs.cli;

import io.nabiz.jobs.ListenJob;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.config.PrometheusReporting;
import java.util.concurrent.Callable;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nabiz listen}: runs the listen job against a Kafka cluster until cancelled. Under {@code
 * flink run} it is submitted to that cluster; run directly, it starts a local one.
 */
@Command(
        name = "listen",
        mixinStandardHelpOptions = true,
        description = "Listen to the mention topics and publish alerts (runs until cancelled).")
public final class ListenCommand implements Callable<Integer> {

    @Mixin SettingsOptions options;

    @Option(
            names = "--bootstrap-servers",
            paramLabel = "HOST:PORT",
            description = "Kafka brokers (default: kafka.bootstrapServers from the settings).")
    String bootstrapServers;

    @Option(
            names = "--prometheus-port",
            paramLabel = "PORT",
            description =
                    "Run locally with Flink's Prometheus reporter serving metrics on this port."
                            + " Under `flink run` the cluster's reporter configuration applies"
                            + " instead (see docs/reliability.md).")
    Integer prometheusPort;

    @Override
    public Integer call() throws Exception {
        JobSettings settings = options.settings();
        if (bootstrapServers != null) {
            settings = settings.withBootstrapServers(bootstrapServers);
        }
        StreamExecutionEnvironment env =
                prometheusPort == null
                        ? StreamExecutionEnvironment.getExecutionEnvironment()
                        : StreamExecutionEnvironment.getExecutionEnvironment(
                                PrometheusReporting.on(prometheusPort));
        new ListenJob(settings, options.rules(), false).execute(env);
        return NabizCli.OK;
    }
}
