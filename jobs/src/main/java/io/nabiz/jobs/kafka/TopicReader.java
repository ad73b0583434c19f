package io.nabiz.jobs.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from the beginning with {@code read_committed}, so a reader sees exactly what a
 * transactional writer committed: nothing aborted, nothing twice.
 */
public final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(200);

    private static final String READ_COMMITTED = "read_committed";

    /** How long a stopping reader waits for transactions still open to be committed. */
    private static final Duration SETTLE = Duration.ofSeconds(30);

    /** How long a reader waits for a topic that was just created to show its partitions. */
    private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

    private TopicReader() {}

    /** Reads every committed record the topic holds now, then returns their values. */
    public static List<byte[]> readAll(String bootstrapServers, String topic) {
        List<byte[]> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers)) {
            List<TopicPartition> partitions = assignAll(consumer, topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reached(consumer, end)) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    values.add(r.value());
                }
            }
        }
        return values;
    }

    /**
     * Follows a topic, handing each committed record's value to {@code sink}, until {@code stop}
     * says so and everything committed so far has been read.
     */
    public static void follow(
            String bootstrapServers, String topic, Consumer<byte[]> sink, BooleanSupplier stop) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrapServers, READ_COMMITTED);
                KafkaConsumer<byte[], byte[]> uncommitted =
                        consumer(bootstrapServers, "read_uncommitted")) {
            List<TopicPartition> partitions = assignAll(consumer, topic);
            long stopBy = Long.MAX_VALUE;
            while (true) {
                boolean stopping = stop.getAsBoolean();
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    sink.accept(r.value());
                }
                if (!stopping) {
                    continue;
                }
                stopBy = Math.min(stopBy, System.nanoTime() + SETTLE.toNanos());
                // Read-committed end offsets stop at a transaction still being committed: a
                // writer that just finished may commit its last one a moment later, so wait
                // until none is open (or give up after SETTLE) before calling the topic read.
                Map<TopicPartition, Long> committedEnd = consumer.endOffsets(partitions);
                boolean settled =
                        committedEnd.equals(uncommitted.endOffsets(partitions))
                                || System.nanoTime() > stopBy;
                if (settled && reached(consumer, committedEnd)) {
                    return;
                }
            }
        }
    }

    private static boolean reached(
            KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static List<TopicPartition> assignAll(
            KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<TopicPartition> partitions = partitionsOf(consumer, topic);
        long deadline = System.nanoTime() + METADATA_WAIT.toNanos();
        // A topic created a moment ago may not be in the broker's metadata yet: a reader that
        // took "no partitions" for an answer would follow nothing and miss every record.
        while (partitions.isEmpty() && System.nanoTime() < deadline) {
            sleep(POLL);
            partitions = partitionsOf(consumer, topic);
        }
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " has no partitions");
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    private static List<TopicPartition> partitionsOf(
            KafkaConsumer<byte[], byte[]> consumer, String topic) {
        return consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topic metadata", e);
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers) {
        return consumer(bootstrapServers, READ_COMMITTED);
    }

    private static KafkaConsumer<byte[], byte[]> consumer(
            String bootstrapServers, String isolationLevel) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(p);
    }
}
