package io.nabiz.jobs.replay;

import io.nabiz.jobs.replay.report.Format;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.core.execution.JobClient;

/**
 * A one-line progress display for long replays on a terminal: records read per second over the last
 * few seconds, how far event time has got, and alerts so far, redrawn in place once a second.
 *
 * <p>Figures come from the running job's accumulators, which task managers report with their
 * heartbeats, so the line moves in heartbeat steps.
 */
public final class ReplayProgress implements AutoCloseable {

    private static final long PERIOD_MILLIS = 1_000;

    /** Redraws the rate is taken over: the current speed, not an average since start-up. */
    private static final int RATE_SPAN = 5;

    private final PrintWriter out;
    private final AtomicLong alerts = new AtomicLong();
    private final AtomicReference<JobClient> job = new AtomicReference<>();
    private final ScheduledExecutorService timer;

    /** The last few redraws' time and record count, oldest first. */
    private final ArrayDeque<long[]> recent = new ArrayDeque<>();

    private boolean drawn;

    /**
     * @param enabled false when the output is not a terminal: then nothing is printed
     */
    public ReplayProgress(PrintWriter out, boolean enabled) {
        this.out = out;
        this.timer =
                enabled
                        ? Executors.newSingleThreadScheduledExecutor(
                                r -> {
                                    Thread t = new Thread(r, "replay-progress");
                                    t.setDaemon(true);
                                    return t;
                                })
                        : null;
        if (timer != null) {
            timer.scheduleAtFixedRate(
                    this::draw, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    public void started(JobClient client) {
        job.set(client);
    }

    public void alertSeen() {
        alerts.incrementAndGet();
    }

    private synchronized void draw() {
        JobClient client = job.get();
        if (client == null) {
            return;
        }
        Map<String, Object> acc;
        try {
            acc = client.getAccumulators().get(PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return; // the job is finishing: the next redraw or the summary says the rest
        }
        long records = records(acc);
        long now = System.nanoTime();
        recent.addLast(new long[] {now, records});
        if (recent.size() > RATE_SPAN) {
            recent.removeFirst();
        }
        long[] oldest = recent.peekFirst();
        double rate = now == oldest[0] ? 0 : (records - oldest[1]) / ((now - oldest[0]) / 1e9);
        out.print(line(acc, alerts.get(), rate));
        out.flush();
        drawn = true;
    }

    private static long records(Map<String, Object> accumulators) {
        return accumulators.get(ProgressProbe.RECORDS_ACCUMULATOR) instanceof Long n ? n : 0;
    }

    /** The progress line from the job's accumulators, led by a carriage return to redraw it. */
    static String line(Map<String, Object> accumulators, long alerts, double recordsPerSecond) {
        Object ts = accumulators.get(ProgressProbe.EVENT_TIME_ACCUMULATOR);
        return String.format(
                Locale.ROOT,
                "\rreplay: %,d records (%,.0f/s), event time %s, %d alerts   ",
                records(accumulators),
                recordsPerSecond,
                ts instanceof Long t && t != Long.MIN_VALUE
                        ? Format.time(Instant.ofEpochMilli(t))
                        : "—",
                alerts);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (drawn) {
            out.println();
            out.flush();
        }
    }
}
