package io.nabiz.jobs.serde;

import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.InvalidMentionException;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.engine.mention.RejectReason;
import java.time.Instant;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Turns each Kafka record into a mention or, never throwing, a dead letter with its reason. */
public final class MentionDeserializer implements KafkaRecordDeserializationSchema<DecodedRecord> {

    private transient MentionCodec codec;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<DecodedRecord> out) {
        if (codec == null) {
            codec = new MentionCodec();
        }
        Instant receivedAt = Instant.ofEpochMilli(record.timestamp());
        try {
            if (record.value() == null) {
                throw new InvalidMentionException(RejectReason.INVALID_JSON, "record has no value");
            }
            out.collect(
                    DecodedRecord.of(codec.decode(record.value(), receivedAt), record.timestamp()));
        } catch (InvalidMentionException e) {
            String origin =
                    DeadLetter.kafkaOrigin(record.topic(), record.partition(), record.offset());
            out.collect(DecodedRecord.of(DeadLetter.of(e, origin, receivedAt, record.value())));
        }
    }

    @Override
    public TypeInformation<DecodedRecord> getProducedType() {
        return TypeInformation.of(DecodedRecord.class);
    }
}
