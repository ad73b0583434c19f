package io.nabiz.engine.window;

import io.nabiz.engine.mention.Survey;

/**
 * A window's survey responses: how many, and how they split into promoters and detractors.
 *
 * @param responses survey responses in the window
 * @param npsResponses responses with an NPS score
 * @param promoters NPS 9–10
 * @param npsDetractors NPS 0–6
 * @param csatResponses responses with a CSAT score
 * @param csatSum the sum of their CSAT scores
 * @param detractors responses that are detractors by NPS or unhappy by CSAT (1–2)
 */
public record SurveyFigures(
        long responses,
        long npsResponses,
        long promoters,
        long npsDetractors,
        long csatResponses,
        long csatSum,
        long detractors) {

    public static final SurveyFigures NONE = new SurveyFigures(0, 0, 0, 0, 0, 0, 0);

    /** These figures with one more response. */
    public SurveyFigures plus(Survey s) {
        return new SurveyFigures(
                responses + 1,
                npsResponses + (s.nps() == null ? 0 : 1),
                promoters + (s.promoter() ? 1 : 0),
                npsDetractors + (s.npsDetractor() ? 1 : 0),
                csatResponses + (s.csat() == null ? 0 : 1),
                csatSum + (s.csat() == null ? 0 : s.csat()),
                detractors + (s.detractor() ? 1 : 0));
    }

    public SurveyFigures plus(SurveyFigures o) {
        return new SurveyFigures(
                responses + o.responses,
                npsResponses + o.npsResponses,
                promoters + o.promoters,
                npsDetractors + o.npsDetractors,
                csatResponses + o.csatResponses,
                csatSum + o.csatSum,
                detractors + o.detractors);
    }

    /** Net Promoter Score, −100..100: promoters' share minus detractors' share, in percent. */
    public double nps() {
        return npsResponses == 0 ? 0 : 100.0 * (promoters - npsDetractors) / npsResponses;
    }

    /** The mean CSAT, 1..5, or 0 without CSAT responses. */
    public double csat() {
        return csatResponses == 0 ? 0 : (double) csatSum / csatResponses;
    }

    public double detractorShare() {
        return responses == 0 ? 0 : (double) detractors / responses;
    }
}
