package io.nabiz.jobs.cli;

import com.fasterxml.jackson.core.JacksonException;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.contract.ContractSchema;
import io.nabiz.engine.json.Json;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.kafka.AlertLine;
import io.nabiz.jobs.kafka.TopicReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nabiz alerts}: read the alert topic without writing a consumer. */
@Command(
        name = "alerts",
        mixinStandardHelpOptions = true,
        description = "Read alerts.",
        subcommands = {AlertsCommand.Tail.class, AlertsCommand.Validate.class})
public final class AlertsCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /**
     * {@code nabiz alerts tail}: follows the alert topic ({@code read_committed}, so only alerts
     * the job committed) and prints one line per alert event.
     */
    @Command(
            name = "tail",
            mixinStandardHelpOptions = true,
            description = "Follow the alert topic, one line per alert event (Ctrl-C to stop).")
    static final class Tail implements Callable<Integer> {

        @Mixin SettingsOptions options;

        @Option(names = "--brand", description = "Only this brand.")
        String brand;

        @Option(
                names = "--min-severity",
                paramLabel = "SEVERITY",
                description = "Only alerts at least this severe: low, medium, high, critical.",
                converter = SeverityConverter.class)
        Severity minSeverity = Severity.LOW;

        @Option(names = "--lang", description = "Only alerts with evidence in this language.")
        String lang;

        @Option(names = "--json", description = "Print each alert as its JSON document.")
        boolean json;

        @Option(
                names = "--to-end",
                description = "Stop after printing what the topic holds now, instead of following.")
        boolean toEnd;

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            JobSettings settings = options.settings();
            String servers = settings.kafka().bootstrapServers();
            PrintWriter out = spec.commandLine().getOut();
            TopicReader.follow(
                    servers,
                    settings.kafka().topics().alerts(),
                    value -> print(out, value),
                    () -> toEnd);
            return NabizCli.OK;
        }

        private void print(PrintWriter out, byte[] value) {
            Alert a;
            try {
                a = AlertCodec.decode(value);
            } catch (IOException e) {
                spec.commandLine()
                        .getErr()
                        .println("nabiz: skipped an unreadable alert: " + e.getMessage());
                return;
            }
            if ((brand != null && !brand.equals(a.key().brand()))
                    || a.severity().compareTo(minSeverity) < 0
                    || (lang != null
                            && a.evidence().samples().stream()
                                    .noneMatch(s -> lang.equals(s.lang())))) {
                return;
            }
            out.println(json ? new String(value, StandardCharsets.UTF_8) : AlertLine.format(a));
            out.flush();
        }
    }

    /**
     * {@code nabiz alerts validate}: checks alert JSON documents, one per line as any Kafka
     * consumer prints them, against {@code config/schemas/alert.schema.json}.
     */
    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description =
                    "Check alert JSON lines (a file, or - for stdin) against the alert schema.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every line is a valid alert", "2:line N: problem, for each one"})
    static final class Validate implements Callable<Integer> {

        @CommandLine.Parameters(paramLabel = "FILE", description = "Alert JSON lines, or -.")
        String file;

        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ContractSchema schema = ContractSchema.load(ContractSchema.ALERT);
            List<String> problems = new ArrayList<>();
            int n = 0;
            try (BufferedReader in = open()) {
                for (String line; (line = in.readLine()) != null; ) {
                    n++;
                    try {
                        for (String p : schema.problems(Json.MAPPER.readTree(line))) {
                            problems.add("line " + n + ": " + p);
                        }
                    } catch (JacksonException e) {
                        problems.add("line " + n + ": not JSON: " + e.getOriginalMessage());
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new BadInputException(String.join("\n", problems));
            }
            spec.commandLine().getOut().printf("%d alerts, all valid%n", n);
            return NabizCli.OK;
        }

        private BufferedReader open() throws IOException {
            if (file.equals("-")) {
                return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            }
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                throw new BadInputException("no such file: " + file);
            }
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        }
    }

    /** Reads a severity as written in alerts, lower case. */
    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.fromWireName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not one of low, medium, high, critical");
            }
        }
    }
}
