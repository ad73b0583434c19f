package io.nabiz.engine.customer;

import static io.nabiz.engine.customer.Contacts.complaint;
import static io.nabiz.engine.customer.Contacts.neutral;
import static io.nabiz.engine.customer.Contacts.survey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.mention.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerIncidentsTest {

    private static final CustomerKey KEY = new CustomerKey("yildizmarket", "crm-1");
    private final CustomerIncidents care =
            new CustomerIncidents(CareRules.loadDefault(), Playbooks.loadDefault());

    @Test
    void aComplaintThatCrossesChannelsAndTurnsToChurnOpensOneIncident() {
        List<CustomerAlert> alerts =
                run(
                        complaint("c1", Channel.CHAT, 0, "delivery"),
                        complaint("e1", Channel.EMAIL, 20, "delivery"),
                        complaint("s1", Channel.SOCIAL, 26, "delivery", "churn"));
        assertEquals(1, alerts.size());
        CustomerAlert open = alerts.get(0);
        assertEquals(AlertState.OPEN, open.state());
        assertEquals(KEY, open.key());
        assertEquals(
                List.of(
                        CustomerAtRiskRule.CHURN_CUE,
                        CustomerAtRiskRule.GONE_PUBLIC,
                        CustomerAtRiskRule.REPEATED),
                open.reasons());
        assertEquals(
                "3 negative contacts about delivery in 26 hours: chat → e-mail → social;"
                        + " said 'text of s1'",
                open.headline());
        assertEquals(Severity.CRITICAL, open.severity(), "gone public raises high one step");
        assertEquals("call-back-customer", open.action().playbook());
        assertEquals(3, open.journey().size());
    }

    @Test
    void decoysNeverFire() {
        List<Contact> neutral = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Channel channel = Channel.values()[i % 3];
            neutral.add(neutral("n" + i, channel, i * 2, "delivery"));
        }
        assertEquals(List.of(), run(neutral.toArray(Contact[]::new)));
        assertEquals(List.of(), run(complaint("x", Channel.SOCIAL, 1, "billing", "escalation")));
        // Two complaints on one channel, neither public nor threatening: not yet at risk.
        assertEquals(
                List.of(),
                run(
                        complaint("a", Channel.CHAT, 0, "billing"),
                        complaint("b", Channel.CHAT, 1, "billing")));
    }

    @Test
    void aDetractorThreateningALawyerAfterAComplaintIsCritical() {
        List<CustomerAlert> alerts =
                run(
                        complaint("e1", Channel.EMAIL, 0, "billing"),
                        survey("s1", 30, 0, "billing", "legal"));
        assertEquals(1, alerts.size());
        assertEquals(List.of(CustomerAtRiskRule.LEGAL_CUE), alerts.get(0).reasons());
        assertEquals(Severity.CRITICAL, alerts.get(0).severity());
        assertEquals(
                "2 negative contacts about billing in 30 hours: e-mail → survey (NPS 0);"
                        + " said 'text of s1'",
                alerts.get(0).headline());
    }

    @Test
    void aDetractorWithAChurnCueIsAtRiskOnItsOwn() {
        List<CustomerAlert> alerts = run(survey("s1", 0, 2, "general", "churn"));
        assertEquals(List.of(CustomerAtRiskRule.CHURN_CUE), alerts.get(0).reasons());
        assertEquals(Severity.HIGH, alerts.get(0).severity());
        // A promoter joking about cancelling is not.
        assertEquals(List.of(), run(survey("s2", 0, 10, "general", "churn")));
    }

    @Test
    void anIncidentUpdatesResolvesAndCoolsDown() {
        CustomerJourney j = new CustomerJourney();
        feed(j, complaint("c1", Channel.CHAT, 0, "billing"));
        assertEquals(
                AlertState.OPEN,
                feed(j, complaint("s1", Channel.SOCIAL, 1, "billing")).orElseThrow().state());
        assertEquals(
                AlertState.UPDATED,
                feed(j, complaint("e1", Channel.EMAIL, 2, "billing")).orElseThrow().state());
        assertEquals(Optional.empty(), feed(j, complaint("e1", Channel.EMAIL, 2, "billing")));

        assertEquals(Optional.empty(), care.onTime(KEY, j, Contacts.T0.plus(Duration.ofDays(1))));
        CustomerAlert resolved =
                care.onTime(KEY, j, Contacts.T0.plus(Duration.ofHours(2)).plus(Duration.ofDays(2)))
                        .orElseThrow();
        assertEquals(AlertState.RESOLVED, resolved.state());
        assertEquals(3, resolved.seq(), "open, update, resolve");

        // Cooling down: a new wave within the week is not a new incident.
        feed(j, complaint("c2", Channel.CHAT, 60, "billing"));
        assertEquals(Optional.empty(), feed(j, complaint("s2", Channel.SOCIAL, 61, "billing")));
        assertTrue(!j.incidentOpen());
    }

    private Optional<CustomerAlert> feed(CustomerJourney j, Contact c) {
        return care.onContact(KEY, j, c);
    }

    private List<CustomerAlert> run(Contact... contacts) {
        CustomerJourney j = new CustomerJourney();
        List<CustomerAlert> out = new ArrayList<>();
        for (Contact c : contacts) {
            feed(j, c).ifPresent(out::add);
        }
        return out;
    }
}
