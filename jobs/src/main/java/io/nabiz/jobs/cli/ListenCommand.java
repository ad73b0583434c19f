package io.nabiz.jobs.cli;

import io.nabiz.engine.rule.RuleSet;
import io.nabiz.jobs.ListenJob;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.config.PrometheusReporting;
import io.nabiz.jobs.config.SettingsTree;
import io.nabiz.jobs.kafka.BrokerCheck;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nabiz listen}: runs the listen job against a Kafka cluster until cancelled. Under {@code
 * flink run} it is submitted to that cluster; run directly, it starts a local one.
 *
 * <p>It says where it connects before anything else, fails with one line when no broker answers
 * within {@code kafka.connectTimeout} or a topic is missing, and prints one status line once the
 * job runs.
 */
@Command(
        name = "listen",
        mixinStandardHelpOptions = true,
        description = "Listen to the mention topics and publish alerts (runs until cancelled).")
public final class ListenCommand implements Callable<Integer> {

    @Mixin SettingsOptions options;

    @Option(
            names = "--prometheus-port",
            paramLabel = "PORT",
            description =
                    "Run locally with Flink's Prometheus reporter serving metrics on this port."
                            + " Under `flink run` the cluster's reporter configuration applies"
                            + " instead (see docs/operations.md).")
    Integer prometheusPort;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        JobSettings settings = options.settings();
        RuleSet rules = options.rules();
        PrintWriter err = spec.commandLine().getErr();
        JobSettings.Kafka kafka = settings.kafka();
        err.printf(
                "nabiz listen: connecting to Kafka at %s%s, waiting up to %s%n",
                kafka.bootstrapServers(),
                kafka.properties().containsKey("security.protocol")
                        ? " (" + kafka.properties().get("security.protocol") + ")"
                        : "",
                ListenStatus.human(kafka.connectTimeout()));
        check(kafka);

        StreamExecutionEnvironment env =
                prometheusPort == null
                        ? StreamExecutionEnvironment.getExecutionEnvironment()
                        : StreamExecutionEnvironment.getExecutionEnvironment(
                                PrometheusReporting.on(prometheusPort));
        boolean local = env instanceof LocalStreamEnvironment;
        if (local && settings.state().checkpointDirectory() == null) {
            // JobManager memory holds at most 5 MB of checkpointed state: past that every
            // checkpoint is declined, no alert is ever committed, and the job restarts from its
            // start. A local run is one process, so a local directory is reachable by all tasks.
            Path dir = Files.createTempDirectory("nabiz-checkpoints-");
            settings =
                    SettingsTree.with(
                            settings, Map.of("state.checkpointDirectory", dir.toUri().toString()));
        }
        if (!local) {
            // On a cluster, Flink sizes the job: `flink run -p`, parallelism.default, or the
            // FlinkDeployment's job.parallelism.
            settings = SettingsTree.with(settings, Map.of("parallelism", env.getParallelism()));
        }
        JobClient job = new ListenJob(settings, rules, false).executeAsync(env);
        ListenStatus.awaitRunning(job);
        err.println(
                ListenStatus.line(job, settings, env.getConfiguration(), local, prometheusPort));
        err.flush();
        if (local || ListenStatus.attached(env.getConfiguration())) {
            job.getJobExecutionResult().get();
        }
        return NabizCli.OK;
    }

    private static void check(JobSettings.Kafka kafka) throws InterruptedException {
        BrokerCheck.Result found = BrokerCheck.run(kafka);
        if (found instanceof BrokerCheck.Unreachable u) {
            throw new StartupException(
                    "cannot reach Kafka at "
                            + kafka.bootstrapServers()
                            + ": "
                            + u.reason()
                            + " (set --bootstrap-servers or NABIZ_KAFKA_BOOTSTRAP_SERVERS)");
        }
        if (found instanceof BrokerCheck.MissingTopics m) {
            throw new StartupException(
                    "topics missing on "
                            + kafka.bootstrapServers()
                            + ": "
                            + String.join(", ", m.topics())
                            + " (create them first: docs/operations.md#topics)");
        }
    }
}
