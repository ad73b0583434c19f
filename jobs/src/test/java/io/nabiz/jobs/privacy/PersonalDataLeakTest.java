package io.nabiz.jobs.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.mention.DeadLetterPayload;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.jobs.ListenJob;
import io.nabiz.jobs.TestSettings;
import io.nabiz.jobs.cli.NabizCli;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.kafka.MentionProducer;
import io.nabiz.jobs.kafka.TopicReader;
import io.nabiz.jobs.local.EmbeddedKafka;
import io.nabiz.jobs.local.LocalFlink;
import io.nabiz.jobs.replay.ReplayOutputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No personal data in any output: a corpus carrying every kind the job masks goes through the
 * replay job and through the listen job on a real broker, with dead letters set to keep masked
 * payloads; every output file, topic and INFO log line is then searched for every raw value and
 * each of its parts. Positive controls make sure the search looks at something: the corpus itself
 * holds every value, the alerts show placeholders, and order numbers that fail every check stay
 * visible.
 */
class PersonalDataLeakTest {

    private static final PersonalDataCorpus CORPUS = PersonalDataCorpus.generate(17);

    @TempDir Path dir;

    @Test
    void theCorpusHoldsEveryValueItListsSoTheSearchCanFail() {
        String input = String.join("\n", CORPUS.lines);
        assertEquals(
                List.of(),
                CORPUS.written.stream().filter(v -> !input.contains(v)).toList(),
                "every value occurs in the input as written");
        assertTrue(CORPUS.secrets.containsAll(CORPUS.written));
        assertTrue(CORPUS.written.size() > 200, CORPUS.written.size() + " values");
    }

    @Test
    void aReplayWritesNoPersonalDataAnywhere() throws Exception {
        Path input = dir.resolve("corpus.jsonl");
        Files.write(input, CORPUS.lines, StandardCharsets.UTF_8);
        Path config = maskedDeadLettersConfig();
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code;
        try (CapturedLogs logs = new CapturedLogs()) {
            code =
                    NabizCli.execute(
                            new PrintWriter(stdout, true),
                            new PrintWriter(stderr, true),
                            "replay",
                            "--input",
                            input.toString(),
                            "--config",
                            config.toString(),
                            "--out",
                            out.toString());
            assertEquals(0, code, stderr.toString());
            Map<String, String> outputs = new LinkedHashMap<>();
            try (var files = Files.list(out)) {
                for (Path f : files.sorted().toList()) {
                    outputs.put(f.getFileName().toString(), Files.readString(f));
                }
            }
            outputs.put("stdout", stdout.toString());
            outputs.put("stderr", stderr.toString());
            outputs.put("INFO logs", logs.text());
            assertNoLeaks(outputs);

            String alerts = outputs.get(ReplayOutputs.ALERTS);
            assertOpenedAndMasked(alerts);
            assertEquals(4, outputs.get(ReplayOutputs.DEAD_LETTERS).lines().count());
            assertTrue(outputs.get(ReplayOutputs.DEAD_LETTERS).contains("\"payload\":\"masked\""));
            assertTrue(outputs.get(ReplayOutputs.DEAD_LETTERS).contains("[email]"));
            assertEquals(1, outputs.get(ReplayOutputs.LATE).lines().count());
            assertTrue(outputs.get(ReplayOutputs.REPORT).length() > 10_000, "a whole report");
        }
    }

    @Test
    void theListenJobPublishesNoPersonalDataOnAnyTopic() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir);
                CapturedLogs logs = new CapturedLogs()) {
            JobSettings settings = masked(TestSettings.forBroker(kafka.bootstrapServers(), "pii"));
            JobSettings.Topics topics = settings.kafka().topics();
            kafka.createTopics(2, topics.all());
            try (MentionProducer producer =
                    new MentionProducer(kafka.bootstrapServers(), topics.mentions())) {
                CORPUS.lines.forEach(producer::send);
            }
            new ListenJob(settings, RuleSetLoader.loadDefault(), true)
                    .execute(LocalFlink.environment(2, dir.resolve("flink")));

            Map<String, String> outputs = new LinkedHashMap<>();
            List<String> written =
                    new ArrayList<>(List.of(topics.alerts(), topics.deadLetters(), topics.late()));
            topics.alertRoutes().forEach(r -> written.add(r.topic()));
            for (String topic : written) {
                StringBuilder b = new StringBuilder();
                for (byte[] value : TopicReader.readAll(kafka.bootstrapServers(), topic)) {
                    b.append(new String(value, StandardCharsets.UTF_8)).append('\n');
                }
                outputs.put(topic, b.toString());
            }
            outputs.put("INFO logs", logs.text());
            assertNoLeaks(outputs);

            assertOpenedAndMasked(outputs.get(topics.alerts()));
            assertTrue(
                    !outputs.get(topics.alertRoutes().get(0).topic()).isEmpty(), "routed copies");
            assertEquals(4, outputs.get(topics.deadLetters()).lines().count());
            assertTrue(logs.text().contains("INFO"), "the logs were captured");
        }
    }

    private static void assertOpenedAndMasked(String alerts) {
        assertTrue(alerts.contains("\"state\":\"open\""), "an incident opened");
        assertTrue(
                alerts.contains("[email]") && alerts.contains("[phone]"),
                "samples show placeholders");
        assertTrue(
                CORPUS.nearMisses.stream().anyMatch(alerts::contains),
                "order numbers failing every check stay visible");
    }

    private static void assertNoLeaks(Map<String, String> outputs) {
        Map<String, List<String>> leaks = new LinkedHashMap<>();
        outputs.forEach(
                (name, text) -> {
                    List<String> found = found(text);
                    if (!found.isEmpty()) {
                        leaks.put(name, found);
                    }
                });
        assertEquals(Map.of(), leaks, "personal data found in outputs");
    }

    /** The secrets {@code text} contains, ignoring case. */
    private static List<String> found(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return CORPUS.secrets.stream()
                .filter(s -> lower.contains(s.toLowerCase(Locale.ROOT)))
                .toList();
    }

    private Path maskedDeadLettersConfig() throws IOException {
        Path config = dir.resolve("nabiz.yaml");
        String defaults;
        try (var in = JobSettings.class.getResourceAsStream(JobSettings.DEFAULT_RESOURCE)) {
            defaults = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(config, defaults.replace("payload: original", "payload: masked"));
        return config;
    }

    private static JobSettings masked(JobSettings s) {
        return new JobSettings(
                s.kafka(),
                s.eventTime(),
                s.checkpoints(),
                s.state(),
                s.restarts(),
                new JobSettings.DeadLetters(DeadLetterPayload.MASKED),
                s.parallelism(),
                s.cases(),
                s.customers());
    }
}
