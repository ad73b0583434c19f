package io.nabiz.engine.rule;

import io.nabiz.engine.alert.Severity;

/**
 * What one rule found in one window of one key.
 *
 * @param headline one sentence for a person: what is happening, in numbers
 */
public record Finding(String rule, Severity severity, String playbook, String headline) {

    /** The same finding, told with {@code headline}. */
    public Finding withHeadline(String headline) {
        return new Finding(rule, severity, playbook, headline);
    }
}
