package io.nabiz.jobs.serde;

import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes records as JSON, keyed so all records of one incident (or one source) land in the same
 * partition, in order; the topic is fixed or chosen per record.
 */
public final class JsonRecordSerializer<T> implements KafkaRecordSerializationSchema<T> {

    private final SerializableFunction<T, String> topic;
    private final SerializableFunction<T, String> key;
    private final SerializableFunction<T, byte[]> json;

    public JsonRecordSerializer(
            SerializableFunction<T, String> topic,
            SerializableFunction<T, String> key,
            SerializableFunction<T, byte[]> json) {
        this.topic = topic;
        this.key = key;
        this.json = json;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(T element, KafkaSinkContext context, Long ts) {
        String k = key.apply(element);
        return new ProducerRecord<>(
                topic.apply(element),
                null,
                ts,
                k == null ? null : k.getBytes(StandardCharsets.UTF_8),
                json.apply(element));
    }
}
