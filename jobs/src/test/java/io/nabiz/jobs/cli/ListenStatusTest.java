package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.config.SettingsTree;
import java.util.Map;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;

class ListenStatusTest {

    @Test
    void aJobWithoutACheckpointDirectoryIsWarnedThatLargeStateCommitsNothing() {
        String place = ListenStatus.checkpointPlace(JobSettings.loadDefault(), new Configuration());

        assertTrue(place.contains("JobManager memory"), place);
        assertTrue(place.contains("set state.checkpointDirectory"), place);
    }

    @Test
    void theSettingsDirectoryWinsOverTheClusterDefault() {
        JobSettings settings =
                SettingsTree.with(
                        JobSettings.loadDefault(),
                        Map.of("state.checkpointDirectory", "s3://bucket/nabiz"));
        Configuration cluster = new Configuration();
        cluster.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, "file:///cluster/checkpoints");

        assertEquals("to s3://bucket/nabiz", ListenStatus.checkpointPlace(settings, cluster));
        assertEquals(
                "to file:///cluster/checkpoints",
                ListenStatus.checkpointPlace(JobSettings.loadDefault(), cluster));
    }
}
