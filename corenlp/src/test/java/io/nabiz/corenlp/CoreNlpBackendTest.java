package io.nabiz.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.backend.AnalysisBackend;
import io.nabiz.engine.analysis.backend.AnalysisBackends;
import io.nabiz.engine.analysis.backend.Entity;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the real CoreNLP models: about a minute and 2 GB of heap, which is why this module builds
 * and tests only with {@code -Pcorenlp}.
 */
class CoreNlpBackendTest {

    private static final Set<SentimentLabel> ALL = EnumSet.allOf(SentimentLabel.class);

    private static AnalysisBackend backend;

    @BeforeAll
    static void load() {
        backend = AnalysisBackends.load(CoreNlpBackend.NAME);
    }

    @Test
    void isFoundThroughServiceLoader() {
        assertSame(CoreNlpBackend.class, backend.getClass());
        assertEquals(Set.of("en"), backend.sentimentLanguages());
    }

    @Test
    void scoresEnglishSentences() {
        assertEquals(
                SentimentLabel.NEGATIVE,
                backend.sentiment("This is the worst service ever. I hate it.", "en", ALL).label());
        assertEquals(
                SentimentLabel.POSITIVE,
                backend.sentiment("What a wonderful, friendly team!", "en", ALL).label());
        assertThrows(
                IllegalArgumentException.class, () -> backend.sentiment("Alles gut", "de", ALL));
    }

    @Test
    void findsOrganisationsAndPlacesInEnglishAndGerman() {
        assertEquals(
                List.of(new Entity("Amazon", Entity.ORG), new Entity("Seattle", Entity.LOCATION)),
                backend.entities("Amazon in Seattle did not help at all.", "en"));
        assertEquals(
                List.of(
                        new Entity("Deutschen Telekom", Entity.ORG),
                        new Entity("Berlin", Entity.LOCATION)),
                backend.entities("Ich habe bei der Deutschen Telekom in Berlin angerufen.", "de"));
        assertTrue(backend.entities("Turkcell İstanbul'da çekmiyor", "tr").isEmpty());
    }
}
