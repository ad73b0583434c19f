package io.nabiz.jobs.config;

import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;

/**
 * Translates the settings' state backend, checkpoint directory and restart policy into Flink job
 * options, which take precedence over the cluster's defaults for this job.
 */
public final class RecoveryOptions {

    private RecoveryOptions() {}

    public static Configuration of(JobSettings settings) {
        Configuration conf = new Configuration();
        JobSettings.State state = settings.state();
        conf.set(StateBackendOptions.STATE_BACKEND, state.backend().wireName());
        // RocksDB uploads only the files changed since the last checkpoint; the heap backend
        // always writes a full snapshot.
        conf.set(
                CheckpointingOptions.INCREMENTAL_CHECKPOINTS,
                state.backend() == JobSettings.StateBackend.ROCKSDB);
        if (state.checkpointDirectory() != null) {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, state.checkpointDirectory());
            // A cancelled job can still be restarted from its last checkpoint with -s.
            conf.set(
                    CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                    ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        }
        JobSettings.Restarts restarts = settings.restarts();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        conf.set(
                RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_INITIAL_BACKOFF,
                restarts.initialDelay());
        conf.set(
                RestartStrategyOptions.RESTART_STRATEGY_EXPONENTIAL_DELAY_MAX_BACKOFF,
                restarts.maxDelay());
        return conf;
    }
}
