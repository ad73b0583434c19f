package io.nabiz.engine.alert;

import io.nabiz.engine.window.Sample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.TreeMap;

/**
 * What a person reads to judge an alert: sample mentions (personal data masked), risk cues, the
 * most frequent terms, and the incident's peak so far.
 *
 * @param leadMinutes how long before the peak (so far) the incident opened: how early the warning
 *     came
 */
public record Evidence(
        ArrayList<Sample> samples,
        TreeMap<String, Long> cues,
        TreeMap<String, Long> terms,
        long peakCount,
        Instant peakAt,
        long leadMinutes) {}
