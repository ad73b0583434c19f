package io.nabiz.jobs;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.DeadLetterPayload;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.rule.JudgedWindow;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.functions.DeadLetterSplitter;
import io.nabiz.jobs.functions.MentionWatermarks;
import io.nabiz.jobs.replay.ProgressProbe;
import io.nabiz.jobs.replay.ReplayInput;
import io.nabiz.jobs.replay.ReplayRecord;
import io.nabiz.jobs.replay.ReplayResult;
import io.nabiz.jobs.serde.DecodedRecord;
import io.nabiz.jobs.serde.RecordTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * The replay job: a bounded input (a file, or Kafka between two times) through the same {@link
 * ListenPipeline} the listen job runs, with every output brought back to the caller.
 *
 * <p>Event time comes from the mentions alone and watermarks are punctuated, so the alerts depend
 * on the input and the rules, not on how fast this machine reads. The outputs reach the client
 * through one collect stream and are sorted there: parallel operators deliver them in varying
 * order, the result is the same every run.
 *
 * <p>A replay runs at parallelism one. A file is one split, read and analysed by one subtask
 * whatever the parallelism, so this costs a file replay nothing; what it buys is that every keyed
 * operator has a single input channel. With several, a rule operator's watermark is the minimum
 * over its channels, and whether a key's silent window is judged by the rule's timer or skipped
 * over when the next window's figures arrive first depends on which channel ran ahead: the same
 * input could resolve an incident one window earlier or later from run to run.
 */
public final class ReplayJob {

    private final ReplayInput input;
    private final RuleSet rules;
    private final JobSettings.EventTime eventTime;
    private final DeadLetterPayload deadLetterPayload;
    private final JobSettings.Cases cases;
    private final CustomerCare care;
    private final int analysisThreads;

    /**
     * @param deadLetterPayload what dead letters keep of their original records
     * @param cases the case base alerts look up similar cases in; a replay against a case base that
     *     does not change meanwhile gives the same cases every run
     * @param care the identity map and the per-customer and survey rules
     * @param analysisThreads how many mentions are analysed at once: the analysis is most of a
     *     replay's work, and its results are handed on in input order, so the outputs are the same
     *     for any number
     */
    public ReplayJob(
            ReplayInput input,
            RuleSet rules,
            JobSettings.EventTime eventTime,
            DeadLetterPayload deadLetterPayload,
            JobSettings.Cases cases,
            CustomerCare care,
            int analysisThreads) {
        this.input = input;
        this.rules = rules;
        this.eventTime = eventTime;
        this.deadLetterPayload = deadLetterPayload;
        this.cases = cases;
        this.care = care;
        this.analysisThreads = analysisThreads;
    }

    /**
     * Runs the replay to the end of its input.
     *
     * @param started called with the running job, e.g. to poll its progress
     * @param alertSeen called with each alert as it arrives
     */
    public ReplayResult run(
            StreamExecutionEnvironment env, Consumer<JobClient> started, Consumer<Alert> alertSeen)
            throws Exception {
        env.setParallelism(1);
        DataStream<DecodedRecord> records =
                env.fromSource(
                                input.source(),
                                MentionWatermarks.punctuated(eventTime.maxOutOfOrderness()),
                                "replay-input")
                        .uid("replay-input")
                        .map(new ProgressProbe())
                        .name("replay-progress")
                        .uid("replay-progress");
        ListenPipeline.Outputs out =
                ListenPipeline.build(
                        records,
                        noRuleUpdates(env),
                        rules,
                        eventTime,
                        deadLetterPayload,
                        cases,
                        care,
                        analysisThreads);
        DataStream<ReplayRecord> all =
                out.alerts()
                        .map(ReplayRecord::of)
                        .returns(RecordTypes.REPLAY_RECORD)
                        .name("tag-alerts")
                        .uid("tag-alerts")
                        .union(
                                out.judged()
                                        .map(ReplayRecord::counts)
                                        .returns(RecordTypes.REPLAY_RECORD)
                                        .name("tag-judged")
                                        .uid("tag-judged"),
                                out.deadLetters()
                                        .map(ReplayRecord::of)
                                        .returns(RecordTypes.REPLAY_RECORD)
                                        .name("tag-dead-letters")
                                        .uid("tag-dead-letters"),
                                out.late()
                                        .map(ReplayRecord::late)
                                        .returns(RecordTypes.REPLAY_RECORD)
                                        .name("tag-late")
                                        .uid("tag-late"),
                                out.customerAlerts()
                                        .map(ReplayRecord::of)
                                        .returns(RecordTypes.REPLAY_RECORD)
                                        .name("tag-customer-alerts")
                                        .uid("tag-customer-alerts"));
        // The collect sink keeps no state worth restoring: a failed replay starts over.
        CloseableIterator<ReplayRecord> results = all.collectAsync();
        JobClient job = env.executeAsync("nabiz-replay");
        started.accept(job);

        List<Alert> alerts = new ArrayList<>();
        List<JudgedWindow> judged = new ArrayList<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        List<Mention> late = new ArrayList<>();
        List<CustomerAlert> customerAlerts = new ArrayList<>();
        try (results) {
            drain(results, alerts, judged, deadLetters, late, customerAlerts, alertSeen);
        } catch (RuntimeException e) {
            // The collect stream fails when the job does; the job's result names the cause, and
            // waiting for it also waits for the local cluster to shut down.
            job.getJobExecutionResult().get();
            throw e;
        }
        JobExecutionResult result = job.getJobExecutionResult().get();
        return ReplayResult.sorted(
                alerts,
                judged,
                deadLetters,
                late,
                counter(result, ProgressProbe.RECORDS_ACCUMULATOR),
                counter(result, DeadLetterSplitter.MENTIONS_ACCUMULATOR),
                customerAlerts);
    }

    /**
     * A replay keeps one rule set from start to end. Flink has no empty bounded source, so one
     * placeholder is generated and dropped; the source then ends, which leaves event time to the
     * mentions.
     */
    private static DataStream<String> noRuleUpdates(StreamExecutionEnvironment env) {
        return env.fromSequence(0, 0)
                .name("no-rule-updates")
                .uid("no-rule-updates")
                .filter(placeholder -> false)
                .map(placeholder -> "")
                .returns(Types.STRING)
                .name("drop-placeholder")
                .uid("drop-placeholder");
    }

    private static void drain(
            CloseableIterator<ReplayRecord> results,
            List<Alert> alerts,
            List<JudgedWindow> judged,
            List<DeadLetter> deadLetters,
            List<Mention> late,
            List<CustomerAlert> customerAlerts,
            Consumer<Alert> alertSeen) {
        while (results.hasNext()) {
            ReplayRecord r = results.next();
            if (r.alert() != null) {
                alerts.add(r.alert());
                alertSeen.accept(r.alert());
            } else if (r.judged() != null) {
                judged.add(r.judged());
            } else if (r.deadLetter() != null) {
                deadLetters.add(r.deadLetter());
            } else if (r.customerAlert() != null) {
                customerAlerts.add(r.customerAlert());
            } else {
                late.add(r.lateMention());
            }
        }
    }

    private static long counter(JobExecutionResult result, String name) {
        Long value = result.getAccumulatorResult(name);
        return value == null ? 0 : value;
    }
}
