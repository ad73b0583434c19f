package io.nabiz.jobs.replay;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.customer.CustomerAlert;
import io.nabiz.engine.mention.DeadLetter;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.rule.JudgedWindow;

/**
 * One output of a replay, tagged by kind: exactly one field is set. The pipeline's outputs travel
 * to the client as one stream, so one reader drains them and none can stall the job.
 */
public record ReplayRecord(
        Alert alert,
        JudgedWindow judged,
        DeadLetter deadLetter,
        Mention lateMention,
        CustomerAlert customerAlert) {

    public static ReplayRecord of(Alert a) {
        return new ReplayRecord(a, null, null, null, null);
    }

    public static ReplayRecord of(JudgedWindow j) {
        return new ReplayRecord(null, j, null, null, null);
    }

    /**
     * A judged window with what a replay's outputs show of it, its counts and levels: its terms and
     * samples, most of its bytes on the way to the client and in the client's memory, stay behind.
     */
    public static ReplayRecord counts(JudgedWindow j) {
        return of(
                new JudgedWindow(
                        j.stats().counts(),
                        j.expected(),
                        j.spread(),
                        j.spikeThreshold(),
                        j.incidentOpen()));
    }

    public static ReplayRecord of(DeadLetter d) {
        return new ReplayRecord(null, null, d, null, null);
    }

    public static ReplayRecord late(Mention m) {
        return new ReplayRecord(null, null, null, m, null);
    }

    public static ReplayRecord of(CustomerAlert c) {
        return new ReplayRecord(null, null, null, null, c);
    }
}
