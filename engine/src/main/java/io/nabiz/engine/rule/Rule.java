package io.nabiz.engine.rule;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.window.WindowStats;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * One early-warning rule, as written in {@code config/rules.yaml}: a plain function from a key's
 * window and past to a finding.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = VolumeSpikeRule.class, name = "volume-spike"),
    @JsonSubTypes.Type(value = NegativeShiftRule.class, name = "negative-shift"),
    @JsonSubTypes.Type(value = GrowthProjectionRule.class, name = "growth-projection"),
    @JsonSubTypes.Type(value = PrivateChannelLeadRule.class, name = "private-channel-lead"),
    @JsonSubTypes.Type(value = HighReachAuthorRule.class, name = "high-reach-author"),
    @JsonSubTypes.Type(value = EmergingTermRule.class, name = "emerging-term")
})
public sealed interface Rule extends Serializable
        permits VolumeSpikeRule,
                NegativeShiftRule,
                GrowthProjectionRule,
                PrivateChannelLeadRule,
                HighReachAuthorRule,
                EmergingTermRule {

    String id();

    Severity severity();

    /** The playbook in {@code config/playbooks.yaml} whose steps the alert suggests. */
    String playbook();

    /** Whether the rule judges the brand-wide key as well as the per-aspect keys. */
    boolean brandWide();

    /**
     * Whether the rule reacts to how much a key is talked about. On an aspect, such a rule only
     * fires when the aspect rises more than its brand does.
     */
    default boolean measuresVolume() {
        return true;
    }

    Optional<Finding> evaluate(WindowStats window, KeyView past);

    /** A finding of this rule whose headline is {@code format} filled with {@code args}. */
    default Optional<Finding> found(String format, Object... args) {
        return Optional.of(
                new Finding(
                        id(), severity(), playbook(), String.format(Locale.ROOT, format, args)));
    }
}
