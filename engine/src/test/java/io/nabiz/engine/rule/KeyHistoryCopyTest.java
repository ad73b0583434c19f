package io.nabiz.engine.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.json.Json;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyHistoryCopyTest {

    private final RuleEngine engine =
            new RuleEngine(RuleSetLoader.loadDefault(), Playbooks.loadDefault());
    private final Windows windows = new Windows(new IncidentKey("acme", "delivery"));

    private void feed(KeyHistory h, WindowStats w) {
        engine.onWindow(h, w, false, KeyLevel.UNKNOWN);
    }

    @Test
    void aCopyHoldsEverythingTheHistoryHoldsAndSharesNothingWithIt() throws Exception {
        KeyHistory h = new KeyHistory();
        long[] noise = {1, 2, 1, 0, 2, 1};
        for (int i = 0; i < 3 * 288; i++) {
            feed(
                    h,
                    windows.next(
                            noise[i % 6], 1, noise[(i + 2) % 6], 1, Map.of("kargo", 1L), null));
            if (i % 50 == 0) {
                windows.skip(7);
            }
        }
        for (int i = 0; i < 4 && !h.incidentOpen(); i++) {
            feed(h, windows.next(5, 5, 120, 100, Map.of("iade", 90L, "kargo", 40L), null));
        }
        assertTrue(h.incidentOpen(), "the fixture opens an incident, so its fields are set");
        String json = Json.MAPPER.writeValueAsString(h);
        KeyHistory copy = h.copy();
        // Every field: a field the copy forgets is missing or at its default in the JSON.
        assertEquals(json, Json.MAPPER.writeValueAsString(copy));
        feed(copy, windows.next(5, 5, 150, 120, Map.of("iade", 100L), null));
        assertNotEquals(json, Json.MAPPER.writeValueAsString(copy));
        assertEquals(json, Json.MAPPER.writeValueAsString(h), "the original is untouched");
    }
}
