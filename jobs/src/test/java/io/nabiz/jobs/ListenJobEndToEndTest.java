package io.nabiz.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.contract.ContractSchema;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.functions.DeadLetterSplitter;
import io.nabiz.jobs.functions.LateMentionSplitter;
import io.nabiz.jobs.kafka.MentionProducer;
import io.nabiz.jobs.kafka.TopicReader;
import io.nabiz.jobs.local.EmbeddedKafka;
import io.nabiz.jobs.serde.WindowLevel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The listen job on a real KRaft broker and a Flink MiniCluster at parallelism 2, over a small
 * out-of-order stream with one burst, quiet keys and malformed records.
 */
class ListenJobEndToEndTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafka.start(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void aBurstFiresOneIncidentAndMalformedRecordsAreDeadLettered() throws Exception {
        JobSettings settings = TestSettings.forBroker(kafka.bootstrapServers(), "e2e");
        JobSettings.Topics topics = settings.kafka().topics();
        kafka.createTopics(2, topics.all());

        List<String> lines = stream();
        try (MentionProducer producer =
                new MentionProducer(kafka.bootstrapServers(), topics.mentions())) {
            lines.forEach(producer::send);
        }

        JobExecutionResult result =
                new ListenJob(settings, RuleSetLoader.loadDefault(), true)
                        .execute(StreamExecutionEnvironment.getExecutionEnvironment());

        List<Alert> alerts = new ArrayList<>();
        ContractSchema schema = ContractSchema.load(ContractSchema.ALERT);
        for (byte[] value : TopicReader.readAll(kafka.bootstrapServers(), topics.alerts())) {
            assertEquals(List.of(), schema.problems(Json.MAPPER.readTree(value)));
            alerts.add(AlertCodec.decode(value));
        }
        assertEquals(
                Set.of(new IncidentKey("acme", "delivery")),
                alerts.stream().map(Alert::key).collect(Collectors.toSet()),
                "only the bursting key alerts");
        assertEquals(1, alerts.stream().filter(a -> a.state() == AlertState.OPEN).count());
        assertEquals(1, alerts.stream().filter(a -> a.state() == AlertState.RESOLVED).count());
        assertEquals(1, alerts.stream().map(Alert::id).distinct().count());
        Alert open = alerts.stream().filter(a -> a.state() == AlertState.OPEN).findFirst().get();
        assertEquals(
                BURST_START.plus(Duration.ofMinutes(5)),
                open.windowEnd(),
                "fires in the burst's first window");
        List<Alert> urgent = new ArrayList<>();
        for (byte[] value :
                TopicReader.readAll(
                        kafka.bootstrapServers(), topics.alertRoutes().get(0).topic())) {
            urgent.add(AlertCodec.decode(value));
        }
        assertTrue(!urgent.isEmpty(), "the burst is critical");
        assertEquals(
                alerts.stream().filter(a -> a.severity().compareTo(Severity.HIGH) >= 0).toList(),
                urgent,
                "the urgent route gets the high and critical alert events, in order");

        List<DeadLetter> dead = new ArrayList<>();
        for (byte[] value : TopicReader.readAll(kafka.bootstrapServers(), topics.deadLetters())) {
            dead.add(Json.MAPPER.readValue(value, DeadLetter.class));
        }
        assertEquals(
                new TreeSet<>(List.of("invalid_json", "missing_field", "unknown_channel")),
                dead.stream()
                        .map(DeadLetter::reason)
                        .collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(3, dead.size());
        assertTrue(dead.stream().allMatch(d -> d.origin().startsWith("kafka:e2e.mentions.")));
        assertTrue(dead.stream().anyMatch(d -> d.originalText().equals("not json at all")));

        long mentions = result.<Long>getAccumulatorResult(DeadLetterSplitter.MENTIONS_ACCUMULATOR);
        long deadLettered =
                result.<Long>getAccumulatorResult(DeadLetterSplitter.DEAD_LETTERS_ACCUMULATOR);
        long late = result.<Long>getAccumulatorResult(LateMentionSplitter.LATE_ACCUMULATOR);
        assertEquals(lines.size(), mentions + deadLettered, "in = mentions + dead-lettered");
        assertEquals(dead.size(), deadLettered);
        assertEquals(late, TopicReader.readAll(kafka.bootstrapServers(), topics.late()).size());

        // The board's charts: the judged windows, counts against the usual level, no mention text.
        List<WindowLevel> levels = new ArrayList<>();
        for (byte[] value : TopicReader.readAll(kafka.bootstrapServers(), topics.judgedWindows())) {
            assertTrue(!new String(value, StandardCharsets.UTF_8).contains("\"text\""));
            levels.add(Json.MAPPER.readValue(value, WindowLevel.class));
        }
        WindowLevel opening =
                levels.stream()
                        .filter(l -> l.key().equals(open.key()) && l.end().equals(open.windowEnd()))
                        .findFirst()
                        .orElseThrow();
        assertTrue(opening.incidentOpen());
        assertTrue(opening.count() > opening.expected() + opening.spread());
    }

    private static final Instant BURST_START = T0.plus(Duration.ofHours(2));

    /** Three hours: two quiet keys, one burst on delivery at 08:00, three malformed records. */
    private static List<String> stream() {
        Random random = new Random(42);
        List<String[]> timed = new ArrayList<>();
        int n = 0;
        for (int w = 0; w < 36; w++) {
            Instant start = T0.plus(Duration.ofMinutes(5L * w));
            boolean burst =
                    !start.isBefore(BURST_START)
                            && start.isBefore(BURST_START.plus(Duration.ofMinutes(15)));
            int delivery = burst ? 30 : 2;
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
        List<String> lines = AcmeStream.outOfOrder(timed, 3);
        lines.add(40, "not json at all");
        lines.add(
                80,
                "{\"v\":1,\"id\":\"x1\",\"channel\":\"chat\",\"brand\":\"acme\",\"ts\":\"2026-11-20T07:00:00Z\"}");
        lines.add(
                120,
                "{\"v\":1,\"id\":\"x2\",\"channel\":\"fax\",\"brand\":\"acme\",\"ts\":\"2026-11-20T07:00:00Z\",\"text\":\"hi\"}");
        return lines;
    }
}
