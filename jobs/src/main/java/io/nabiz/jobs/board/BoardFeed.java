package io.nabiz.jobs.board;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the alert, resolution and judged-window topics from the beginning, {@code read_committed}
 * (only what the job committed, nothing aborted, nothing twice), into the incident view, on a
 * thread of its own. A topic that does not exist yet is looked for again now and then, so the board
 * may start before the job.
 */
final class BoardFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BoardFeed.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration LOOK_FOR_TOPICS = Duration.ofSeconds(10);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<String, Predicate<JsonNode>> sinks;
    private final Set<TopicPartition> assigned = new HashSet<>();
    private final Set<String> found = new HashSet<>();
    private final Thread thread;
    private volatile boolean stopping;
    private long skipped;

    /**
     * @param sinks what to do with each topic's records (the view's accept methods); a sink that
     *     returns false did not recognise the record
     */
    BoardFeed(String bootstrapServers, Map<String, Predicate<JsonNode>> sinks) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer = new KafkaConsumer<>(p);
        this.sinks = Map.copyOf(sinks);
        this.thread = new Thread(this::run, "board-feed");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        long nextLook = System.nanoTime();
        try {
            while (!stopping) {
                try {
                    if (System.nanoTime() - nextLook >= 0 && found.size() < sinks.size()) {
                        nextLook = System.nanoTime() + LOOK_FOR_TOPICS.toNanos();
                        assignNew();
                    }
                    if (assigned.isEmpty()) {
                        Thread.sleep(POLL.toMillis());
                        continue;
                    }
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                        accept(r);
                    }
                } catch (WakeupException e) {
                    throw e;
                } catch (KafkaException e) {
                    // A broker that is down or restarting must not end the board: try again.
                    LOG.warn("cannot read the board's topics now ({}); trying again", e.toString());
                    Thread.sleep(LOOK_FOR_TOPICS.toMillis());
                }
            }
        } catch (WakeupException e) {
            // close() woke the poll: the board is stopping.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the board stopped reading its topics", e);
        } finally {
            // close() may have interrupted a wait; the consumer's own close must not see that.
            boolean interrupted = Thread.interrupted();
            consumer.close(Duration.ofSeconds(2));
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Assigns the partitions of topics that appeared since the last look, from their beginning. */
    private void assignNew() {
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(Duration.ofSeconds(10));
        List<TopicPartition> fresh = new ArrayList<>();
        for (String topic : sinks.keySet()) {
            List<PartitionInfo> partitions = existing.get(topic);
            if (found.contains(topic)) {
                continue;
            }
            if (partitions == null) {
                LOG.warn(
                        "topic {} does not exist yet; looking again in {} s",
                        topic,
                        LOOK_FOR_TOPICS.toSeconds());
                continue;
            }
            found.add(topic);
            for (PartitionInfo info : partitions) {
                TopicPartition tp = new TopicPartition(topic, info.partition());
                if (!assigned.contains(tp)) {
                    fresh.add(tp);
                }
            }
        }
        if (!fresh.isEmpty()) {
            assigned.addAll(fresh);
            consumer.assign(assigned);
            consumer.seekToBeginning(fresh);
        }
    }

    private void accept(ConsumerRecord<byte[], byte[]> r) {
        JsonNode json;
        try {
            json = r.value() == null ? null : Json.MAPPER.readTree(r.value());
        } catch (IOException e) {
            json = null;
        }
        if (json == null || !json.isObject() || !sinks.get(r.topic()).test(json)) {
            // Never the record itself: it may hold text that belongs in no log.
            skipped++;
            LOG.warn(
                    "skipped an unreadable record at {}-{} offset {} ({} so far)",
                    r.topic(),
                    r.partition(),
                    r.offset(),
                    skipped);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        consumer.wakeup();
        thread.interrupt(); // it may be waiting out a broker that is down
        thread.join(5000);
    }
}
