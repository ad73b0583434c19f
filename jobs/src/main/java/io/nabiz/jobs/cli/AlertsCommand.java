package io.nabiz.jobs.cli;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.Severity;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.kafka.AlertLine;
import io.nabiz.jobs.kafka.TopicReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
        subcommands = {AlertsCommand.Tail.class})
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
