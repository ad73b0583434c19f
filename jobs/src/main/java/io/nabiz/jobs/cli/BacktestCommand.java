package io.nabiz.jobs.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.engine.rule.backtest.Backtest;
import io.nabiz.engine.rule.backtest.FiguresFingerprint;
import io.nabiz.engine.rule.backtest.SyntheticSeries;
import io.nabiz.engine.rule.backtest.WindowFigures;
import io.nabiz.engine.window.WindowStats;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nabiz backtest}: runs rule sets over recorded window figures with the rule operator's own
 * code but without Kafka or Flink, and writes the times incidents opened, per rule set and series,
 * in the form the NAB scorer reads.
 */
@Command(
        name = "backtest",
        mixinStandardHelpOptions = true,
        description =
                "Run rule sets over a stream's window figures (computed once, then cached) and"
                        + " write when incidents opened, per rule set and brand, as JSON.")
public final class BacktestCommand implements Callable<Integer> {

    private static final DateTimeFormatter SCORER_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @Option(names = "--input", description = "A time-ordered mention stream (.jsonl or .jsonl.gz).")
    List<Path> inputs = new ArrayList<>();

    @Option(
            names = "--windows",
            description = "Folder that keeps each input's window figures between runs.")
    Path cache;

    @Option(
            names = "--synthetic",
            description =
                    "Judge the built-in synthetic series instead, and write their counts and"
                            + " labelled windows into this folder in NAB's layout.")
    Path synthetic;

    @Option(names = "--rules", description = "A rules file (repeatable; default: the shipped one).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--out", required = true, description = "Where the openings JSON goes.")
    Path out;

    @Option(
            names = "--alerts",
            description =
                    "Also write every alert of the first rule set to DIR/<brand>/alerts.jsonl.")
    Path alertsDir;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Playbooks playbooks = Playbooks.loadDefault();
        RuleSetLoader loader = new RuleSetLoader(playbooks);
        Map<String, RuleSet> ruleSets = new LinkedHashMap<>();
        if (rules.isEmpty()) {
            ruleSets.put("shipped", RuleSetLoader.loadDefault());
        }
        for (Path file : rules) {
            try {
                ruleSets.put(file.toString(), loader.load(file));
            } catch (RuleSetLoader.InvalidRulesException e) {
                throw new BadInputException(file + ": " + e.getMessage());
            } catch (IOException e) {
                throw new BadInputException("cannot read " + file + ": " + e.getMessage());
            }
        }
        if (inputs.isEmpty() == (synthetic == null)) {
            throw new BadInputException("give either --input files or --synthetic DIR");
        }
        Map<String, List<WindowStats>> series =
                synthetic != null ? synthetic() : figures(ruleSets.values().iterator().next(), err);
        // Rule sets are independent: judge them side by side, then write them in the given order.
        List<Map.Entry<String, RuleSet>> sets = List.copyOf(ruleSets.entrySet());
        List<Map<String, List<Alert>>> judged =
                sets.parallelStream()
                        .map(r -> judge(new Backtest(r.getValue(), playbooks), series))
                        .toList();
        ObjectNode result = Json.MAPPER.createObjectNode();
        for (int i = 0; i < sets.size(); i++) {
            ObjectNode openings = result.putObject(sets.get(i).getKey());
            for (Map.Entry<String, List<Alert>> s : judged.get(i).entrySet()) {
                ArrayNode times = openings.putArray("Twitter_volume_" + s.getKey() + ".csv");
                s.getValue().stream()
                        .filter(a -> a.state() == AlertState.OPEN)
                        .map(a -> SCORER_TIME.format(a.openedAt()))
                        .sorted()
                        .distinct()
                        .forEach(times::add);
                if (i == 0 && alertsDir != null) {
                    writeAlerts(s.getValue(), alertsDir.resolve(s.getKey()));
                }
            }
        }
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), result);
        err.printf(
                "backtest: %d rule sets × %d series -> %s%n", ruleSets.size(), series.size(), out);
        return NabizCli.OK;
    }

    private static Map<String, List<Alert>> judge(
            Backtest backtest, Map<String, List<WindowStats>> series) {
        Map<String, List<Alert>> alerts = new LinkedHashMap<>();
        series.forEach((brand, windows) -> alerts.put(brand, backtest.alerts(windows)));
        return alerts;
    }

    /**
     * Each input's windows, by brand, from the cache when it is newer than the input and was made
     * by the same analysis and window size (its name carries their {@link FiguresFingerprint}).
     */
    private Map<String, List<WindowStats>> figures(RuleSet rules, PrintWriter err)
            throws IOException {
        Map<String, List<WindowStats>> series = new LinkedHashMap<>();
        String fingerprint = cache == null ? null : FiguresFingerprint.of(rules.window());
        for (Path input : inputs) {
            if (!Files.isRegularFile(input)) {
                throw new BadInputException("no such file: " + input);
            }
            List<WindowStats> windows;
            Path cached =
                    cache == null
                            ? null
                            : cache.resolve(
                                    input.getFileName() + "." + fingerprint + ".windows.gz");
            if (cached != null
                    && Files.isRegularFile(cached)
                    && Files.getLastModifiedTime(cached).compareTo(Files.getLastModifiedTime(input))
                            > 0) {
                windows = WindowFigures.read(cached);
            } else {
                WindowFigures.Read read = WindowFigures.fromMentions(input, rules.window());
                err.printf(
                        "backtest: %s: %d mentions, %d invalid, %d late%n",
                        input, read.mentions(), read.invalid(), read.late());
                windows = read.windows();
                if (cached != null) {
                    Files.createDirectories(cache);
                    WindowFigures.write(windows, cached);
                }
            }
            for (WindowStats w : windows) {
                series.computeIfAbsent(w.key().brand(), b -> new ArrayList<>()).add(w);
            }
        }
        return series;
    }

    /** The synthetic series' windows, with their counts and labels written in NAB's layout. */
    private Map<String, List<WindowStats>> synthetic() throws IOException {
        Map<String, List<WindowStats>> series = new LinkedHashMap<>();
        Path data = synthetic.resolve("data/realTweets");
        Files.createDirectories(data);
        Files.createDirectories(synthetic.resolve("labels"));
        ObjectNode labels = Json.MAPPER.createObjectNode();
        for (SyntheticSeries s : SyntheticSeries.all()) {
            String file = "Twitter_volume_" + s.name() + ".csv";
            long[] counts = s.counts();
            StringBuilder csv = new StringBuilder("timestamp,value\n");
            for (int i = 0; i < counts.length; i++) {
                csv.append(SCORER_TIME.format(s.start(i)))
                        .append(',')
                        .append(counts[i])
                        .append('\n');
            }
            Files.writeString(data.resolve(file), csv);
            ArrayNode windows = labels.putArray("realTweets/" + file);
            for (SyntheticSeries.Label l : s.labels()) {
                windows.addArray().add(labelTime(l.first())).add(labelTime(l.last()));
            }
            series.put(s.name(), s.windows());
        }
        Json.MAPPER
                .writerWithDefaultPrettyPrinter()
                .writeValue(synthetic.resolve("labels/combined_windows.json").toFile(), labels);
        return series;
    }

    private static String labelTime(Instant t) {
        return SCORER_TIME.format(t) + ".000000";
    }

    private static void writeAlerts(List<Alert> alerts, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream o = Files.newOutputStream(dir.resolve("alerts.jsonl"))) {
            for (Alert a : alerts) {
                o.write(AlertCodec.encode(a));
                o.write('\n');
            }
        }
    }
}
