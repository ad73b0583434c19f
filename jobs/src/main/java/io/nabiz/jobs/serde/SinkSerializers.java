package io.nabiz.jobs.serde;

import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.engine.rule.JudgedWindow;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;

/**
 * How each of the listen job's Kafka sinks writes its records: topic, key and JSON value.
 *
 * <p>JSON values are written by {@link JsonValue} instances, never by one serializable method
 * reference such as {@code ListenJob::json} shared between sinks of different record types. javac
 * (17) deserializes every use of one method reference with the element type of whichever use it
 * compiled first, ignoring the type the use was instantiated with; once the job is shipped to the
 * cluster, a second sink's serializer then casts its records to the first sink's type and the job
 * fails with a ClassCastException (a dead letter cast to a customer alert, say).
 */
public final class SinkSerializers {

    private SinkSerializers() {}

    /** Alert events to the topic each is routed to, keyed by incident id. */
    public static KafkaRecordSerializationSchema<RoutedAlert> alerts() {
        return new JsonRecordSerializer<>(
                RoutedAlert::topic, r -> r.alert().id(), r -> AlertCodec.encode(r.alert()));
    }

    /** Dead letters keyed by where their record came from. */
    public static KafkaRecordSerializationSchema<DeadLetter> deadLetters(String topic) {
        return new JsonRecordSerializer<>(
                new FixedTopic<>(topic), DeadLetter::origin, new JsonValue<>());
    }

    /** Late mentions in the mention contract, keyed by mention id. */
    public static KafkaRecordSerializationSchema<Mention> late(String topic) {
        return new JsonRecordSerializer<>(
                new FixedTopic<>(topic), Mention::id, new MentionCodec()::encode);
    }

    /** Each judged window's level, keyed by its incident key; no mention text. */
    public static KafkaRecordSerializationSchema<JudgedWindow> judgedWindows(String topic) {
        return new JsonRecordSerializer<>(
                new FixedTopic<>(topic),
                j -> j.stats().key().toString(),
                j -> JsonValue.bytes(WindowLevel.of(j)));
    }

    /** Customer alert events keyed by incident id, so one customer's incident stays in order. */
    public static KafkaRecordSerializationSchema<CustomerAlert> customerAlerts(String topic) {
        return new JsonRecordSerializer<>(
                new FixedTopic<>(topic), CustomerAlert::id, new JsonValue<>());
    }

    /** Every record to one topic. */
    private record FixedTopic<T>(String topic) implements SerializableFunction<T, String> {
        @Override
        public String apply(T record) {
            return topic;
        }
    }

    /** A record as JSON with the project's mapper. */
    private static final class JsonValue<T> implements SerializableFunction<T, byte[]> {

        @Override
        public byte[] apply(T value) {
            return bytes(value);
        }

        static byte[] bytes(Object value) {
            try {
                return Json.MAPPER.writeValueAsBytes(value);
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                throw new IllegalStateException("cannot serialise " + value.getClass(), e);
            }
        }
    }
}
