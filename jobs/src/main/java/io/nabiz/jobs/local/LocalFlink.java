package io.nabiz.jobs.local;

import java.nio.file.Path;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A Flink MiniCluster in this JVM, for the demo: the same runtime a cluster runs, in one process.
 */
public final class LocalFlink {

    private LocalFlink() {}

    /**
     * @param workDir where Flink keeps its temporary files, so nothing is left in /tmp
     */
    public static StreamExecutionEnvironment environment(int parallelism, Path workDir) {
        Configuration conf = new Configuration();
        conf.set(CoreOptions.TMP_DIRS, workDir.toString());
        return StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
    }
}
