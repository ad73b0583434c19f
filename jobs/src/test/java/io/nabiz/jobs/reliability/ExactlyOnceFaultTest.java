package io.nabiz.jobs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.jobs.TestSettings;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.functions.DeadLetterSplitter;
import io.nabiz.jobs.functions.LateMentionSplitter;
import io.nabiz.jobs.local.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.api.common.JobExecutionResult;
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
 * Exactly once under faults: the listen job runs unbounded on a real broker and a MiniCluster at
 * parallelism 2 while the input arrives in phases, a fault strikes after an incident has opened and
 * before it resolves, and what the job commits must equal a failure-free run's: the same alerts,
 * dead letters and late mentions, none lost, none twice.
 */
class ExactlyOnceFaultTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final int PARTITIONS = 2;
    private static final Instant T0 =
            Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2));

    private static EmbeddedKafka kafka;
    private static Outcome reference;

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
    void aKilledTaskManagerRecoversFromTheLastCheckpoint(@InjectMiniCluster MiniCluster cluster)
            throws Exception {
        Outcome run =
                run(
                        cluster,
                        "tm-kill",
                        (phase, rest) -> {
                            phase.writer().send(rest.firstHalf());
                            cluster.terminateTaskManager(0).get();
                            phase.writer().send(rest.secondHalf());
                            cluster.startTaskManager();
                            return phase.job();
                        });
        assertSameAsWithoutFailure(cluster, run);
    }

    @Test
    void aJobStoppedWithASavepointContinuesInAFreshlyBuiltJob(
            @InjectMiniCluster MiniCluster cluster) throws Exception {
        Outcome run =
                run(
                        cluster,
                        "savepoint",
                        (phase, rest) -> {
                            phase.writer().send(rest.firstHalf());
                            String savepoint = phase.job().stopWithSavepoint(savepoints);
                            phase.writer().send(rest.secondHalf());
                            return RunningJob.start(cluster, phase.settings(), savepoint);
                        });
        assertSameAsWithoutFailure(cluster, run);
    }

    @Test
    void aBrokerRestartMidStreamLosesAndDuplicatesNothing(@InjectMiniCluster MiniCluster cluster)
            throws Exception {
        Outcome run =
                run(
                        cluster,
                        "broker-restart",
                        (phase, rest) -> {
                            phase.writer().send(rest.firstHalf());
                            kafka.restart();
                            phase.writer().send(rest.secondHalf());
                            return phase.job();
                        });
        assertSameAsWithoutFailure(cluster, run);
    }

    private void assertSameAsWithoutFailure(MiniCluster cluster, Outcome run) throws Exception {
        Outcome expected = reference(cluster);
        assertEquals(expected.committed().alerts(), run.committed().alerts(), "alerts");
        assertEquals(
                expected.committed().deadLetters(), run.committed().deadLetters(), "dead letters");
        assertEquals(expected.committed().late(), run.committed().late(), "late mentions");
        // Accumulators restart with each recovery, so a faulty run's enriched count is what is
        // left: the same as the failure-free run's, where it was counted.
        assertEquals(
                expected.enriched(),
                run.in() - run.committed().deadLetters().size() - run.committed().late().size(),
                "in - dead-lettered - late");
    }

    /** The failure-free run every faulty run must match, checked once on its own terms. */
    private Outcome reference(MiniCluster cluster) throws Exception {
        if (reference != null) {
            return reference;
        }
        Outcome r =
                run(
                        cluster,
                        "reference",
                        (phase, rest) -> {
                            phase.writer().send(rest.all());
                            return phase.job();
                        });
        reference = r;
        Map<IncidentKey, List<AlertState>> lifecycles =
                r.committed().alerts().stream()
                        .collect(
                                Collectors.groupingBy(
                                        Alert::key,
                                        Collectors.mapping(Alert::state, Collectors.toList())));
        // Each burst opens on its quarter hour; the hour's rise joins it as an update.
        List<AlertState> lifecycle =
                List.of(AlertState.OPEN, AlertState.UPDATED, AlertState.RESOLVED);
        assertEquals(
                Map.of(
                        new IncidentKey("acme", "delivery"),
                        lifecycle,
                        new IncidentKey("globex", "delivery"),
                        lifecycle),
                lifecycles);
        assertEquals(IncidentStream.stragglerIds(), r.committed().late());
        assertEquals(
                List.of("invalid_json", "missing_field", "unknown_channel"),
                r.committed().deadLetters().stream()
                        .map(d -> d.substring(d.indexOf(' ') + 1))
                        .sorted()
                        .toList());
        assertEquals(r.deadLettered(), r.committed().deadLetters().size());
        assertEquals(r.late(), r.committed().late().size());
        assertEquals(
                r.in(), r.enriched() + r.deadLettered() + r.late(), "in = enriched + dl + late");
        return r;
    }

    /**
     * Runs the stream through a listening job: the quiet hours and the burst, then (once the
     * incident is committed) the stragglers, then (once they are committed as late) the fault,
     * which delivers the rest of the stream its own way; then waits until both incidents have
     * resolved and stops the job with a savepoint, which commits everything still open.
     */
    private Outcome run(MiniCluster cluster, String name, Fault fault) throws Exception {
        JobSettings settings = TestSettings.forBroker(kafka.bootstrapServers(), name);
        JobSettings.Topics topics = settings.kafka().topics();
        kafka.createTopics(PARTITIONS, topics.all());
        IncidentStream stream = new IncidentStream(T0, PARTITIONS);
        try (PartitionWriter writer =
                new PartitionWriter(kafka.bootstrapServers(), topics.mentions(), PARTITIONS)) {
            RunningJob job = RunningJob.start(cluster, settings, null);
            try {
                List<byte[]> quiet = stream.quiet();
                List<byte[]> burst = stream.burst();
                writer.send(quiet);
                writer.send(burst);
                Await.until("the burst's incident is committed", () -> states(settings, 1, 0));
                List<byte[]> stragglers = stream.stragglers();
                writer.send(stragglers);
                Await.until(
                        "the stragglers are committed as late",
                        () ->
                                Committed.count(settings, topics.late())
                                        == IncidentStream.stragglerIds().size());

                Rest rest = new Rest(stream.rest());
                job = fault.strike(new Phase(settings, writer, job), rest);
                Await.until("both incidents resolved", () -> states(settings, 2, 2));
                JobExecutionResult result = job.stop(savepoints.resolve(name + "-end"));
                long in = quiet.size() + burst.size() + stragglers.size() + rest.all().size();
                return Outcome.of(in, result, Committed.read(settings));
            } finally {
                job.close();
            }
        }
    }

    private static boolean states(JobSettings settings, int opened, int resolved) {
        List<Alert> alerts = Committed.alerts(settings);
        return alerts.stream().filter(a -> a.state() == AlertState.OPEN).count() >= opened
                && alerts.stream().filter(a -> a.state() == AlertState.RESOLVED).count()
                        >= resolved;
    }

    /** Where a run is when the fault strikes. */
    private record Phase(JobSettings settings, PartitionWriter writer, RunningJob job) {}

    /** The stream after the stragglers, which a fault delivers around itself. */
    private record Rest(List<byte[]> all) {
        List<byte[]> firstHalf() {
            return all.subList(0, all.size() / 2);
        }

        List<byte[]> secondHalf() {
            return all.subList(all.size() / 2, all.size());
        }
    }

    /** A fault that strikes a running job mid-stream and returns the job that carries on. */
    @FunctionalInterface
    private interface Fault {
        RunningJob strike(Phase phase, Rest rest) throws Exception;
    }

    /**
     * What one run took in and committed; the counts come from the job's accumulators, which count
     * only since its last (re)start.
     */
    private record Outcome(
            long in, long mentions, long deadLettered, long late, Committed committed) {

        static Outcome of(long in, JobExecutionResult result, Committed committed) {
            return new Outcome(
                    in,
                    result.<Long>getAccumulatorResult(DeadLetterSplitter.MENTIONS_ACCUMULATOR),
                    result.<Long>getAccumulatorResult(DeadLetterSplitter.DEAD_LETTERS_ACCUMULATOR),
                    result.<Long>getAccumulatorResult(LateMentionSplitter.LATE_ACCUMULATOR),
                    committed);
        }

        long enriched() {
            return mentions - late;
        }
    }
}
