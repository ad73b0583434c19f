package io.nabiz.engine.customer;

import io.nabiz.engine.alert.Action;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One event in the life of a customer-at-risk incident, as the customer alert JSON contract ({@code
 * config/schemas/customer-alert.schema.json}) defines it: for care agents, who call one customer
 * back, not for the social team.
 *
 * @param reasons the patterns of the rule that matched so far, alphabetically
 * @param at the event time of this event: the contact that caused it, or the resolve time
 * @param journey the customer's contacts within the horizon, oldest first, personal data masked
 * @param action what the playbook suggests the agent does now
 */
public record CustomerAlert(
        int v,
        String id,
        int seq,
        CustomerKey key,
        String rule,
        List<String> reasons,
        Severity severity,
        AlertState state,
        String headline,
        Instant openedAt,
        Instant at,
        List<Contact> journey,
        Action action) {

    public static final int VERSION = 1;

    public CustomerAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
        reasons = List.copyOf(reasons);
        journey = List.copyOf(journey);
    }

    /** The same incident gets the same id in every run, as brand incidents do. */
    public static String incidentId(String rule, CustomerKey key, Instant openedAt) {
        String name = rule + '|' + key.brand() + '|' + key.customer() + '|' + openedAt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
