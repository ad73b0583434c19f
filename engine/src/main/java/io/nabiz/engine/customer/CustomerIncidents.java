package io.nabiz.engine.customer;

import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.alert.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one customer's journey: takes contacts in, asks the customer-at-risk rule, and runs the
 * incident's life for the key {brand, customer}.
 *
 * <p>One incident per customer: it opens on the first finding, updates when another complaint or
 * pattern joins, escalates when severity rises, and resolves once the customer has not complained
 * for {@code resolveAfter}; then the customer cools down before a new incident may open, so one
 * unhappy week is one call-back, not five.
 */
public final class CustomerIncidents {

    private final CareRules rules;
    private final Playbooks playbooks;

    public CustomerIncidents(CareRules rules, Playbooks playbooks) {
        this.rules = rules;
        this.playbooks = playbooks;
    }

    public CareRules rules() {
        return rules;
    }

    /** Takes one contact into the journey; the alert event it causes, if any. */
    public Optional<CustomerAlert> onContact(CustomerKey key, CustomerJourney j, Contact c) {
        CustomerAtRiskRule rule = rules.customerAtRisk();
        if (!j.record(c, rule.horizon())) {
            return Optional.empty();
        }
        Optional<CustomerFinding> found = rule.evaluate(j.contacts, c);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CustomerFinding f = found.get();
        if (!j.incidentOpen()) {
            if (c.ts().toEpochMilli() < j.cooldownUntil) {
                return Optional.empty();
            }
            j.incidentId = CustomerAlert.incidentId(f.rule(), key, c.ts());
            j.openedAt = c.ts().toEpochMilli();
            j.seq = 0;
            j.severity = f.severity().wireName();
            j.reasons.clear();
            j.reasons.addAll(f.reasons());
            return Optional.of(emit(key, j, f, c.ts(), AlertState.OPEN));
        }
        boolean newReason = !j.reasons.containsAll(f.reasons());
        j.reasons.addAll(f.reasons());
        if (f.severity().compareTo(Severity.fromWireName(j.severity)) > 0) {
            j.severity = f.severity().wireName();
            return Optional.of(emit(key, j, f, c.ts(), AlertState.ESCALATED));
        }
        if (newReason || f.complaints() > j.reportedComplaints) {
            return Optional.of(emit(key, j, f, c.ts(), AlertState.UPDATED));
        }
        return Optional.empty();
    }

    /** The resolve event once the customer has been quiet for {@code resolveAfter}, if due. */
    public Optional<CustomerAlert> onTime(CustomerKey key, CustomerJourney j, Instant now) {
        if (!j.incidentOpen() || now.toEpochMilli() < resolveAt(j)) {
            return Optional.empty();
        }
        CustomerFinding quiet =
                new CustomerFinding(
                        rules.customerAtRisk().id(),
                        List.copyOf(j.reasons),
                        Severity.fromWireName(j.severity),
                        rules.customerAtRisk().playbook(),
                        j.reportedComplaints,
                        "no new complaint in "
                                + CustomerAtRiskRule.inWords(rules.resolveAfter())
                                + " since the last one");
        CustomerAlert resolved = emit(key, j, quiet, now, AlertState.RESOLVED);
        j.incidentId = null;
        j.cooldownUntil = now.toEpochMilli() + rules.cooldown().toMillis();
        return Optional.of(resolved);
    }

    /** When an open incident resolves if the customer stays quiet. */
    public long resolveAt(CustomerJourney j) {
        return j.lastComplaintAt + rules.resolveAfter().toMillis();
    }

    /** When a silent journey may be forgotten. */
    public long forgetAt(CustomerJourney j) {
        return Math.max(j.lastContactAt + rules.journeyTtl().toMillis(), j.cooldownUntil);
    }

    private CustomerAlert emit(
            CustomerKey key, CustomerJourney j, CustomerFinding f, Instant at, AlertState state) {
        j.seq++;
        j.reportedComplaints = f.complaints();
        return new CustomerAlert(
                CustomerAlert.VERSION,
                j.incidentId,
                j.seq,
                key,
                f.rule(),
                new ArrayList<>(j.reasons),
                Severity.fromWireName(j.severity),
                state,
                f.headline(),
                Instant.ofEpochMilli(j.openedAt),
                at,
                j.contacts,
                playbooks.action(f.playbook()));
    }
}
