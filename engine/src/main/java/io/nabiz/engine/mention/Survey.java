package io.nabiz.engine.mention;

/**
 * The scores of one survey response: Net Promoter (0–10, "how likely are you to recommend us") and
 * customer satisfaction (1–5); a response carries at least one.
 *
 * <p>NPS groups answers as promoters (9–10), passives (7–8) and detractors (0–6); a CSAT of 1 or 2
 * is an unhappy customer too, so a response with either counts as a detractor.
 *
 * @param nps 0–10, or {@code null} when the survey did not ask
 * @param csat 1–5, or {@code null} when the survey did not ask
 */
public record Survey(Integer nps, Integer csat) {

    public static final int NPS_MIN = 0;
    public static final int NPS_MAX = 10;
    public static final int CSAT_MIN = 1;
    public static final int CSAT_MAX = 5;

    static final int PROMOTER_FROM = 9;
    static final int DETRACTOR_UP_TO = 6;
    static final int UNHAPPY_CSAT_UP_TO = 2;

    public Survey {
        if (nps == null && csat == null) {
            throw new IllegalArgumentException("a survey response needs nps or csat");
        }
        if (nps != null && (nps < NPS_MIN || nps > NPS_MAX)) {
            throw new IllegalArgumentException("nps must be 0-10, was " + nps);
        }
        if (csat != null && (csat < CSAT_MIN || csat > CSAT_MAX)) {
            throw new IllegalArgumentException("csat must be 1-5, was " + csat);
        }
    }

    public boolean promoter() {
        return nps != null && nps >= PROMOTER_FROM;
    }

    /** A detractor by NPS alone (0–6), as the NPS formula counts them. */
    public boolean npsDetractor() {
        return nps != null && nps <= DETRACTOR_UP_TO;
    }

    /** A detractor by NPS or an unhappy customer by CSAT (1–2). */
    public boolean detractor() {
        return npsDetractor() || (csat != null && csat <= UNHAPPY_CSAT_UP_TO);
    }
}
