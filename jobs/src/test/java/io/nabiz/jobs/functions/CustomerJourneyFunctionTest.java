package io.nabiz.jobs.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.customer.CareRules;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.customer.CustomerAtRiskRule;
import io.nabiz.engine.customer.CustomerKey;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.IncidentKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The journey operator with its keyed state and timers, driven through Flink's test harness. */
class CustomerJourneyFunctionTest {

    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");
    private static final CareRules RULES = CareRules.loadDefault();

    private KeyedOneInputStreamOperatorTestHarness<CustomerKey, AspectMention, CustomerAlert>
            harness;

    @BeforeEach
    void open() throws Exception {
        harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new CustomerJourneyFunction(RULES),
                        m -> new CustomerKey(m.key().brand(), m.customer()),
                        TypeInformation.of(CustomerKey.class));
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    @Test
    void aCrossChannelEscalationFiresOneIncidentAndStateIsClearedAfterTheTtl() throws Exception {
        // Out of order as feeds deliver: the social post arrives before the e-mail it follows.
        send("c1", Channel.CHAT, 0, "delivery", false);
        send("s1", Channel.SOCIAL, 150, "delivery", true);
        send("e1", Channel.EMAIL, 90, "delivery", false);
        // A second aspect record of the social post: one contact, not two.
        send("s1", Channel.SOCIAL, 150, "account", true);
        // Another customer's neutral contacts, in the same operator.
        for (int i = 0; i < 5; i++) {
            harness.processElement(
                    mention("n" + i, "crm-2", Channel.CHAT, 10 * i, "delivery", false, false),
                    at(10 * i).toEpochMilli());
        }
        harness.processWatermark(at(200).toEpochMilli());

        List<CustomerAlert> alerts = alerts();
        assertEquals(1, alerts.size(), "one incident, whatever the arrival order");
        CustomerAlert open = alerts.get(0);
        assertEquals(AlertState.OPEN, open.state());
        assertEquals(new CustomerKey("acme", "crm-1"), open.key());
        assertEquals(
                List.of(
                        CustomerAtRiskRule.CHURN_CUE,
                        CustomerAtRiskRule.GONE_PUBLIC,
                        CustomerAtRiskRule.REPEATED),
                open.reasons());
        assertEquals(
                "3 negative contacts about delivery in 150 min: chat → e-mail → social;"
                        + " said 'text of s1, I will cancel'",
                open.headline());
        assertEquals(List.of("account", "delivery"), open.journey().get(2).aspects());
        assertEquals(2, harness.numKeyedStateEntries(), "both customers are remembered");

        // Two quiet days resolve the incident; after the journey's TTL both customers are gone.
        harness.processWatermark(at(150).plus(RULES.resolveAfter()).toEpochMilli());
        assertEquals(List.of(AlertState.RESOLVED), states(alerts()));
        harness.processWatermark(
                at(150).plus(RULES.resolveAfter()).plus(RULES.journeyTtl()).toEpochMilli());
        assertEquals(List.of(), alerts());
        assertEquals(0, harness.numKeyedStateEntries(), "state is cleared after the TTL");
        assertEquals(0, harness.numEventTimeTimers());
    }

    private void send(String id, Channel channel, int minutes, String aspect, boolean churn)
            throws Exception {
        harness.processElement(
                mention(id, "crm-1", channel, minutes, aspect, true, churn),
                at(minutes).toEpochMilli());
    }

    private List<CustomerAlert> alerts() {
        List<CustomerAlert> out = new ArrayList<>(harness.extractOutputValues());
        harness.getOutput().clear();
        return out;
    }

    private static List<AlertState> states(List<CustomerAlert> alerts) {
        return alerts.stream().map(CustomerAlert::state).toList();
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static AspectMention mention(
            String id,
            String customer,
            Channel channel,
            int minutes,
            String aspect,
            boolean negative,
            boolean churn) {
        return new AspectMention(
                new IncidentKey("acme", aspect),
                id,
                channel,
                at(minutes),
                "text of " + id + (churn ? ", I will cancel" : ""),
                0,
                null,
                0,
                "en",
                negative ? -0.8 : 0.1,
                negative,
                new ArrayList<>(churn ? List.of("churn") : List.of()),
                new ArrayList<>(),
                customer,
                null);
    }
}
