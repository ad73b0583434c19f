package io.nabiz.jobs.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a run's CPU time went, by thread: Flink's task threads are named after their operator
 * chains, so this splits a mention's cost into decode-and-enrich, window, rules, checkpoints and
 * the broker, exactly rather than by sampling. Time outside Java threads is what the process used
 * beyond them; the JVM's compiler and collector threads, which the management interface does not
 * list, are read from the kernel's per-thread clocks ({@code /proc/self/task}, Linux). A daemon
 * thread reads the clocks twice a second (the JVM's own every five seconds), so threads that end
 * between two reads keep their last reading.
 */
final class ThreadCpu implements AutoCloseable {

    private static final long PERIOD_MILLIS = 500;
    private static final int JVM_READ_EVERY = 10;
    private static final Pattern SUBTASK = Pattern.compile(" \\(\\d+/\\d+\\)#\\d+$");
    private static final Pattern NUMBERED = Pattern.compile("[-_ ]?\\d+$");
    private static final int NAME_CHARS = 60;
    private static final int SHOWN = 10;
    private static final int NOT_JAVA_ROWS = 3;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<Long, Long> atStart = new HashMap<>();
    private final Map<Long, Long> last = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> jvmAtStart = new HashMap<>();
    private final Map<Long, Long> jvmLast = new HashMap<>();
    private final Map<Long, JvmThreads> jvmKinds = new HashMap<>();
    private final long processAtStart;
    private final Thread sampler;
    private int reads;
    private volatile boolean stop;

    private ThreadCpu() {
        processAtStart = os.getProcessCpuTime();
        read(atStart);
        JvmThreads.read(jvmAtStart, jvmKinds);
        sampler = new Thread(this::run, "bench-thread-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts counting from now. */
    static ThreadCpu start() {
        return new ThreadCpu();
    }

    private void run() {
        while (!stop) {
            synchronized (this) {
                read(last);
                // Compiler threads come and go seldom; every thread's files cost more to read.
                if (++reads % JVM_READ_EVERY == 0) {
                    JvmThreads.read(jvmLast, jvmKinds);
                }
            }
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void read(Map<Long, Long> into) {
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                into.put(info.getThreadId(), cpu);
                names.putIfAbsent(info.getThreadId(), group(info.getThreadName()));
            }
        }
    }

    /**
     * Stops counting.
     *
     * @return microseconds of CPU per record by thread group, busiest first, with the time no Java
     *     thread accounts for last
     */
    synchronized Map<String, Double> perRecord(long records) {
        stop = true;
        read(last);
        JvmThreads.read(jvmLast, jvmKinds);
        Map<String, Long> byGroup = new HashMap<>();
        long java = 0;
        for (Map.Entry<Long, Long> e : last.entrySet()) {
            long used = e.getValue() - atStart.getOrDefault(e.getKey(), 0L);
            byGroup.merge(names.get(e.getKey()), used, Long::sum);
            java += used;
        }
        List<Map.Entry<String, Long>> rows = new ArrayList<>(byGroup.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Long> r : rows) {
            if (r.getValue() * 1_000 >= records) { // at least a nanosecond per record
                out.put(r.getKey(), r.getValue() / 1e3 / records);
            }
        }
        long process = os.getProcessCpuTime() - processAtStart;
        long notJava = Math.max(0, process - java);
        out.put("(not Java threads: collector, JIT compiler)", notJava / 1e3 / records);
        for (JvmThreads kind : List.of(JvmThreads.COMPILER, JvmThreads.COLLECTOR)) {
            long used = 0;
            for (Map.Entry<Long, Long> e : jvmLast.entrySet()) {
                if (jvmKinds.get(e.getKey()) == kind) {
                    used += e.getValue() - jvmAtStart.getOrDefault(e.getKey(), 0L);
                }
            }
            out.put("(of which " + kind.label + ")", used / 1e3 / records);
        }
        return out;
    }

    @Override
    public void close() {
        stop = true;
    }

    /** Threads that differ only by subtask or pool number count as one. */
    private static String group(String name) {
        String g = NUMBERED.matcher(SUBTASK.matcher(name).replaceFirst("")).replaceFirst("");
        return g.length() > NAME_CHARS ? g.substring(0, NAME_CHARS - 3) + "..." : g;
    }

    /** Prints a breakdown as a table. */
    static void print(String title, Map<String, Double> perRecord) {
        List<Map.Entry<String, Double>> rows = new ArrayList<>(perRecord.entrySet());
        List<Map.Entry<String, Double>> notJava =
                new ArrayList<>(rows.subList(rows.size() - NOT_JAVA_ROWS, rows.size()));
        rows.removeAll(notJava);
        double total =
                rows.stream().mapToDouble(Map.Entry::getValue).sum() + notJava.get(0).getValue();
        System.out.printf("%s: %.1f µs CPU per record%n", title, total);
        double rest = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i < SHOWN) {
                line(rows.get(i).getValue(), rows.get(i).getKey());
            } else {
                rest += rows.get(i).getValue();
            }
        }
        line(rest, "(other Java threads)");
        notJava.forEach(e -> line(e.getValue(), e.getKey()));
    }

    private static void line(double micros, String what) {
        System.out.printf("  %8.1f µs  %s%n", micros, what);
    }
}
