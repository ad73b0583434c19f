package io.nabiz.engine.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.AlertCodec;
import io.nabiz.engine.alert.AlertState;
import io.nabiz.engine.alert.SimilarCase;
import io.nabiz.engine.contract.ContractSchema;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.window.IncidentKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarCasesContractTest {

    private static final ContractSchema ALERT = ContractSchema.load(ContractSchema.ALERT);

    private static final Alert ALERT_WITHOUT_CASES =
            SampleCases.alert(
                    new IncidentKey("nordtel", "billing"),
                    Instant.parse("2026-11-20T11:00:00Z"),
                    1,
                    AlertState.OPEN,
                    Instant.parse("2026-11-20T11:00:00Z"),
                    51,
                    "de",
                    "Rechnung falsch, Lastschrift zweimal eingezogen. Frechheit!");

    @Test
    void anAlertCarriesItsCasesAsSimilarCasesInTheSchema() throws Exception {
        List<SimilarCase> cases =
                SampleCases.searcher(SampleCases.cases(), CaseRetrieval.ANALYSIS_AND_MAPPINGS)
                        .search(CaseQuery.forAlert(ALERT_WITHOUT_CASES), 3)
                        .stream()
                        .map(CaseHit::toSimilarCase)
                        .toList();
        assertEquals("de-bil-01", cases.get(0).id());
        Alert alert = ALERT_WITHOUT_CASES.withSimilarCases(cases);
        JsonNode json = Json.MAPPER.readTree(AlertCodec.encode(alert));
        assertEquals(List.of(), ALERT.problems(json));
        assertEquals(3, json.get("similar_cases").size());
        List<String> fields = new ArrayList<>();
        json.get("similar_cases").get(0).fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "title", "resolution", "score", "lang"), fields);
        assertEquals(alert, AlertCodec.decode(AlertCodec.encode(alert)));
    }

    @Test
    void withoutCasesTheFieldIsOmitted() throws Exception {
        JsonNode json =
                Json.MAPPER.readTree(
                        AlertCodec.encode(ALERT_WITHOUT_CASES.withSimilarCases(List.of())));
        assertFalse(json.has("similar_cases"));
        assertEquals(List.of(), ALERT.problems(json));
        assertTrue(ALERT_WITHOUT_CASES.similarCases() == null);
    }
}
