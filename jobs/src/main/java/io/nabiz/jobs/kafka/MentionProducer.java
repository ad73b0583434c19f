package io.nabiz.jobs.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.Channel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes raw mention lines to the channel topics, each to the topic of the channel it names; a line
 * that names no known channel (or is not JSON at all) goes to the social topic, so the job sees
 * malformed input exactly as a producer would send it.
 */
public final class MentionProducer implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;
    private final List<String> topics;

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
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        this.producer = new KafkaProducer<>(p);
        this.topics = topics;
    }

    public void send(String line) {
        byte[] value = line.getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(topicFor(value), value));
    }

    public void send(byte[] value) {
        producer.send(new ProducerRecord<>(topicFor(value), value));
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
    }
}
