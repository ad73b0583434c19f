package io.nabiz.engine.survey;

/**
 * What the detractor-shift rule remembers about one key: its usual detractor share and NPS, and its
 * open incident, if any.
 *
 * <p>A plain class with public fields and a no-argument constructor so a stream processor can keep
 * it as keyed state; {@code incidentId == null} means no incident is open.
 */
public final class SurveyHistory {
    public double usualDetractorShare;
    public double usualNps;

    /** Windows with survey responses learnt so far. */
    public int windowsLearnt;

    public long lastWindowEnd = Long.MIN_VALUE;

    public String incidentId;
    public int seq;
    public long openedAt;
    public double reportedShare;
    public int quietWindows;
    public long cooldownUntil = Long.MIN_VALUE;

    public boolean incidentOpen() {
        return incidentId != null;
    }
}
