package io.nabiz.jobs.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.Channel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes raw records to the channel topics like a producer would, but places them round-robin over
 * each topic's partitions, so every run of the same input puts every record at the same partition
 * and offset: per-partition watermarks, and with them what is late, are then the same in every run.
 *
 * <p>A record that names no known channel (or is not JSON) goes to the social topic.
 */
final class PartitionWriter implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final List<String> topics;
    private final int partitions;
    private final Map<String, Integer> next = new HashMap<>();

    /**
     * @param topics the chat, email and social topics, in that order
     * @param partitions how many of each topic's partitions to spread records over; the others stay
     *     silent
     */
    PartitionWriter(String bootstrapServers, List<String> topics, int partitions) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        // One batch in flight per partition: a retried batch can never land behind a later one.
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(2 << 20));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(p);
        this.topics = topics;
        this.partitions = partitions;
    }

    /** Sends the records and returns once the broker has acknowledged them all. */
    void send(List<byte[]> values) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (byte[] value : values) {
            String topic = topics.get(channel(value).ordinal());
            int partition = next.merge(topic, 1, Integer::sum) - 1;
            sent.add(
                    producer.send(
                            new ProducerRecord<>(topic, partition % partitions, null, value)));
        }
        producer.flush();
        // A record the broker refused would make this run's input differ from the reference's.
        sent.forEach(PartitionWriter::await);
    }

    private static void await(Future<RecordMetadata> sent) {
        try {
            sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send", e.getCause());
        }
    }

    private static Channel channel(byte[] value) {
        if (value == null) {
            return Channel.SOCIAL;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(value);
            if (node != null && node.path("channel").isTextual()) {
                return Channel.fromWireName(node.get("channel").textValue()).orElse(Channel.SOCIAL);
            }
        } catch (IOException e) {
            // Not JSON: the social topic, where the job dead-letters it.
        }
        return Channel.SOCIAL;
    }

    @Override
    public void close() {
        producer.close();
    }
}
