package io.nabiz.jobs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.InvalidMentionException;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.jobs.TestSettings;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.functions.DeadLetterSplitter;
import io.nabiz.jobs.functions.LateMentionSplitter;
import io.nabiz.jobs.kafka.TopicReader;
import io.nabiz.jobs.local.EmbeddedKafka;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.InjectMiniCluster;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The listen job, listening, fed a hostile corpus on a real broker, with one partition of every
 * topic falling silent early on: every record is processed or dead-lettered with its reason, the
 * job never restarts, event time keeps moving, late mentions are diverted and counted, and the
 * metrics reach a reporter with the same counts.
 */
class HostileInputTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .setConfiguration(
                                    Configuration.fromMap(
                                            Map.of(
                                                    "metrics.reporter.capture.factory.class",
                                                    CapturingReporter.Factory.class.getName())))
                            .build());

    /**
     * The quiet hours go round-robin over all three partitions of every topic, everything after
     * them over the first two: the third partition falls silent with event time where the quiet
     * hours left it, and only its idleness lets event time move on.
     */
    private static final int PARTITIONS = 3;

    private static final int FED_PARTITIONS = 2;
    private static final Instant T0 =
            Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2));

    private static EmbeddedKafka kafka;

    @TempDir Path savepoints;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafka.start(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void everyRecordIsProcessedOrDeadLetteredAndEventTimeKeepsMoving(
            @InjectMiniCluster MiniCluster cluster) throws Exception {
        CapturingReporter.clear();
        JobSettings settings =
                silentPartitionsGoIdle(TestSettings.forBroker(kafka.bootstrapServers(), "hostile"));
        JobSettings.Topics topics = settings.kafka().topics();
        kafka.createTopics(PARTITIONS, topics.all());
        IncidentStream stream = new IncidentStream(T0, FED_PARTITIONS);
        List<HostileCorpus.Case> corpus =
                HostileCorpus.cases(HostileCorpus.onTime(T0), T0.plus(Duration.ofMinutes(10)));
        List<byte[]> in = new ArrayList<>();

        try (PartitionWriter everywhere =
                        new PartitionWriter(
                                kafka.bootstrapServers(), topics.mentions(), PARTITIONS);
                PartitionWriter writer =
                        new PartitionWriter(
                                kafka.bootstrapServers(), topics.mentions(), FED_PARTITIONS);
                RunningJob job = RunningJob.start(cluster, settings, null)) {
            List<byte[]> quiet = stream.quiet();
            in.addAll(send(everywhere, quiet));
            // Stamped in 2999, a clock-skewed producer the job must not follow.
            in.addAll(send(writer, List.of(FAR_FUTURE)));
            in.addAll(send(writer, stream.burst()));
            // Only moving event time closes the burst's window: the silent partitions must not
            // hold it back, nor the record stamped in 2999 drag it forward.
            Await.until("the burst's incident opens", () -> committed(settings, AlertState.OPEN));

            List<byte[]> hostile = new ArrayList<>();
            corpus.forEach(c -> hostile.add(c.value()));
            in.addAll(send(writer, hostile));
            Map<String, String> expectedDead = expectedDeadLetters(corpus, quiet);
            List<String> late = ids(corpus, HostileCorpus.Outcome.LATE);
            // Each fed partition's last hostile record is late or dead-lettered: once all are
            // committed, every on-time one has been read, and the end of event time cannot
            // overtake it and make it late.
            Await.until(
                    "every dead letter and late mention is committed",
                    () ->
                            Committed.count(settings, topics.deadLetters()) == expectedDead.size()
                                    && Committed.read(settings).late().containsAll(late));
            in.addAll(send(writer, stream.endOfEventTime(T0.plus(Duration.ofHours(6)))));
            Await.until("the incident resolves", () -> committed(settings, AlertState.RESOLVED));
            // Every partition was idle before its end-of-event-time mention, so the first one
            // read moves event time alone and resolves the incident while the others may still
            // be on their way (or paused for running ahead): the job stops once all are counted.
            Await.until("every record is counted", () -> counted() == in.size());
            // A failure the job recovered from would still be recorded here.
            assertNull(cluster.getExecutionGraph(job.id()).get().getFailureInfo(), "a failure");
            JobExecutionResult result = job.stop(savepoints);

            assertEquals(expectedDead, deadLetters(settings));
            // Which of the stream's own mentions are late is up to timing: a reader whose
            // partitions were idle for two seconds does not hold event time back, so its first
            // records after a pause can land behind the other reader's. The corpus's cases are
            // behind or ahead of event time in any interleaving.
            List<String> committedLate = Committed.read(settings).late();
            assertTrue(committedLate.containsAll(late), "late: " + committedLate);
            List<String> onTime = ids(corpus, HostileCorpus.Outcome.ON_TIME);
            assertTrue(
                    committedLate.stream().noneMatch(onTime::contains), "late: " + committedLate);
            assertReconciled(in, result, expectedDead, committedLate.size());
            assertAlertMetrics(settings);
        }
    }

    private static List<String> ids(List<HostileCorpus.Case> corpus, HostileCorpus.Outcome o) {
        return corpus.stream().filter(c -> c.outcome() == o).map(HostileCorpus.Case::id).toList();
    }

    private static List<byte[]> send(PartitionWriter writer, List<byte[]> values) {
        writer.send(values);
        return values;
    }

    private static boolean committed(JobSettings settings, AlertState state) {
        return Committed.alerts(settings).stream().anyMatch(a -> a.state() == state);
    }

    /** What each dead letter keeps of its record, with its reason. */
    private static Map<String, String> expectedDeadLetters(
            List<HostileCorpus.Case> corpus, List<byte[]> quiet) {
        Map<String, String> expected = new TreeMap<>();
        for (HostileCorpus.Case c : corpus) {
            if (c.reason() != null) {
                expected.put(kept(c.value()), c.reason());
            }
        }
        expected.put(kept(FAR_FUTURE), "future_timestamp");
        expected.put(kept(quiet.get(10)), "invalid_json");
        expected.put(kept(quiet.get(50)), "missing_field");
        return expected;
    }

    private static Map<String, String> deadLetters(JobSettings settings) throws IOException {
        Map<String, String> actual = new TreeMap<>();
        for (byte[] value :
                TopicReader.readAll(
                        settings.kafka().bootstrapServers(),
                        settings.kafka().topics().deadLetters())) {
            DeadLetter d = Json.MAPPER.readValue(value, DeadLetter.class);
            actual.put(d.originalSize() + " " + d.originalBase64(), d.reason());
        }
        return actual;
    }

    /** Records enriched, dead-lettered or late so far, as the job's metrics count them. */
    private static long counted() {
        return CapturingReporter.histogramCount(".enrichNanos")
                + CapturingReporter.counter(".deadLettered")
                + CapturingReporter.counter(".late");
    }

    /**
     * in = enriched + dead-lettered + late, with each term counted where it happens: the job's
     * accumulators and its metrics, as a reporter sees them, agree with what was sent.
     */
    private static void assertReconciled(
            List<byte[]> in, JobExecutionResult result, Map<String, String> dead, long late) {
        long enriched = CapturingReporter.histogramCount(".enrichNanos");
        assertEquals(in.size(), enriched + dead.size() + late, "in = enriched + dead + late");
        assertEquals(
                dead.size(),
                (long)
                        result.<Long>getAccumulatorResult(
                                DeadLetterSplitter.DEAD_LETTERS_ACCUMULATOR));
        assertEquals(
                late,
                (long) result.<Long>getAccumulatorResult(LateMentionSplitter.LATE_ACCUMULATOR));
        assertEquals(late, CapturingReporter.counter(".late"));

        Map<String, Long> byReason = new TreeMap<>();
        dead.values().forEach(r -> byReason.merge(r, 1L, Long::sum));
        byReason.forEach(
                (reason, n) ->
                        assertEquals(
                                n,
                                CapturingReporter.counter(".reason." + reason + ".deadLettered"),
                                reason));
        assertEquals(dead.size(), CapturingReporter.counter(".deadLettered"));

        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        MentionCodec codec = new MentionCodec();
        for (byte[] value : in) {
            try {
                if (value != null) {
                    byChannel.merge(codec.decode(value, Instant.now()).channel(), 1L, Long::sum);
                }
            } catch (InvalidMentionException e) {
                // Dead-lettered: counted by reason above.
            }
        }
        for (Channel c : Channel.values()) {
            assertEquals(
                    byChannel.getOrDefault(c, 0L),
                    CapturingReporter.counter(".channel." + c.wireName() + ".mentionsIn"),
                    c.wireName());
        }
    }

    /** One incident opened and resolved: the topic and the metrics say so alike. */
    private static void assertAlertMetrics(JobSettings settings) {
        List<Alert> alerts = Committed.alerts(settings);
        // Every event of an incident carries the rule that opened it.
        String rule = alerts.get(0).rule();
        for (AlertState state : AlertState.values()) {
            assertEquals(
                    alerts.stream().filter(a -> a.state() == state).count(),
                    CapturingReporter.counter(
                            ".rule." + rule + ".state." + state.wireName() + ".alerts"),
                    state.wireName());
        }
        assertEquals(1, CapturingReporter.counter(".rule." + rule + ".state.open.alerts"));
        assertEquals(1, CapturingReporter.counter(".rule." + rule + ".state.resolved.alerts"));
    }

    private static final byte[] FAR_FUTURE =
            ("{\"v\":1,\"id\":\"far\",\"channel\":\"chat\",\"brand\":\"acme\","
                            + "\"ts\":\"2999-12-31T00:00:00Z\",\"text\":\"hello from the future\"}")
                    .getBytes(StandardCharsets.UTF_8);

    /**
     * The test's settings with a short idle timeout: a partition that has said nothing for two
     * seconds stops holding event time back.
     */
    private static JobSettings silentPartitionsGoIdle(JobSettings s) {
        JobSettings.EventTime e = s.eventTime();
        return new JobSettings(
                s.kafka(),
                new JobSettings.EventTime(
                        e.maxOutOfOrderness(),
                        e.allowedLateness(),
                        Duration.ofSeconds(2),
                        e.maxDrift()),
                s.checkpoints(),
                s.state(),
                s.restarts(),
                s.deadLetters(),
                s.parallelism(),
                s.cases(),
                s.customers());
    }

    /** What a dead letter keeps of a record: its size and (up to the limit) its bytes. */
    private static String kept(byte[] value) {
        byte[] bytes = value == null ? new byte[0] : value;
        byte[] prefix = Arrays.copyOf(bytes, Math.min(bytes.length, DeadLetter.MAX_ORIGINAL_BYTES));
        return bytes.length + " " + Base64.getEncoder().encodeToString(prefix);
    }
}
