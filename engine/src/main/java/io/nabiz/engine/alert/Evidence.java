package io.nabiz.engine.alert;

import io.nabiz.engine.window.Sample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.TreeMap;

/**
 * What a person reads to judge an alert: sample mentions (personal data masked), risk cues, and the
 * incident's peak so far.
 */
public record Evidence(
        ArrayList<Sample> samples, TreeMap<String, Long> cues, long peakCount, Instant peakAt) {}
