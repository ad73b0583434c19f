package io.nabiz.jobs.bench;

import com.sun.management.OperatingSystemMXBean;
import io.nabiz.jobs.reliability.CapturingReporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.flink.core.execution.JobClient;

/**
 * What one bounded benchmark job did: records from its first read to its end (the end of a bounded
 * exactly-once job is its final checkpoint, with every transaction committed), the CPU it used and
 * the heap it took, sampled while it ran.
 */
record BenchRun(
        long records,
        double seconds,
        double readSeconds,
        double cpuCores,
        long peakHeapBytes,
        long liveHeapBytes,
        long maxCheckpointBytes) {

    private static final long SAMPLE_MILLIS = 50;

    double perSecond() {
        return records / seconds;
    }

    /**
     * Watches a running job until it ends.
     *
     * @param counter the suffix of the counter that counts the records read (summed over subtasks)
     * @param checkpoints where the job writes checkpoints, or {@code null}
     */
    static BenchRun watch(JobClient job, String counter, long expected, Path checkpoints)
            throws Exception {
        OperatingSystemMXBean os =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long first = 0;
        long lastRead = 0;
        long cpuAtFirst = 0;
        long peakHeap = 0;
        long maxCheckpoint = 0;
        var result = job.getJobExecutionResult();
        while (!result.isDone()) {
            long now = System.nanoTime();
            long read = CapturingReporter.counter(counter);
            if (first == 0 && read > 0) {
                first = now;
                cpuAtFirst = os.getProcessCpuTime();
            }
            if (lastRead == 0 && read >= expected) {
                lastRead = now;
            }
            peakHeap =
                    Math.max(
                            peakHeap,
                            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            if (checkpoints != null) {
                maxCheckpoint = Math.max(maxCheckpoint, largestCheckpoint(checkpoints));
            }
            Thread.sleep(SAMPLE_MILLIS);
        }
        result.get();
        long end = System.nanoTime();
        long records = CapturingReporter.counter(counter);
        if (lastRead == 0) {
            lastRead = end;
        }
        double seconds = (end - first) / 1e9;
        return new BenchRun(
                records,
                seconds,
                (lastRead - first) / 1e9,
                (os.getProcessCpuTime() - cpuAtFirst) / 1e9 / seconds,
                peakHeap,
                liveHeap(),
                maxCheckpoint);
    }

    /** The old generation after its last collection: roughly what stays live. */
    private static long liveHeap() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live = Math.max(live, pool.getCollectionUsage().getUsed());
            }
        }
        return live;
    }

    /** The size of the largest {@code chk-N} folder under {@code root}. */
    private static long largestCheckpoint(Path root) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root, 2)) {
            return all.filter(p -> p.getFileName().toString().startsWith("chk-"))
                    .mapToLong(BenchRun::size)
                    .max()
                    .orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0; // a checkpoint was subsumed while we looked: the next sample sees the next
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(BenchRun::fileSize).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static long fileSize(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
