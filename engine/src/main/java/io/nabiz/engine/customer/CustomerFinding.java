package io.nabiz.engine.customer;

import io.nabiz.engine.alert.Severity;
import java.util.List;

/**
 * What the customer-at-risk rule found in one journey.
 *
 * @param reasons which of the rule's patterns matched, alphabetically
 * @param complaints the complaints within the horizon
 * @param headline figures and the customer's words, for a care agent
 */
public record CustomerFinding(
        String rule,
        List<String> reasons,
        Severity severity,
        String playbook,
        int complaints,
        String headline) {}
