package io.nabiz.engine.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.SimilarCase;
import io.nabiz.engine.window.IncidentKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseLearnerTest {

    private static final IncidentKey KEY = new IncidentKey("yildizmarket", "delivery");
    private static final Instant OPENED = Instant.parse("2026-11-20T09:25:00Z");
    private static final Instant RESOLVED_AT = Instant.parse("2026-11-20T11:05:00Z");
    private static final CaseLearner LEARNER = new CaseLearner(Duration.ofHours(1));

    /** An incident nobody in the sample base has seen: couriers asking for a fee at the door. */
    private static List<Alert> doorFeeIncident() {
        return List.of(
                SampleCases.alert(
                        KEY,
                        OPENED,
                        1,
                        AlertState.OPEN,
                        OPENED,
                        24,
                        "tr",
                        "Kurye kapıda ek ücret istedi, ödemezsem paketi vermeyecekmiş"),
                SampleCases.alert(
                        KEY,
                        OPENED,
                        2,
                        AlertState.ESCALATED,
                        OPENED.plusSeconds(1200),
                        51,
                        "tr",
                        "Kurye kapıda ek ücret istedi, ödemezsem paketi vermeyecekmiş",
                        "Kapıda kurye ücreti diye 50 TL aldılar",
                        "Kurye ek ücret almadan teslim etmiyor"),
                SampleCases.alert(KEY, OPENED, 3, AlertState.RESOLVED, RESOLVED_AT, 0, "tr"));
    }

    private static Resolution resolution(String state, String note, Instant at) throws Exception {
        String json =
                "{\"alert_id\":\""
                        + doorFeeIncident().get(0).id()
                        + "\",\"state\":\""
                        + state
                        + "\""
                        + (note == null ? "" : ",\"note\":\"" + note + "\"")
                        + ",\"by\":\"ayse\",\"at\":\""
                        + at
                        + "\",\"board\":\"live\"}";
        return Resolution.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aResolvedIncidentBecomesACaseTheNextOneFinds(@TempDir Path dir) throws Exception {
        List<Alert> first = doorFeeIncident();
        String note =
                "Kurye firmasına kapıda ücret alınmaması bildirildi, alınan ücretler iade edildi";
        CaseLearner.Learned learned =
                LEARNER.learn(
                        first,
                        List.of(
                                resolution("acknowledged", null, RESOLVED_AT.minusSeconds(3000)),
                                resolution("resolved", "ilk not", RESOLVED_AT.minusSeconds(60)),
                                resolution("resolved", note, RESOLVED_AT)));
        Case learnedCase = learned.cases().get(0);
        assertEquals(1, learned.cases().size());
        assertEquals(first.get(0).id(), learnedCase.id(), "the case takes the incident id");
        assertEquals(note, learnedCase.resolution(), "the latest note wins");
        assertEquals("tr", learnedCase.lang());
        assertEquals("delivery", learnedCase.aspect());
        assertEquals("ayse", learnedCase.by());
        assertTrue(
                learnedCase.text().contains("Kapıda kurye ücreti"),
                "the strongest event's samples");

        CaseBase base = new CaseBase(dir, SampleCases.VOCABULARY);
        base.publish(SampleCases.cases());
        assertEquals(List.of(learnedCase), base.append(learned.cases()));
        assertEquals(List.of(), base.append(learned.cases()), "exactly once");

        Instant next = Instant.parse("2026-12-04T18:00:00Z");
        Alert nextIncident =
                SampleCases.alert(
                        KEY,
                        next,
                        1,
                        AlertState.OPEN,
                        next,
                        30,
                        "tr",
                        "Kurye kapida ek ucret istiyor, vermezsem paketi geri goturecekmis");
        try (CaseLibrary library =
                new CaseLibrary(
                        base, SampleCases.VOCABULARY, Duration.ofSeconds(30), System::nanoTime)) {
            List<SimilarCase> similar = library.similar(nextIncident, 3);
            assertEquals(learnedCase.id(), similar.get(0).id());
            assertEquals(note, similar.get(0).resolution());
            assertEquals(3, similar.size());
        }
    }

    @Test
    void withoutANoteTheCaseWaitsForTheGraceThenTakesThePlaybook() throws Exception {
        List<Alert> incident = doorFeeIncident();
        Resolution ack = resolution("acknowledged", "bakıyoruz", RESOLVED_AT.plusSeconds(3599));
        assertEquals(List.of(), LEARNER.learn(incident, List.of(ack)).cases(), "within the grace");

        Resolution later = resolution("acknowledged", null, RESOLVED_AT.plusSeconds(3600));
        List<Case> cases = LEARNER.learn(incident, List.of(ack, later)).cases();
        assertEquals(1, cases.size());
        assertEquals(
                "No resolution note; the playbook was: Confirm the spike",
                cases.get(0).resolution());
        assertEquals(RESOLVED_AT, cases.get(0).resolvedAt());

        assertEquals(
                List.of(),
                LEARNER.learn(incident.subList(0, 2), List.of(later)).cases(),
                "an incident still open and only acknowledged is no case");
    }

    @Test
    void aResolutionRecordWithoutItsIncidentOrStateIsRejectedWithAReason() {
        Exception e =
                assertThrows(
                        java.io.IOException.class,
                        () ->
                                Resolution.decode(
                                        "{\"state\":\"resolved\"}"
                                                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("alert_id"), e.getMessage());
        e =
                assertThrows(
                        java.io.IOException.class,
                        () ->
                                Resolution.decode(
                                        "{\"alert_id\":\"a\",\"state\":\"closed\",\"at\":\"2026-01-01T00:00:00Z\"}"
                                                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }
}
