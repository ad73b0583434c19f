package io.nabiz.jobs.cli;

import io.nabiz.jobs.config.JobSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.JobClient;

/** The status line {@code nabiz listen} prints once its job runs, and how it waits for that. */
final class ListenStatus {

    /** A job still not running after this is reported as it is: it may wait for task slots. */
    private static final Duration RUNNING_WAIT = Duration.ofMinutes(2);

    private static final Pattern REPORTER_PORT =
            Pattern.compile("metrics\\.reporter\\.([^.]+)\\.port");

    private ListenStatus() {}

    static void awaitRunning(JobClient job) throws Exception {
        long deadline = System.nanoTime() + RUNNING_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JobStatus status = job.getJobStatus().get();
            if (status == JobStatus.RUNNING) {
                return;
            }
            if (status.isGloballyTerminalState()) {
                throw new StartupException("job " + job.getJobID() + " ended at once: " + status);
            }
            Thread.sleep(200);
        }
    }

    static boolean attached(ReadableConfig conf) {
        return conf.get(DeploymentOptions.ATTACHED);
    }

    /** Job id, topics, parallelism, checkpoint interval, and where to watch it. */
    static String line(
            JobClient job,
            JobSettings settings,
            ReadableConfig conf,
            boolean local,
            Integer prometheusPort)
            throws Exception {
        JobSettings.Topics t = settings.kafka().topics();
        List<String> alertTopics = new ArrayList<>(List.of(t.alerts()));
        t.alertRoutes().forEach(r -> alertTopics.add(r.topic()));
        return String.format(
                "nabiz listen: job %s %s; %s -> %s; dead letters %s, late %s, rules %s;"
                        + " parallelism %d; checkpoints every %s %s; %s; %s",
                job.getJobID(),
                job.getJobStatus().get().name().toLowerCase(java.util.Locale.ROOT),
                String.join(",", t.mentions()),
                String.join(",", alertTopics),
                t.deadLetters(),
                t.late(),
                t.rules(),
                settings.parallelism(),
                human(settings.checkpoints().interval()),
                checkpointPlace(settings, conf),
                local
                        ? "web UI none (local run)"
                        : "web UI http://"
                                + conf.get(RestOptions.ADDRESS)
                                + ":"
                                + conf.get(RestOptions.PORT),
                metrics(conf, prometheusPort));
    }

    /**
     * Where checkpoints go. Without a directory they go to JobManager memory, which declines any
     * checkpoint of more than 5 MB: then no alert is committed, so that is said loudly.
     */
    static String checkpointPlace(JobSettings settings, ReadableConfig conf) {
        String dir = settings.state().checkpointDirectory();
        if (dir == null) {
            dir = conf.getOptional(CheckpointingOptions.CHECKPOINTS_DIRECTORY).orElse(null);
        }
        return dir != null
                ? "to " + dir
                : "to JobManager memory (WARNING: state beyond 5 MB fails every checkpoint and"
                        + " no alert is committed; set state.checkpointDirectory)";
    }

    private static String metrics(ReadableConfig conf, Integer prometheusPort) {
        if (prometheusPort != null) {
            return "metrics http://127.0.0.1:" + prometheusPort + "/metrics";
        }
        List<String> ports = new ArrayList<>();
        if (conf instanceof Configuration c) {
            c.toMap()
                    .forEach(
                            (k, v) -> {
                                Matcher m = REPORTER_PORT.matcher(k);
                                if (m.matches()) {
                                    ports.add(m.group(1) + " reporter on port " + v);
                                }
                            });
        }
        return ports.isEmpty()
                ? "metrics: no reporter configured"
                : "metrics: " + String.join(", ", ports);
    }

    /** PT30S as "30s", PT0.5S as "500ms", PT2M as "120s": how people read a short interval. */
    static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
