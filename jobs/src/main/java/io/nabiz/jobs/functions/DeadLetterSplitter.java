package io.nabiz.jobs.functions;

import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.DeadLetterPayload;
import io.nabiz.engine.mention.Mention;
import io.nabiz.jobs.serde.DecodedRecord;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Passes mentions on and sends dead letters to a side output, counting both by kind; a dead letter
 * keeps of its original what the configured {@link DeadLetterPayload} says.
 */
public final class DeadLetterSplitter extends ProcessFunction<DecodedRecord, Mention> {

    public static final OutputTag<DeadLetter> DEAD_LETTERS = new OutputTag<>("dead-letters") {};

    /** Accumulator names: the totals a bounded run reports when it ends. */
    public static final String MENTIONS_ACCUMULATOR = "mentions";

    public static final String DEAD_LETTERS_ACCUMULATOR = "deadLetters";

    private transient Map<String, Counter> mentionsByChannel;
    private transient Map<String, Counter> deadLettersByReason;
    private transient MetricGroup metrics;
    private final LongCounter mentions = new LongCounter();
    private final LongCounter deadLetters = new LongCounter();
    private final DeadLetterPayload payload;

    public DeadLetterSplitter(DeadLetterPayload payload) {
        this.payload = payload;
    }

    @Override
    public void open(OpenContext openContext) {
        metrics = getRuntimeContext().getMetricGroup();
        mentionsByChannel = new HashMap<>();
        deadLettersByReason = new HashMap<>();
        getRuntimeContext().addAccumulator(MENTIONS_ACCUMULATOR, mentions);
        getRuntimeContext().addAccumulator(DEAD_LETTERS_ACCUMULATOR, deadLetters);
    }

    @Override
    public void processElement(DecodedRecord record, Context ctx, Collector<Mention> out) {
        if (record.isMention()) {
            String channel = record.mention().channel().wireName();
            mentionsByChannel
                    .computeIfAbsent(
                            channel, c -> metrics.addGroup("channel", c).counter("mentionsIn"))
                    .inc();
            mentions.add(1);
            out.collect(record.mention());
        } else {
            String reason = record.deadLetter().reason();
            deadLettersByReason
                    .computeIfAbsent(
                            reason, r -> metrics.addGroup("reason", r).counter("deadLettered"))
                    .inc();
            deadLetters.add(1);
            ctx.output(DEAD_LETTERS, payload.apply(record.deadLetter()));
        }
    }
}
