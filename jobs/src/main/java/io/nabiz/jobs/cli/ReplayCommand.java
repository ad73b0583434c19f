package io.nabiz.jobs.cli;

import io.nabiz.engine.rule.RuleSet;
import io.nabiz.jobs.CustomerCare;
import io.nabiz.jobs.ReplayJob;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.local.Folders;
import io.nabiz.jobs.replay.InvalidInputException;
import io.nabiz.jobs.replay.ReplayInput;
import io.nabiz.jobs.replay.ReplayOutputs;
import io.nabiz.jobs.replay.ReplayProgress;
import io.nabiz.jobs.replay.ReplayResult;
import io.nabiz.jobs.replay.report.Backtest;
import io.nabiz.jobs.replay.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.HeartbeatManagerOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nabiz replay}: runs a historical stream through the listen pipeline in event time, as fast
 * as the machine goes, and writes alerts, window figures, dead letters and an HTML report.
 *
 * <p>Results are written to a staging folder inside {@code --out} and moved into place only when
 * every file is complete, so a failed replay leaves no partial output behind.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description =
                "Replay mentions from a file (.jsonl, .jsonl.gz, .csv) or from Kafka between two"
                        + " times through the listen pipeline; write alerts.jsonl, stats.csv,"
                        + " dlq.jsonl, late.jsonl and report.html to --out.")
public final class ReplayCommand implements Callable<Integer> {

    @Mixin SettingsOptions options;

    @Option(names = "--input", paramLabel = "FILE", description = "Mentions to replay.")
    Path input;

    @Option(
            names = "--format",
            paramLabel = "jsonl|csv",
            description = "How --input encodes mentions (default: by its name, .csv[.gz] is CSV).")
    String format;

    @Option(
            names = "--columns",
            paramLabel = "FIELD=COLUMN",
            split = ",",
            description =
                    "CSV columns holding mention fields, e.g. id=msg_id,ts=created_at,text=body."
                            + " Unmapped fields are read from a column of their own name.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(
            names = "--from",
            paramLabel = "TIME",
            description = "Replay Kafka records written from this ISO-8601 time on.")
    Instant from;

    @Option(
            names = "--to",
            paramLabel = "TIME",
            description = "... up to this ISO-8601 time (exclusive).")
    Instant to;

    @Option(
            names = "--topics",
            paramLabel = "TOPIC",
            split = ",",
            description = "Kafka topics to replay (default: the mention topics of the settings).")
    List<String> topics;

    @Option(
            names = "--compare",
            arity = "2",
            paramLabel = "RULES",
            description = "Replay with two rule files and compare what each caught.")
    List<Path> compare;

    @Option(
            names = "--analysis-threads",
            paramLabel = "N",
            description =
                    "Mentions analysed at once (default: the machine's ${DEFAULT-VALUE} cores)."
                            + " The results are the same for any number.")
    int analysisThreads = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Folder for the results.")
    Path out;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** Whether progress is drawn: only when a person is watching a terminal. */
    boolean interactive = System.console() != null;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        if (analysisThreads < 1) {
            throw new BadInputException(
                    "--analysis-threads must be at least 1, not " + analysisThreads);
        }
        ReplayInput replayInput = input();
        Map<String, RuleSet> ruleSets = ruleSets();
        JobSettings settings = options.settings();
        Files.createDirectories(out);
        Path staging = Files.createTempDirectory(out, ".replay-");
        try {
            List<Backtest> backtests = new ArrayList<>();
            for (Map.Entry<String, RuleSet> rules : ruleSets.entrySet()) {
                ReplayResult result = replay(replayInput, rules.getValue(), settings);
                Path dir = ruleSets.size() == 1 ? staging : staging.resolve(rules.getKey());
                ReplayOutputs.write(result, dir);
                backtests.add(Backtest.of(rules.getKey(), rules.getValue(), result));
            }
            ReplayOutputs.writeReport(
                    ReportWriter.render(replayInput.description(), backtests), staging);
            ReplaySummary.print(stdout, backtests, out);
            publish(staging, out);
        } finally {
            Folders.deleteRecursively(staging);
        }
        return NabizCli.OK;
    }

    private ReplayInput input() {
        boolean kafka = from != null || to != null;
        if ((input == null) == !kafka) {
            throw new BadInputException("give either --input FILE or --from and --to (Kafka)");
        }
        try {
            if (input != null) {
                return ReplayInput.file(input, format(), columns);
            }
            if (from == null || to == null) {
                throw new BadInputException("a Kafka replay needs both --from and --to");
            }
            JobSettings.Kafka k = options.settings().kafka();
            return ReplayInput.kafka(
                    k.bootstrapServers(),
                    topics != null ? topics : k.topics().mentions(),
                    from,
                    to);
        } catch (InvalidInputException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private ReplayInput.Format format() {
        if (format == null) {
            return null;
        }
        try {
            return ReplayInput.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--format must be jsonl or csv, not '" + format + "'");
        }
    }

    /** The rule sets to replay with, by the label the outputs and the report use. */
    private Map<String, RuleSet> ruleSets() {
        Map<String, RuleSet> sets = new LinkedHashMap<>();
        if (compare == null) {
            sets.put(label(options.rules, "rules"), options.rules());
            return sets;
        }
        if (options.rules != null) {
            throw new BadInputException("--rules and --compare exclude each other");
        }
        String a = label(compare.get(0), "a");
        String b = label(compare.get(1), "b");
        if (a.equals(b)) {
            a = "a";
            b = "b";
        }
        sets.put(a, SettingsOptions.rules(compare.get(0)));
        sets.put(b, SettingsOptions.rules(compare.get(1)));
        return sets;
    }

    private static String label(Path rules, String fallback) {
        if (rules == null) {
            return fallback;
        }
        return rules.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    private ReplayResult replay(ReplayInput replayInput, RuleSet rules, JobSettings settings)
            throws Exception {
        Path work = Files.createTempDirectory("nabiz-replay-");
        try (ReplayProgress progress =
                new ReplayProgress(spec.commandLine().getErr(), interactive)) {
            return new ReplayJob(
                            replayInput,
                            rules,
                            settings.eventTime(),
                            settings.deadLetters().payload(),
                            settings.cases(),
                            CustomerCare.of(settings.customers()),
                            analysisThreads)
                    .run(environment(work), progress::started, a -> progress.alertSeen());
        } catch (Exception e) {
            throw unreadable(e);
        } finally {
            Folders.deleteRecursively(work);
        }
    }

    /** A file that turns out corrupt mid-way (a truncated gzip) is bad input, not a crash. */
    private Exception unreadable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.zip.ZipException || t instanceof java.io.EOFException) {
                return new BadInputException("unreadable input " + input + ": " + t.getMessage());
            }
        }
        return e;
    }

    /** A local cluster that fails at once and reports progress every second. */
    private static StreamExecutionEnvironment environment(Path work) {
        Configuration conf = new Configuration();
        conf.set(CoreOptions.TMP_DIRS, work.toString());
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        conf.set(HeartbeatManagerOptions.HEARTBEAT_INTERVAL, Duration.ofSeconds(1));
        return StreamExecutionEnvironment.createLocalEnvironment(1, conf);
    }

    /** Moves the finished results out of staging, replacing those of an earlier replay. */
    private static void publish(Path staging, Path out) throws IOException {
        try (var entries = Files.list(staging)) {
            for (Path p : entries.toList()) {
                Path target = out.resolve(p.getFileName().toString());
                Folders.deleteRecursively(target);
                Files.move(p, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}
