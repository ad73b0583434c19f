package io.nabiz.jobs.cli;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.cases.Case;
import io.nabiz.engine.cases.CaseBase;
import io.nabiz.engine.cases.CaseLearner;
import io.nabiz.engine.cases.CaseTerms;
import io.nabiz.engine.cases.Resolution;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.kafka.TopicReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nabiz cases learn}: resolved incidents from the alerts topic, with the notes people left
 * on the resolutions topic, become new cases in the case base.
 *
 * <p>Both topics are read from the beginning ({@code read_committed}); a case takes its incident's
 * id and the case base adds only ids it does not hold, so every run, repeated or after a crash,
 * adds each incident exactly once. Running jobs pick the new version up without a restart.
 */
@Command(
        name = "learn",
        mixinStandardHelpOptions = true,
        description =
                "Add resolved incidents (alerts topic) with their resolution notes (resolutions"
                        + " topic) to a case base as new cases, each incident once.")
final class CasesLearnCommand implements Callable<Integer> {

    @Mixin SettingsOptions options;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            required = true,
            description = "The case base directory.")
    Path index;

    @Option(
            names = "--note-grace",
            paramLabel = "DURATION",
            description =
                    "How long after the engine resolved an incident a person's note is waited for"
                            + " before the case is written without one (default: ${DEFAULT-VALUE}).")
    Duration noteGrace = Duration.ofHours(1);

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        JobSettings settings = options.settings();
        String servers = settings.kafka().bootstrapServers();
        JobSettings.Topics topics = settings.kafka().topics();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        List<Alert> alerts = new ArrayList<>();
        for (byte[] value : TopicReader.readAll(servers, topics.alerts())) {
            try {
                alerts.add(AlertCodec.decode(value));
            } catch (IOException e) {
                err.println("nabiz: skipped an unreadable alert: " + e.getMessage());
            }
        }
        List<Resolution> resolutions = new ArrayList<>();
        for (byte[] value : TopicReader.readAll(servers, topics.resolutions())) {
            try {
                resolutions.add(Resolution.decode(value));
            } catch (IOException e) {
                err.println("nabiz: skipped a resolution record: " + e.getMessage());
            }
        }
        CaseLearner.Learned learned = new CaseLearner(noteGrace).learn(alerts, resolutions);
        for (CaseLearner.Skipped s : learned.skipped()) {
            err.printf("nabiz: incident %s not learned: %s%n", s.incidentId(), s.reason());
        }
        CaseBase base = new CaseBase(index, CaseTerms.loadDefault());
        List<Case> added = base.append(learned.cases());
        out.printf(
                "Read %d alert events and %d resolution records; %d resolved incidents, %d new"
                        + " cases%s%n",
                alerts.size(),
                resolutions.size(),
                learned.cases().size(),
                added.size(),
                added.isEmpty() ? "" : " (version " + base.currentVersion().orElseThrow() + ")");
        return NabizCli.OK;
    }
}
