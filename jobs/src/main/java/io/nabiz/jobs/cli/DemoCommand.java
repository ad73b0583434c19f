package io.nabiz.jobs.cli;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.cases.Case;
import io.nabiz.engine.cases.CaseBase;
import io.nabiz.engine.cases.CaseTerms;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.jobs.ListenJob;
import io.nabiz.jobs.board.BoardServer;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.functions.DeadLetterSplitter;
import io.nabiz.jobs.functions.LateMentionSplitter;
import io.nabiz.jobs.kafka.AlertLine;
import io.nabiz.jobs.kafka.CustomerAlertLine;
import io.nabiz.jobs.kafka.MentionProducer;
import io.nabiz.jobs.kafka.TopicReader;
import io.nabiz.jobs.local.EmbeddedKafka;
import io.nabiz.jobs.local.Folders;
import io.nabiz.jobs.local.LocalFlink;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.flink.api.common.JobExecutionResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nabiz demo}: the whole system on one machine with nothing installed. Starts a Kafka broker
 * and a Flink MiniCluster in this process, replays the bundled sample stream through the listen
 * job, and prints each alert as the job commits it.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description =
                "Run the listen job on an in-process Kafka broker and Flink MiniCluster over a"
                        + " bundled sample stream, printing alerts as they are committed.")
public final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE_RESOURCE = "/config/samples/demo-mentions.jsonl.gz";
    private static final int PARTITIONS = 2;

    @Mixin SettingsOptions options;

    @Option(
            names = "--input",
            paramLabel = "FILE",
            description = "Mention lines (.jsonl or .jsonl.gz) to replay instead of the sample.")
    Path input;

    @Option(
            names = "--board",
            description =
                    "Also serve the live alert board on 127.0.0.1 and keep serving it after the"
                            + " sample ran, until Ctrl-C.")
    boolean board;

    @Option(
            names = "--board-port",
            defaultValue = "8080",
            description = "The board's port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int boardPort;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Null unless serving the board: try-with-resources skips a null resource.
        try (UntilStopped until = board ? new UntilStopped() : null) {
            return run(until);
        }
    }

    private int run(UntilStopped until) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet rules = options.rules();
        JobSettings defaults = options.settings();
        Path workDir = Files.createTempDirectory("nabiz-demo-");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(workDir.resolve("kafka"))) {
            JobSettings settings =
                    withCaseBase(defaults, workDir.resolve("cases"), out)
                            .withBootstrapServers(kafka.bootstrapServers());
            JobSettings.Topics topics = settings.kafka().topics();
            kafka.createTopics(PARTITIONS, topics.all());
            out.printf("Kafka broker on %s, topics %s%n", kafka.bootstrapServers(), topics.all());
            try (BoardServer server =
                    board
                            ? BoardServer.start(
                                    kafka.bootstrapServers(), topics, "127.0.0.1", boardPort, null)
                            : null) {
                if (server != null) {
                    out.printf("Live alert board on %s%n", server.uri());
                }
                runSample(out, settings, rules, workDir);
                if (server != null) {
                    out.printf("The board keeps serving on %s; Ctrl-C to stop.%n", server.uri());
                    out.flush();
                    until.await();
                }
            }
        } finally {
            Folders.deleteRecursively(workDir);
        }
        return NabizCli.OK;
    }

    private void runSample(PrintWriter out, JobSettings settings, RuleSet rules, Path workDir)
            throws Exception {
        JobSettings.Topics topics = settings.kafka().topics();
        long produced = produceSample(settings);
        out.printf("Produced %d sample records; running the listen job...%n%n", produced);

        Map<AlertState, Integer> alerts = new EnumMap<>(AlertState.class);
        Map<AlertState, Integer> customers = new EnumMap<>(AlertState.class);
        AtomicBoolean jobDone = new AtomicBoolean();
        Thread tail =
                tail(
                        settings,
                        topics.alerts(),
                        value -> {
                            Alert a = decode(value);
                            alerts.merge(a.state(), 1, Integer::sum);
                            print(out, AlertLine.format(a));
                        },
                        jobDone);
        Thread customerTail =
                tail(
                        settings,
                        topics.customerAlerts(),
                        value -> {
                            CustomerAlert a = decodeCustomerAlert(value);
                            customers.merge(a.state(), 1, Integer::sum);
                            print(out, CustomerAlertLine.format(a));
                        },
                        jobDone);
        JobExecutionResult result;
        try {
            result =
                    new ListenJob(settings, rules, true)
                            .execute(LocalFlink.environment(settings.parallelism(), workDir));
        } finally {
            jobDone.set(true);
            tail.join();
            customerTail.join();
        }
        printSummary(out, produced, result, alerts, customers);
    }

    /** Follows a topic on its own thread until the job is done, handing each value on. */
    private static Thread tail(
            JobSettings settings, String topic, Consumer<byte[]> onValue, AtomicBoolean jobDone) {
        Thread t =
                new Thread(
                        () ->
                                TopicReader.follow(
                                        settings.kafka().bootstrapServers(),
                                        topic,
                                        onValue,
                                        jobDone::get),
                        "tail-" + topic);
        t.start();
        return t;
    }

    /** One line at a time: two tails print to the same writer. */
    private static void print(PrintWriter out, String line) {
        synchronized (out) {
            out.println(line);
        }
    }

    /**
     * The settings with a case base: the configured one, or else one built in {@code dir} from the
     * bundled sample cases, so the demo's alerts show similar past cases.
     */
    private JobSettings withCaseBase(JobSettings settings, Path dir, PrintWriter out)
            throws IOException {
        if (settings.cases().enabled()) {
            return settings;
        }
        CaseTerms vocabulary = CaseTerms.loadDefault();
        List<Case> cases = CasesCommand.readCases(null, vocabulary, spec.commandLine().getErr());
        new CaseBase(dir, vocabulary).publish(cases);
        out.printf("Case base: %d past cases from %s%n", cases.size(), CasesCommand.SAMPLE_CASES);
        return settings.withCaseIndex(dir);
    }

    private long produceSample(JobSettings settings) throws IOException {
        long n = 0;
        try (InputStream raw = openInput();
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8));
                MentionProducer producer =
                        new MentionProducer(
                                settings.kafka().bootstrapServers(),
                                settings.kafka().topics().mentions())) {
            for (String line; (line = lines.readLine()) != null; ) {
                producer.send(line);
                n++;
            }
        }
        return n;
    }

    /** The input's lines, decompressed when the name ends in {@code .gz}. */
    private InputStream openInput() throws IOException {
        if (input == null) {
            InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource " + SAMPLE_RESOURCE);
            }
            return new GZIPInputStream(in);
        }
        if (!Files.isRegularFile(input)) {
            throw new BadInputException("no such file: " + input);
        }
        InputStream in = Files.newInputStream(input);
        return input.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static Alert decode(byte[] value) {
        try {
            return AlertCodec.decode(value);
        } catch (IOException e) {
            throw new UncheckedIOException("the job wrote an alert this build cannot read", e);
        }
    }

    private static CustomerAlert decodeCustomerAlert(byte[] value) {
        try {
            return Json.MAPPER.readValue(value, CustomerAlert.class);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the job wrote a customer alert this build cannot read", e);
        }
    }

    private static void printSummary(
            PrintWriter out,
            long produced,
            JobExecutionResult result,
            Map<AlertState, Integer> alerts,
            Map<AlertState, Integer> customers) {
        long mentions = counter(result, DeadLetterSplitter.MENTIONS_ACCUMULATOR);
        long dead = counter(result, DeadLetterSplitter.DEAD_LETTERS_ACCUMULATOR);
        long late = counter(result, LateMentionSplitter.LATE_ACCUMULATOR);
        out.println();
        out.printf(
                "Summary: %d records in = %d mentions analysed + %d late + %d dead-lettered%n",
                produced, mentions - late, late, dead);
        out.printf(
                "Alerts: %d incidents opened, %d updates, %d escalations, %d resolved%n",
                alerts.getOrDefault(AlertState.OPEN, 0),
                alerts.getOrDefault(AlertState.UPDATED, 0),
                alerts.getOrDefault(AlertState.ESCALATED, 0),
                alerts.getOrDefault(AlertState.RESOLVED, 0));
        out.printf(
                "Customers at risk: %d incidents opened, %d updates, %d escalations, %d resolved%n",
                customers.getOrDefault(AlertState.OPEN, 0),
                customers.getOrDefault(AlertState.UPDATED, 0),
                customers.getOrDefault(AlertState.ESCALATED, 0),
                customers.getOrDefault(AlertState.RESOLVED, 0));
        out.flush();
    }

    private static long counter(JobExecutionResult result, String name) {
        Long value = result.getAccumulatorResult(name);
        return value == null ? 0 : value;
    }
}
