package io.nabiz.engine.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.customer.CareRules;
import io.nabiz.engine.mention.Survey;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.SurveyFigures;
import io.nabiz.engine.window.WindowStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SurveyShiftsTest {

    private static final Instant T0 = Instant.parse("2026-11-20T06:00:00Z");
    private static final IncidentKey KEY = new IncidentKey("nordtel", IncidentKey.BRAND_WIDE);
    private final SurveyShifts shifts =
            new SurveyShifts(CareRules.loadDefault().detractorShift(), Playbooks.loadDefault());

    @Test
    void aJumpInDetractorsOpensAndResolvesOneIncident() {
        SurveyHistory h = new SurveyHistory();
        List<Alert> alerts = new ArrayList<>();
        int w = 0;
        // Twelve calm windows: 1 detractor in 8 (12 %), NPS around +50.
        for (; w < 12; w++) {
            shifts.onWindow(h, window(w, 1, 8)).ifPresent(alerts::add);
        }
        assertEquals(List.of(), alerts);
        assertEquals(0.125, h.usualDetractorShare, 1e-9);
        // Silent windows say nothing.
        assertEquals(Optional.empty(), shifts.onWindow(h, window(w++, 0, 0)));
        // 6 of 8 detractors.
        Alert open = shifts.onWindow(h, window(w++, 6, 8)).orElseThrow();
        assertEquals(AlertState.OPEN, open.state());
        assertEquals("detractor-shift", open.rule());
        assertEquals(KEY, open.key());
        assertEquals(
                "6 of 8 survey responses are detractors (75%, usually 13%);"
                        + " NPS -50 (usually +75)",
                open.headline());
        assertEquals(6, open.figures().count());
        assertEquals(1.0, open.figures().expected());
        for (int i = 0; i < 3; i++) {
            shifts.onWindow(h, window(w++, 1, 8)).ifPresent(alerts::add);
        }
        assertEquals(1, alerts.size());
        assertEquals(AlertState.RESOLVED, alerts.get(0).state());
        assertEquals(open.id(), alerts.get(0).id());
        assertTrue(!h.incidentOpen());
    }

    @Test
    void fewResponsesOrAYoungKeyNeverAlert() {
        SurveyHistory h = new SurveyHistory();
        assertEquals(Optional.empty(), shifts.onWindow(h, window(0, 8, 8)), "no past yet");
        SurveyHistory warm = new SurveyHistory();
        for (int w = 0; w < 10; w++) {
            shifts.onWindow(warm, window(w, 0, 8));
        }
        assertEquals(Optional.empty(), shifts.onWindow(warm, window(10, 3, 3)), "3 responses");
    }

    /** A window with {@code detractors} NPS-0 answers among {@code responses}, the rest NPS 10. */
    private static WindowStats window(int n, int detractors, int responses) {
        SurveyFigures s = SurveyFigures.NONE;
        for (int i = 0; i < responses; i++) {
            s = s.plus(new Survey(i < detractors ? 0 : 10, null));
        }
        Instant start = T0.plus(Duration.ofMinutes(5L * n));
        return new WindowStats(
                KEY,
                start,
                start.plus(Duration.ofMinutes(5)),
                responses,
                detractors,
                0,
                responses,
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new ArrayList<>(),
                null,
                s);
    }
}
