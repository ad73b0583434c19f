package io.nabiz.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.contract.ContractSchema;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.customer.CustomerAtRiskRule;
import io.nabiz.engine.customer.CustomerKey;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.rule.RuleSet;
import io.nabiz.engine.rule.RuleSetLoader;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.jobs.config.JobSettings;
import io.nabiz.jobs.kafka.MentionProducer;
import io.nabiz.jobs.kafka.TopicReader;
import io.nabiz.jobs.local.EmbeddedKafka;
import io.nabiz.jobs.replay.ReplayInput;
import io.nabiz.jobs.replay.ReplayResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-customer path of the listen job on a real KRaft broker and a MiniCluster at parallelism
 * 2, with all four exactly-once sinks: one customer escalating from chat to e-mail to social
 * (joined by the bundled identity map), decoys (many neutral contacts, a one-off complaint), survey
 * responses that shift to detractors, and survey responses with impossible scores; then a replay of
 * the same lines must write the same alerts and customer alerts, byte for byte.
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

    /** Ten quiet survey windows teach the usual share; the shift comes after them. */
    private static final int SHIFT_WINDOW = 12;

    @TempDir Path dir;

    @Test
    void anEscalationIsOneCustomerIncidentADetractorShiftFiresBadScoresAreDeadLettered()
            throws Exception {
        RuleSet rules = RuleSetLoader.loadDefault();
        List<String> lines = stream();
        Path file = dir.resolve("mentions.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);

        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            JobSettings settings = TestSettings.forBroker(kafka.bootstrapServers(), "care");
            JobSettings.Topics topics = settings.kafka().topics();
            kafka.createTopics(2, topics.all());
            try (MentionProducer producer =
                    new MentionProducer(kafka.bootstrapServers(), topics.mentions())) {
                lines.forEach(producer::send);
            }
            new ListenJob(settings, rules, true)
                    .execute(StreamExecutionEnvironment.getExecutionEnvironment());

            List<CustomerAlert> customers = customerAlerts(kafka, topics);
            assertOneIncidentForTheEscalatingCustomer(customers);

            List<Alert> alerts = new ArrayList<>();
            for (byte[] v : TopicReader.readAll(kafka.bootstrapServers(), topics.alerts())) {
                alerts.add(AlertCodec.decode(v));
            }
            alerts.sort(ReplayResult.ALERT_ORDER);
            assertEquals(
                    List.of("detractor-shift open acme/all"),
                    alerts.stream()
                            .map(a -> a.rule() + " " + a.state().wireName() + " " + a.key())
                            .toList(),
                    "the survey shift is the only brand alert: the background stays quiet");
            Alert shift = alerts.get(0);
            assertEquals(new IncidentKey("acme", IncidentKey.BRAND_WIDE), shift.key());
            assertEquals(T0.plus(Duration.ofMinutes(5L * (SHIFT_WINDOW + 1))), shift.windowEnd());
            assertEquals(
                    "6 of 8 survey responses are detractors (75%, usually 0%); NPS -50 (usually"
                            + " +100)",
                    shift.headline());

            List<String> dead = new ArrayList<>();
            for (byte[] v : TopicReader.readAll(kafka.bootstrapServers(), topics.deadLetters())) {
                DeadLetter d = Json.MAPPER.readValue(v, DeadLetter.class);
                dead.add(d.reason() + ": " + d.detail());
            }
            dead.sort(null);
            assertEquals(
                    List.of(
                            "invalid_score: survey.csat must be an integer from 1 to 5",
                            "invalid_score: survey.nps must be an integer from 0 to 10"),
                    dead);

            ReplayResult replay =
                    new ReplayJob(
                                    ReplayInput.file(file, null, Map.of()),
                                    rules,
                                    settings.eventTime(),
                                    settings.deadLetters().payload(),
                                    settings.cases(),
                                    CustomerCare.of(settings.customers()),
                                    2)
                            .run(
                                    StreamExecutionEnvironment.getExecutionEnvironment(),
                                    job -> {},
                                    a -> {});
            assertEquals(json(alerts), json(replay.alerts()), "alerts: listen vs replay");
            customers.sort(ReplayResult.CUSTOMER_ALERT_ORDER);
            assertEquals(
                    json(customers),
                    json(replay.customerAlerts()),
                    "customer alerts: listen vs replay");
        }
    }

    private static List<CustomerAlert> customerAlerts(
            EmbeddedKafka kafka, JobSettings.Topics topics) throws Exception {
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
        return alerts;
    }

    private static void assertOneIncidentForTheEscalatingCustomer(List<CustomerAlert> alerts) {
        List<CustomerAlert> inOrder = new ArrayList<>(alerts);
        inOrder.sort(ReplayResult.CUSTOMER_ALERT_ORDER);
        assertEquals(
                List.of(AlertState.OPEN, AlertState.RESOLVED),
                inOrder.stream().map(CustomerAlert::state).toList(),
                "one incident, opened on the public post and resolved when input ends: " + alerts);
        assertEquals(1, inOrder.stream().map(CustomerAlert::id).distinct().count());
        CustomerAlert open = inOrder.get(0);
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
                        + " said 'Still no package after two weeks. I will cancel my subscrip…'",
                open.headline());
        assertEquals(
                List.of("chat", "email", "social"),
                open.journey().stream().map(c -> c.channel().wireName()).toList());
    }

    /**
     * Two quiet hours of acme; the escalating customer; a decoy with a neutral chat every window
     * and a one-off complaint; a promoter's survey response in each early window, then a window of
     * mostly detractors; two responses with impossible scores.
     */
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
            if (w < SHIFT_WINDOW - 1) {
                timed.add(
                        survey(
                                "p" + w,
                                start.plusSeconds(60),
                                "crm-p-" + w,
                                "{\"nps\":10}",
                                "Great"));
            }
        }
        Instant shift = T0.plus(Duration.ofMinutes(5L * SHIFT_WINDOW));
        for (int i = 0; i < 8; i++) {
            timed.add(
                    survey(
                            "d" + i,
                            shift.plusSeconds(20L * i),
                            "crm-d-" + i,
                            i < 6 ? "{\"nps\":2}" : "{\"nps\":9}",
                            i < 6 ? "Support never answers" : "Fine"));
        }
        timed.add(
                contact(
                        "oneoff",
                        "chat",
                        T0.plus(Duration.ofMinutes(30)),
                        "\"customer\":\"crm-oneoff\"",
                        "My package delivery is late and this is terrible"));
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
                survey("bad1", T0.plus(Duration.ofMinutes(61)), "crm-x-1", "{\"nps\":11}", "Best"));
        timed.add(
                survey("bad2", T0.plus(Duration.ofMinutes(71)), "crm-x-2", "{\"csat\":0}", "Fine"));
        return AcmeStream.outOfOrder(timed, 3);
    }

    private static String[] survey(
            String id, Instant ts, String customer, String scores, String verbatim) {
        return contact(
                id,
                "survey",
                ts,
                "\"customer\":\"" + customer + "\",\"survey\":" + scores,
                verbatim);
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

    private static List<String> json(List<?> values) throws Exception {
        List<String> out = new ArrayList<>();
        for (Object v : values) {
            out.add(
                    v instanceof Alert a
                            ? new String(AlertCodec.encode(a), StandardCharsets.UTF_8)
                            : Json.MAPPER.writeValueAsString(v));
        }
        return out;
    }
}
