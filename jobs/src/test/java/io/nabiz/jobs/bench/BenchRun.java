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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;

/**
 * What one benchmark job did: records from its first read to its end, the CPU it used (in all and
 * by thread, see {@link ThreadCpu}) and the heap it took, sampled while it ran. A job's end is
 * where everything it read has left it exactly once: a bounded job's final checkpoint, or for a job
 * that listens forever the first checkpoint started after its last read ({@link End}).
 *
 * @param warmPerSecond the read rate over the second half of the input: the job with its compiler
 *     done and its state grown, as a job that has been listening for a while runs; {@link
 *     #perSecond} pays the start as well, as the benchmark's definition asks
 */
record BenchRun(
        long records,
        double seconds,
        double readSeconds,
        double warmPerSecond,
        double cpuCores,
        long peakHeapBytes,
        long liveHeapBytes,
        long maxCheckpointBytes,
        Map<String, Double> cpuMicrosPerRecord) {

    private static final long SAMPLE_MILLIS = 50;
    private static final long STATUS_NANOS = 1_000_000_000L;
    private static final long MAX_MINUTES = 15;
    private static final long MAX_NANOS = MAX_MINUTES * 60_000_000_000L;

    double perSecond() {
        return records / seconds;
    }

    /** When a watched job has done its work. */
    enum End {
        /** A bounded job: when it finishes (its final checkpoint commits every transaction). */
        FINISHED,
        /**
         * A job that listens forever: once it has read every record, the first checkpoint started
         * after that completes (its transactions hold the last alerts), then it is cancelled.
         */
        COMMITTED_AFTER_LAST_READ
    }

    /** Flink's job-level checkpoint gauges. */
    private static final String COMPLETED_CHECKPOINTS = ".numberOfCompletedCheckpoints";

    private static final String CHECKPOINTS_IN_PROGRESS = ".numberOfInProgressCheckpoints";

    /**
     * Watches a running job until it ends.
     *
     * @param counter the suffix of the counter that counts the records read (summed over subtasks)
     * @param checkpoints where the job writes checkpoints, or {@code null}
     */
    static BenchRun watch(JobClient job, String counter, long expected, Path checkpoints, End end)
            throws Exception {
        OperatingSystemMXBean os =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long first = 0;
        long halfRead = 0;
        long readAtHalf = 0;
        long lastRead = 0;
        long readAtLast = 0;
        long cpuAtFirst = 0;
        long peakHeap = 0;
        long maxCheckpoint = 0;
        ThreadCpu threads = null;
        var result = job.getJobExecutionResult();
        long started = System.nanoTime();
        long nextStatus = started;
        long nextCheckpointLook = started;
        long committingCheckpoint = Long.MAX_VALUE;
        long ended = 0;
        while (!result.isDone()) {
            long now = System.nanoTime();
            if (now >= nextStatus) {
                failIfRestarted(job, result, now - started);
                nextStatus = now + STATUS_NANOS;
            }
            long read = CapturingReporter.counter(counter);
            if (first == 0 && read > 0) {
                first = now;
                cpuAtFirst = os.getProcessCpuTime();
                threads = ThreadCpu.start();
            }
            if (halfRead == 0 && read >= expected / 2) {
                halfRead = now;
                readAtHalf = read;
            }
            if (lastRead == 0 && read >= expected) {
                lastRead = now;
                readAtLast = read;
                committingCheckpoint =
                        CapturingReporter.gauge(COMPLETED_CHECKPOINTS)
                                + CapturingReporter.gauge(CHECKPOINTS_IN_PROGRESS)
                                + 1;
            }
            if (end == End.COMMITTED_AFTER_LAST_READ
                    && CapturingReporter.gauge(COMPLETED_CHECKPOINTS) >= committingCheckpoint) {
                ended = now;
                break;
            }
            peakHeap =
                    Math.max(
                            peakHeap,
                            ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            // Until the last read: the end-of-event-time mentions then close a day of every key's
            // windows at once, which a listening job's state never holds.
            if (checkpoints != null && lastRead == 0 && now >= nextCheckpointLook) {
                maxCheckpoint = Math.max(maxCheckpoint, largestCheckpoint(checkpoints));
                nextCheckpointLook = now + STATUS_NANOS;
            }
            Thread.sleep(SAMPLE_MILLIS);
        }
        if (ended == 0) {
            result.get(); // the job ended by itself: its final checkpoint committed everything
            ended = System.nanoTime();
        }
        long records = CapturingReporter.counter(counter);
        long cpu = os.getProcessCpuTime();
        Map<String, Double> byThread = threads == null ? Map.of() : threads.perRecord(records);
        if (!result.isDone()) {
            job.cancel().get(); // a listening job, measured: it would listen forever
        }
        if (lastRead == 0) {
            lastRead = ended;
            readAtLast = records;
        }
        double seconds = (ended - first) / 1e9;
        return new BenchRun(
                records,
                seconds,
                (lastRead - first) / 1e9,
                lastRead > halfRead && halfRead > 0
                        ? (readAtLast - readAtHalf) / ((lastRead - halfRead) / 1e9)
                        : Double.NaN,
                (cpu - cpuAtFirst) / 1e9 / seconds,
                peakHeap,
                liveHeap(),
                maxCheckpoint,
                byThread);
    }

    /**
     * A benchmark job that fails over starts reading again from its last checkpoint: its figures
     * would mean nothing, and the listen job restarts forever. Better to stop with the cause.
     */
    private static void failIfRestarted(
            JobClient job, CompletableFuture<JobExecutionResult> result, long elapsedNanos)
            throws Exception {
        JobStatus status;
        try {
            status = job.getJobStatus().get();
        } catch (IllegalStateException e) {
            if (result.isDone()) {
                return; // finished since the loop looked: its local cluster is gone
            }
            throw e;
        }
        String problem =
                status == JobStatus.RESTARTING || status == JobStatus.FAILING
                        ? "restarted"
                        : elapsedNanos > MAX_NANOS
                                ? "ran longer than " + MAX_MINUTES + " min"
                                : null;
        if (problem != null) {
            job.cancel().get();
            throw new IllegalStateException(
                    "benchmark job " + job.getJobID() + " " + problem + ": see the log above");
        }
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
