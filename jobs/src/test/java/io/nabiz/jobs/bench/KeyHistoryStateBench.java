package io.nabiz.jobs.bench;

import com.sun.management.ThreadMXBean;
import io.nabiz.engine.rule.KeyHistory;
import io.nabiz.jobs.serde.JsonStateSerializer;
import io.nabiz.jobs.serde.KeyHistories;
import io.nabiz.jobs.serde.KeyHistorySerializer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * The rule operator's key histories as state, JSON against binary: bytes per history, and CPU time
 * and allocation per write and per read, on one thread. Histories are the engine's own after some
 * days of windows ({@link KeyHistories}): a busy key, a key of the long tail mentioned a few times
 * a day, and a key with an open incident, for each baseline season. It prints figures and asserts
 * nothing.
 *
 * <pre>java … io.nabiz.jobs.bench.KeyHistoryStateBench [days=3] [rounds=7]</pre>
 */
public final class KeyHistoryStateBench {

    /** Writes (and reads) per history and round: long enough for a CPU-time clock. */
    private static final int OPS = 5_000;

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** What the reads gave, so that they cannot be optimised away. */
    private static volatile long consumed;

    private KeyHistoryStateBench() {}

    public static void main(String[] args) throws IOException {
        int days = 3;
        int rounds = 7;
        for (String a : args) {
            String[] kv = a.split("=", 2);
            switch (kv[0]) {
                case "days" -> days = Integer.parseInt(kv[1]);
                case "rounds" -> rounds = Integer.parseInt(kv[1]);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        TypeSerializer<KeyHistory> json = new JsonStateSerializer<>(KeyHistory.class);
        TypeSerializer<KeyHistory> binary = KeyHistorySerializer.INSTANCE;
        System.out.printf(
                "key histories after %d days of 5-minute windows; median of %d rounds of %,d%n%n",
                days, rounds, OPS);
        System.out.println(
                "| season | key | JSON bytes | binary bytes | JSON write µs | binary write µs"
                        + " | JSON read µs | binary read µs | JSON write alloc B"
                        + " | binary write alloc B | JSON read alloc B | binary read alloc B |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        String[] seasons = {"none", "hour-of-day", "hour-of-week", "auto"};
        long seed = 1;
        for (String season : seasons) {
            KeyHistories histories = new KeyHistories(season);
            for (KeyHistories.Activity activity : KeyHistories.Activity.values()) {
                KeyHistory h = histories.after(activity, days, seed++);
                Figures j = measure(json, h, rounds);
                Figures b = measure(binary, h, rounds);
                System.out.printf(
                        "| %s | %s | %,d | %,d | %.2f | %.2f | %.2f | %.2f | %,d | %,d | %,d | %,d"
                                + " |%n",
                        season,
                        activity.name().toLowerCase(),
                        j.bytes,
                        b.bytes,
                        j.writeMicros,
                        b.writeMicros,
                        j.readMicros,
                        b.readMicros,
                        j.writeAllocated,
                        b.writeAllocated,
                        j.readAllocated,
                        b.readAllocated);
            }
        }
    }

    /** Per history: bytes written, median CPU µs and bytes allocated per write and per read. */
    private record Figures(
            int bytes,
            double writeMicros,
            double readMicros,
            long writeAllocated,
            long readAllocated) {}

    private static Figures measure(TypeSerializer<KeyHistory> s, KeyHistory h, int rounds)
            throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64 * 1024);
        s.serialize(h, out);
        byte[] bytes = out.getCopyOfBuffer();
        DataInputDeserializer in = new DataInputDeserializer();
        double[] writes = new double[rounds];
        double[] reads = new double[rounds];
        long writeAllocated = 0;
        long readAllocated = 0;
        // The first round warms the code up and is not counted.
        for (int r = -1; r < rounds; r++) {
            long allocStart = THREADS.getCurrentThreadAllocatedBytes();
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < OPS; i++) {
                out.clear();
                s.serialize(h, out);
            }
            long written = THREADS.getCurrentThreadCpuTime();
            long allocWritten = THREADS.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < OPS; i++) {
                in.setBuffer(bytes);
                consumed += s.deserialize(in).seq;
            }
            long read = THREADS.getCurrentThreadCpuTime();
            if (r >= 0) {
                writes[r] = (written - start) / 1e3 / OPS;
                reads[r] = (read - written) / 1e3 / OPS;
                writeAllocated = (allocWritten - allocStart) / OPS;
                readAllocated = (THREADS.getCurrentThreadAllocatedBytes() - allocWritten) / OPS;
            }
        }
        return new Figures(
                bytes.length, median(writes), median(reads), writeAllocated, readAllocated);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
