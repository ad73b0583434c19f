package io.nabiz.jobs.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.alert.Action;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.customer.CustomerKey;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.DeadLetterPayload;
import io.nabiz.engine.mention.Engagement;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.mention.MentionCodec;
import io.nabiz.jobs.ExampleAlerts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.InstantiationUtil;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every sink's serializer, after the Java serialization round trip that ships it to a TaskManager,
 * still writes its own record type: the job built them side by side, so one that came back typed
 * for another sink's records would fail here with a ClassCastException, not on a cluster.
 */
class SinkSerializersTest {

    private static final Instant T = Instant.parse("2026-11-20T09:20:00Z");

    @Test
    void everySinkWritesItsOwnRecordsAfterShipping() throws Exception {
        // Built in the order the listen job builds them.
        var alerts = shipped(SinkSerializers.alerts());
        var customers = shipped(SinkSerializers.customerAlerts("alerts.customers"));
        var deadLetters = shipped(SinkSerializers.deadLetters("mentions.dlq"));
        var late = shipped(SinkSerializers.late("mentions.late"));

        RoutedAlert routed =
                new RoutedAlert("alerts.urgent", ExampleAlerts.opening("acme", Severity.HIGH));
        assertRecord(
                "alerts.urgent",
                routed.alert().id(),
                new String(AlertCodec.encode(routed.alert()), StandardCharsets.UTF_8),
                alerts.serialize(routed, null, 1L));

        CustomerAlert customer = customerAlert();
        assertRecord(
                "alerts.customers",
                customer.id(),
                Json.MAPPER.writeValueAsString(customer),
                customers.serialize(customer, null, 1L));

        DeadLetter dead =
                new DeadLetter(
                        DeadLetter.VERSION,
                        "invalid_score",
                        "survey.nps must be an integer from 0 to 10",
                        "kafka:mentions.survey/0@7",
                        T,
                        2,
                        "e30=",
                        DeadLetterPayload.ORIGINAL.wireName());
        assertRecord(
                "mentions.dlq",
                "kafka:mentions.survey/0@7",
                Json.MAPPER.writeValueAsString(dead),
                deadLetters.serialize(dead, null, 1L));

        Mention m =
                new Mention(
                        Mention.VERSION,
                        "m1",
                        Channel.CHAT,
                        null,
                        "acme",
                        T,
                        "late again",
                        null,
                        Engagement.NONE,
                        null);
        assertRecord(
                "mentions.late",
                "m1",
                new String(new MentionCodec().encode(m), StandardCharsets.UTF_8),
                late.serialize(m, null, 1L));
    }

    private static <T> KafkaRecordSerializationSchema<T> shipped(
            KafkaRecordSerializationSchema<T> serializer) throws Exception {
        return InstantiationUtil.clone(serializer, SinkSerializersTest.class.getClassLoader());
    }

    private static void assertRecord(
            String topic, String key, String value, ProducerRecord<byte[], byte[]> record) {
        assertEquals(topic, record.topic());
        assertEquals(key, new String(record.key(), StandardCharsets.UTF_8));
        assertEquals(value, new String(record.value(), StandardCharsets.UTF_8));
    }

    static CustomerAlert customerAlert() {
        CustomerKey key = new CustomerKey("acme", "crm-1");
        return new CustomerAlert(
                CustomerAlert.VERSION,
                CustomerAlert.incidentId("customer-at-risk", key, T),
                1,
                key,
                "customer-at-risk",
                List.of("churn-cue"),
                Severity.HIGH,
                AlertState.OPEN,
                "2 negative contacts about billing in 3 hours: chat → e-mail",
                T,
                T,
                List.of(),
                new Action("call-back-customer", "Call back", List.of("Call")));
    }
}
