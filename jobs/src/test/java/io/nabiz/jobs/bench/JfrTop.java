package io.nabiz.jobs.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording as tables: CPU samples by thread (Flink task threads grouped by
 * operator chain), the hottest methods by samples on top of the stack (self) and anywhere in it
 * (total), and where threads waited (parks and monitor waits by the first project or library frame
 * below the JDK's). Depends on nothing but the JDK, so {@code scripts/jfr-top} runs it as a source
 * file.
 *
 * <pre>scripts/jfr-top FILE.jfr [--top N] [--thread REGEX]</pre>
 */
public final class JfrTop {

    /** A task thread's subtask and attempt suffix: {@code (1/2)#0}. */
    private static final Pattern SUBTASK = Pattern.compile(" \\(\\d+/\\d+\\)#\\d+$");

    private static final Pattern NUMBERED = Pattern.compile("[-_ ]?\\d+$");

    private final Map<String, Long> threads = new HashMap<>();
    private final Map<String, Long> self = new HashMap<>();
    private final Map<String, Long> total = new HashMap<>();
    private final Map<String, Long> waitNanos = new HashMap<>();
    private final Pattern threadFilter;
    private long samples;

    private JfrTop(Pattern threadFilter) {
        this.threadFilter = threadFilter;
    }

    public static void main(String[] args) throws IOException {
        Path file = null;
        int top = 25;
        Pattern filter = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--top" -> top = Integer.parseInt(args[++i]);
                case "--thread" -> filter = Pattern.compile(args[++i]);
                default -> file = Path.of(args[i]);
            }
        }
        if (file == null) {
            System.err.println("usage: jfr-top FILE.jfr [--top N] [--thread REGEX]");
            System.exit(2);
        }
        JfrTop t = new JfrTop(filter);
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                t.accept(recording.readEvent());
            }
        }
        t.print(top);
    }

    private void accept(RecordedEvent e) {
        String type = e.getEventType().getName();
        boolean sample = type.equals("jdk.ExecutionSample");
        boolean wait =
                type.equals("jdk.ThreadPark")
                        || type.equals("jdk.JavaMonitorEnter")
                        || type.equals("jdk.JavaMonitorWait");
        if (!sample && !wait) {
            return;
        }
        RecordedThread thread = e.getThread(sample ? "sampledThread" : "eventThread");
        String threadName = thread == null ? "?" : group(thread.getJavaName());
        if (threadFilter != null && !threadFilter.matcher(threadName).find()) {
            return;
        }
        RecordedStackTrace stack = e.getStackTrace();
        List<RecordedFrame> frames = stack == null ? List.of() : stack.getFrames();
        if (wait) {
            String where = threadName + "  <-  " + firstNonJdk(frames);
            waitNanos.merge(where, e.getDuration().toNanos(), Long::sum);
            return;
        }
        samples++;
        threads.merge(threadName, 1L, Long::sum);
        if (frames.isEmpty()) {
            return;
        }
        self.merge(name(frames.get(0)), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (seen.add(n)) {
                total.merge(n, 1L, Long::sum);
            }
        }
    }

    /** Threads that differ only by subtask or pool number count as one. */
    private static String group(String name) {
        if (name == null) {
            return "?";
        }
        String g = SUBTASK.matcher(name).replaceFirst("");
        return g.length() > 90 ? g.substring(0, 87) + "..." : NUMBERED.matcher(g).replaceFirst("");
    }

    private static String firstNonJdk(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            String n = name(f);
            if (!n.startsWith("java.") && !n.startsWith("jdk.") && !n.startsWith("sun.")) {
                return n;
            }
        }
        return frames.isEmpty() ? "?" : name(frames.get(0));
    }

    private static String name(RecordedFrame f) {
        if (f.getMethod() == null) {
            return "?";
        }
        String type = f.getMethod().getType().getName();
        return type + "." + f.getMethod().getName();
    }

    private void print(int top) {
        System.out.printf("%,d CPU samples%n", samples);
        table("thread (CPU samples)", threads, samples, top);
        table("hottest methods, self (top of stack)", self, samples, top);
        table("hottest methods, total (anywhere in the stack)", total, samples, top);
        List<Map.Entry<String, Long>> waits = sorted(waitNanos);
        System.out.printf("%n| waited (s) | thread <- first frame outside the JDK |%n|---:|---|%n");
        for (Map.Entry<String, Long> e : waits.subList(0, Math.min(top, waits.size()))) {
            System.out.printf("| %.1f | `%s` |%n", e.getValue() / 1e9, e.getKey());
        }
    }

    private static void table(String title, Map<String, Long> counts, long all, int top) {
        System.out.printf("%n| share | %s |%n|---:|---|%n", title);
        List<Map.Entry<String, Long>> rows = sorted(counts);
        for (Map.Entry<String, Long> e : rows.subList(0, Math.min(top, rows.size()))) {
            System.out.printf("| %.1f %% | `%s` |%n", 100.0 * e.getValue() / all, e.getKey());
        }
    }

    private static List<Map.Entry<String, Long>> sorted(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        return rows;
    }
}
