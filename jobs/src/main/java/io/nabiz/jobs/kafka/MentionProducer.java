package io.nabiz.jobs.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.Channel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes raw mention lines to the channel topics, each to the topic of the channel it names; a line
 * that names no known channel (or is not JSON at all) goes to the social topic, so the job sees
 * malformed input exactly as a producer would send it. A line the broker did not take is never lost
 * quietly: {@link #close()} throws the first send failure.
 */
public final class MentionProducer implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final List<String> topics;
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();

    /**
     * @param topics the chat, email and social topics, in that order
     */
    public MentionProducer(String bootstrapServers, List<String> topics) {
        if (topics.size() != Channel.values().length) {
            throw new IllegalArgumentException("expected one topic per channel: " + topics);
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        // On a loaded machine the in-process broker can be slow to answer; a request given up
        // early and retried out of order is what fails an idempotent producer, so wait longer.
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "120000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "300000");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(p);
        this.topics = topics;
    }

    public void send(String line) {
        send(line.getBytes(StandardCharsets.UTF_8));
    }

    public void send(byte[] value) {
        producer.send(
                new ProducerRecord<>(topicFor(value), value),
                (metadata, error) -> {
                    if (error != null) {
                        firstFailure.compareAndSet(null, error);
                    }
                });
    }

    private String topicFor(byte[] value) {
        Channel channel = Channel.SOCIAL;
        try {
            JsonNode node = Json.MAPPER.readTree(value);
            if (node != null && node.path("channel").isTextual()) {
                channel =
                        Channel.fromWireName(node.get("channel").textValue())
                                .orElse(Channel.SOCIAL);
            }
        } catch (java.io.IOException e) {
            // Not JSON: it still goes out, and the job dead-letters it.
        }
        return topics.get(channel.ordinal());
    }

    @Override
    public void close() {
        producer.flush();
        producer.close();
        Exception failure = firstFailure.get();
        if (failure != null) {
            throw new IllegalStateException("the broker did not take every mention", failure);
        }
    }
}
