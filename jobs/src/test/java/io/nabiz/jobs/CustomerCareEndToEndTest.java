package io.nabiz.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.contract.ContractSchema;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.customer.CustomerAtRiskRule;
import io.nabiz.engine.customer.CustomerKey;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.kafka.MentionProducer;
import io.nabiz.jobs.kafka.TopicReader;
import io.nabiz.jobs.local.EmbeddedKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The per-customer path of the listen job on a real KRaft broker and a MiniCluster at parallelism
 * 2: one customer escalating from chat to e-mail to social (joined by the bundled identity map), a
 * decoy customer, survey responses with impossible scores.
 */
class CustomerCareEndToEndTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafka.start(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void aCrossChannelEscalationFiresOneCustomerIncidentAndBadScoresAreDeadLettered()
            throws Exception {
        JobSettings settings = TestSettings.forBroker(kafka.bootstrapServers(), "care");
        JobSettings.Topics topics = settings.kafka().topics();
        kafka.createTopics(2, topics.all());
        try (MentionProducer producer =
                new MentionProducer(kafka.bootstrapServers(), topics.mentions())) {
            stream().forEach(producer::send);
        }

        new ListenJob(settings, RuleSetLoader.loadDefault(), true)
                .execute(StreamExecutionEnvironment.getExecutionEnvironment());

        ContractSchema schema = ContractSchema.load(ContractSchema.CUSTOMER_ALERT);
        List<CustomerAlert> alerts = new ArrayList<>();
        for (byte[] value :
                TopicReader.readAll(kafka.bootstrapServers(), topics.customerAlerts())) {
            assertEquals(List.of(), schema.problems(Json.MAPPER.readTree(value)));
            assertFalse(
                    new String(value, StandardCharsets.UTF_8).contains("example.com"),
                    "e-mail addresses are masked in the journey");
            alerts.add(Json.MAPPER.readValue(value, CustomerAlert.class));
        }
        alerts.sort(Comparator.comparingInt(CustomerAlert::seq));
        assertEquals(
                List.of(AlertState.OPEN, AlertState.RESOLVED),
                alerts.stream().map(CustomerAlert::state).toList(),
                "one incident, opened on the public post and resolved when input ends");
        assertEquals(1, alerts.stream().map(CustomerAlert::id).distinct().count());
        CustomerAlert open = alerts.get(0);
        assertEquals(new CustomerKey("acme", "crm-tr-20417"), open.key());
        assertEquals(T0.plus(Duration.ofMinutes(100)), open.at());
        assertEquals(
                List.of(
                        CustomerAtRiskRule.CHURN_CUE,
                        CustomerAtRiskRule.GONE_PUBLIC,
                        CustomerAtRiskRule.REPEATED),
                open.reasons());
        assertEquals(
                "3 negative contacts about delivery in 100 min: chat → e-mail → social;"
                        + " said 'Still no package after two weeks. I will cancel my subscription.'",
                open.headline());

        List<DeadLetter> dead = new ArrayList<>();
        for (byte[] value : TopicReader.readAll(kafka.bootstrapServers(), topics.deadLetters())) {
            dead.add(Json.MAPPER.readValue(value, DeadLetter.class));
        }
        assertEquals(
                List.of("invalid_score", "invalid_score"),
                dead.stream().map(DeadLetter::reason).toList());
        assertEquals(List.of(), TopicReader.readAll(kafka.bootstrapServers(), topics.alerts()));
    }

    /** Two quiet hours of acme, the escalating customer, a decoy, survey responses. */
    private static List<String> stream() {
        Random random = new Random(7);
        List<String[]> timed = new ArrayList<>();
        int n = 0;
        for (int w = 0; w < 24; w++) {
            Instant start = T0.plus(Duration.ofMinutes(5L * w));
            for (int i = 0; i < 2; i++) {
                timed.add(
                        AcmeStream.mention(n++, start, random, "Where can I download my invoice"));
            }
            timed.add(
                    contact(
                            "decoy-" + w,
                            "chat",
                            start.plusSeconds(30),
                            "\"customer\":\"crm-decoy\"",
                            "Thanks, my package arrived today"));
        }
        timed.add(
                contact(
                        "c1",
                        "chat",
                        T0,
                        "\"customer\":\"crm-tr-20417\"",
                        "My package delivery is late again and nobody helps"));
        timed.add(
                contact(
                        "e1",
                        "email",
                        T0.plus(Duration.ofMinutes(40)),
                        "\"author\":\"selin.kaya@example.com\"",
                        "Still waiting for my package, this is terrible."
                                + " Write to selin.kaya@example.com"));
        timed.add(
                contact(
                        "s1",
                        "social",
                        T0.plus(Duration.ofMinutes(100)),
                        "\"author\":\"@SelinKaya_34\"",
                        "Still no package after two weeks. I will cancel my subscription."));
        timed.add(
                contact(
                        "v1",
                        "survey",
                        T0.plus(Duration.ofMinutes(50)),
                        "\"customer\":\"crm-s-1\",\"survey\":{\"nps\":9}",
                        "Great service, thanks"));
        timed.add(
                contact(
                        "v2",
                        "survey",
                        T0.plus(Duration.ofMinutes(60)),
                        "\"customer\":\"crm-s-2\",\"survey\":{\"nps\":11}",
                        "Best ever"));
        timed.add(
                contact(
                        "v3",
                        "survey",
                        T0.plus(Duration.ofMinutes(70)),
                        "\"customer\":\"crm-s-3\",\"survey\":{\"csat\":0}",
                        "Fine"));
        return AcmeStream.outOfOrder(timed, 3);
    }

    private static String[] contact(
            String id, String channel, Instant ts, String who, String text) {
        String json =
                String.format(
                        "{\"v\":2,\"id\":\"%s\",\"channel\":\"%s\",\"brand\":\"acme\",\"ts\":\"%s\","
                                + "\"text\":\"%s\",%s,\"lang\":\"en\"}",
                        id, channel, ts, text, who);
        return new String[] {ts.toString(), json};
    }
}
