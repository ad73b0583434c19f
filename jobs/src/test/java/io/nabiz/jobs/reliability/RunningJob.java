package io.nabiz.jobs.reliability;

import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.jobs.ListenJob;
import io.nabiz.jobs.config.JobSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.streaming.util.TestStreamEnvironment;

/** The listen job listening (unbounded) on a test MiniCluster, as it runs in production. */
final class RunningJob implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final JobClient client;
    private boolean stopped;

    private RunningJob(JobClient client) {
        this.client = client;
    }

    /** Builds a fresh job and submits it, restoring state from {@code savepoint} when given. */
    static RunningJob start(MiniCluster cluster, JobSettings settings, String savepoint)
            throws Exception {
        Configuration conf = new Configuration();
        if (savepoint != null) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
        }
        TestStreamEnvironment env =
                new TestStreamEnvironment(
                        cluster, conf, settings.parallelism(), List.of(), List.of());
        return new RunningJob(
                new ListenJob(settings, RuleSetLoader.loadDefault(), false).executeAsync(env));
    }

    JobID id() {
        return client.getJobID();
    }

    /**
     * Stops the job with a canonical savepoint, which commits every transaction still open, and
     * returns the savepoint's path.
     */
    String stopWithSavepoint(Path dir) throws Exception {
        String path =
                client.stopWithSavepoint(
                                false, dir.toUri().toString(), SavepointFormatType.CANONICAL)
                        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        stopped = true;
        return path;
    }

    /** Stops the job as {@link #stopWithSavepoint} does and returns its final accumulators. */
    JobExecutionResult stop(Path dir) throws Exception {
        stopWithSavepoint(dir);
        return client.getJobExecutionResult().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (!stopped) {
            client.cancel().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
