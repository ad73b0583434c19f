package io.nabiz.jobs.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JVM's own threads that the management interface does not list, by kind, with their CPU time
 * from the kernel: how much of a run went to compiling and how much to collecting, in CPU rather
 * than in the JVM's wall-clock counters (a compilation that waits for a core counts in those).
 */
enum JvmThreads {
    COMPILER("JIT compiler threads", "C1 CompilerThre", "C2 CompilerThre"),
    COLLECTOR("collector threads", "GC Thread", "G1 ");

    /** Clock ticks per second of {@code /proc}'s times: fixed at 100 for user space on Linux. */
    private static final long TICKS_PER_SECOND = 100;

    private static final Path TASKS = Path.of("/proc/self/task");

    final String label;
    private final String[] namePrefixes;

    JvmThreads(String label, String... namePrefixes) {
        this.label = label;
        this.namePrefixes = namePrefixes;
    }

    private static JvmThreads of(String name) {
        for (JvmThreads kind : values()) {
            for (String prefix : kind.namePrefixes) {
                if (name.startsWith(prefix)) {
                    return kind;
                }
            }
        }
        return null;
    }

    /**
     * Puts the CPU nanoseconds of every compiler and collector thread alive now into {@code cpu}
     * and its kind into {@code kinds}, by kernel thread id; nothing where there is no {@code
     * /proc}.
     */
    static void read(Map<Long, Long> cpu, Map<Long, JvmThreads> kinds) {
        if (!Files.isDirectory(TASKS)) {
            return;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> readTask(task, cpu, kinds));
        } catch (IOException e) {
            // The clocks are a breakdown, not the figure: a run without them is still measured.
        }
    }

    private static void readTask(Path task, Map<Long, Long> cpu, Map<Long, JvmThreads> kinds) {
        try {
            JvmThreads kind = of(Files.readString(task.resolve("comm")).strip());
            if (kind == null) {
                return;
            }
            // The name sits in parentheses and may hold spaces: fields are counted after it.
            String stat = Files.readString(task.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            long tid = Long.parseLong(task.getFileName().toString());
            cpu.put(tid, ticks * 1_000_000_000L / TICKS_PER_SECOND);
            kinds.put(tid, kind);
        } catch (IOException | RuntimeException e) {
            // A thread that ended while it was read: its last reading stands.
        }
    }
}
