package io.nabiz.jobs.bench;

import com.sun.management.OperatingSystemMXBean;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.jobs.cli.NabizCli;
import io.nabiz.jobs.local.Folders;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A replay from start to written report, as {@code nabiz replay} runs it: a generated file of
 * {@value #MENTIONS} mentions (the size of the NAB AAPL stream) and, when given, other files such
 * as the NAB stream itself. Run by {@code scripts/bench}; it prints figures and asserts nothing.
 *
 * <pre>java … io.nabiz.jobs.bench.ReplayBench RESULT.json [--quick] [NAME=FILE …]</pre>
 */
public final class ReplayBench {

    private static final long MENTIONS = 1_300_000;
    private static final long QUICK_MENTIONS = 300_000;

    public static void main(String[] args) {
        // A local cluster's leftover threads would keep the JVM alive: exit either way.
        try {
            run(args);
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Map<String, Path> inputs = new LinkedHashMap<>();
        boolean quick = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--quick")) {
                quick = true;
            } else {
                String[] kv = args[i].split("=", 2);
                inputs.put(kv[0], Path.of(kv[1]));
            }
        }
        long count = quick ? QUICK_MENTIONS : MENTIONS;
        Path work = Path.of("target", "bench", "work", "replay").toAbsolutePath();
        Files.createDirectories(work);
        Path generated = work.resolve("mentions-" + count + ".jsonl.gz");
        if (!Files.exists(generated)) {
            write(generated, count);
        }
        Map<String, Path> all = new LinkedHashMap<>();
        all.put("generated", generated);
        all.putAll(inputs);
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Map.Entry<String, Path> input : all.entrySet()) {
            replay(input.getKey(), input.getValue(), work, figures);
        }
        BenchResults.write(out, figures);
    }

    /** Ten brands over thirty days of event time, in the live benchmark's style. */
    private static void write(Path file, long count) throws Exception {
        MentionStream stream =
                new MentionStream(16, MentionStream.Shape.live(count, 10, Duration.ofDays(30)));
        MentionCodec codec = new MentionCodec();
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (OutputStream o =
                new BufferedOutputStream(
                        new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16))) {
            while (stream.hasNext()) {
                o.write(codec.encode(stream.next()));
                o.write('\n');
            }
        }
        Files.move(partial, file);
    }

    private static void replay(String name, Path input, Path work, Map<String, Object> figures)
            throws Exception {
        Path dir = work.resolve("out-" + name);
        Folders.deleteRecursively(dir);
        long lines = countLines(input);
        OperatingSystemMXBean os =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        ThreadCpu threads = ThreadCpu.start();
        long start = System.nanoTime();
        int exit =
                NabizCli.execute(
                        new PrintWriter(OutputStream.nullOutputStream()),
                        new PrintWriter(System.err, true),
                        "replay",
                        "--input",
                        input.toString(),
                        "--out",
                        dir.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0 || !Files.exists(dir.resolve("report.html"))) {
            throw new IllegalStateException("replay of " + input + " failed with exit " + exit);
        }
        double cores = (os.getProcessCpuTime() - cpu) / 1e9 / seconds;
        figures.put("replay_" + name + "_per_s", Math.round(lines / seconds));
        figures.put("replay_" + name + "_mentions", lines);
        figures.put("replay_" + name + "_seconds", Math.round(seconds * 100) / 100.0);
        figures.put("replay_" + name + "_cpu_cores", Math.round(cores * 100) / 100.0);
        figures.put(
                "replay_" + name + "_cpu_us_per_mention",
                Math.round(cores * seconds * 1e7 / lines) / 10.0);
        System.out.printf(
                "replay %s: %,d mentions in %.1f s = %,.0f/s, %.2f cores%n",
                name, lines, seconds, lines / seconds, cores);
        ThreadCpu.print("replay " + name + " by thread", threads.perRecord(lines));
        Folders.deleteRecursively(dir);
    }

    private static long countLines(Path file) throws Exception {
        try (var in =
                new java.io.BufferedReader(
                        new java.io.InputStreamReader(
                                new java.util.zip.GZIPInputStream(
                                        Files.newInputStream(file), 1 << 16),
                                java.nio.charset.StandardCharsets.UTF_8))) {
            return in.lines().count();
        }
    }
}
