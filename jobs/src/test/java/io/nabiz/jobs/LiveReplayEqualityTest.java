package io.nabiz.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.kafka.MentionProducer;
import io.nabiz.jobs.kafka.TopicReader;
import io.nabiz.jobs.local.EmbeddedKafka;
import io.nabiz.jobs.replay.ReplayInput;
import io.nabiz.jobs.replay.ReplayResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One input, three ways: the listen job on Kafka, a replay of the same lines from a file, and a
 * replay of the topics between two times. All three must write the same alerts, byte for byte.
 *
 * <p>The stream mentions the bursting key in every window. The listen job runs at parallelism two,
 * where a key's silent window may be judged by the rule's timer or skipped, depending on which
 * upstream channel runs ahead (see {@link ReplayJob}); with no silent windows, its alerts are
 * determined by the input alone, so they can be compared exactly.
 */
class LiveReplayEqualityTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");
    private static final Instant BURST = T0.plus(Duration.ofHours(2));

    @TempDir Path dir;

    @Test
    void listenAndReplayWriteTheSameAlerts() throws Exception {
        RuleSet rules = RuleSetLoader.loadDefault();
        List<String> lines = stream();
        Path file = dir.resolve("mentions.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            JobSettings settings = TestSettings.forBroker(kafka.bootstrapServers(), "equal");
            JobSettings.Topics topics = settings.kafka().topics();
            kafka.createTopics(2, topics.all());
            Instant produced = Instant.now();
            try (MentionProducer producer =
                    new MentionProducer(kafka.bootstrapServers(), topics.mentions())) {
                lines.forEach(producer::send);
            }
            new ListenJob(settings, rules, true)
                    .execute(StreamExecutionEnvironment.getExecutionEnvironment());
            List<Alert> live = new ArrayList<>();
            for (byte[] v : TopicReader.readAll(kafka.bootstrapServers(), topics.alerts())) {
                live.add(AlertCodec.decode(v));
            }
            live.sort(ReplayResult.ALERT_ORDER);

            ReplayResult oneAtATime =
                    replay(ReplayInput.file(file, null, Map.of()), settings, rules, 1);
            ReplayResult threeAtATime =
                    replay(ReplayInput.file(file, null, Map.of()), settings, rules, 3);
            List<Alert> fromFile = threeAtATime.alerts();
            List<Alert> fromTopics =
                    replay(
                                    ReplayInput.kafka(
                                            kafka.bootstrapServers(),
                                            topics.mentions(),
                                            produced.minus(Duration.ofMinutes(1)),
                                            Instant.now().plus(Duration.ofMinutes(1))),
                                    settings,
                                    rules,
                                    2)
                            .alerts();

            assertTrue(live.stream().anyMatch(a -> a.state() == AlertState.OPEN), "" + live);
            assertTrue(live.stream().anyMatch(a -> a.state() == AlertState.RESOLVED), "" + live);
            assertEquals(json(live), json(fromFile), "listen vs file replay");
            assertEquals(json(live), json(fromTopics), "listen vs Kafka replay");
            // Analysed on three threads, every output is what one thread gives, window by window.
            assertEquals(json(oneAtATime.alerts()), json(fromFile), "alerts");
            assertEquals(
                    Json.MAPPER.writeValueAsString(oneAtATime.judged()),
                    Json.MAPPER.writeValueAsString(threeAtATime.judged()),
                    "judged windows");
            assertEquals(oneAtATime.deadLetters(), threeAtATime.deadLetters(), "dead letters");
            assertEquals(oneAtATime.late(), threeAtATime.late(), "late mentions");
        }
    }

    private static ReplayResult replay(
            ReplayInput input, JobSettings settings, RuleSet rules, int analysisThreads)
            throws Exception {
        return new ReplayJob(
                        input,
                        rules,
                        settings.eventTime(),
                        settings.deadLetters().payload(),
                        settings.cases(),
                        CustomerCare.of(settings.customers()),
                        analysisThreads)
                .run(StreamExecutionEnvironment.getExecutionEnvironment(), job -> {}, a -> {});
    }

    private static List<String> json(List<Alert> alerts) {
        return alerts.stream()
                .map(a -> new String(AlertCodec.encode(a), StandardCharsets.UTF_8))
                .toList();
    }

    /**
     * Four hours: deliveries mentioned two to four times every window with a burst at 08:00, quiet
     * billing talk, neighbours swapped out of order, and two malformed lines.
     */
    private static List<String> stream() {
        Random random = new Random(7);
        List<String[]> timed = new ArrayList<>();
        int n = 0;
        for (int w = 0; w < 48; w++) {
            Instant start = T0.plus(Duration.ofMinutes(5L * w));
            boolean burst =
                    !start.isBefore(BURST) && start.isBefore(BURST.plus(Duration.ofMinutes(20)));
            int delivery = burst ? 25 + 5 * random.nextInt(3) : 2 + random.nextInt(3);
            for (int i = 0; i < delivery; i++) {
                timed.add(
                        AcmeStream.mention(
                                n++, start, random, "My package delivery is late again"));
            }
            for (int i = 0; i < 2; i++) {
                timed.add(
                        AcmeStream.mention(n++, start, random, "Where can I download my invoice"));
            }
        }
        // Out of order by up to a window, as social feeds deliver.
        List<String> lines = AcmeStream.outOfOrder(timed, 4);
        lines.add(50, "not json at all");
        lines.add(150, "{\"v\":1,\"id\":\"x\",\"channel\":\"fax\",\"brand\":\"acme\"}");
        return lines;
    }
}
