package io.nabiz.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.analysis.aspect.TermTaxonomy;
import io.nabiz.engine.analysis.backend.AnalysisBackend;
import io.nabiz.engine.analysis.backend.Entity;
import io.nabiz.engine.analysis.lang.LanguageIdentifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How {@link MentionAnalyzer} consults the optional backends, with a stand-in for CoreNLP. */
class MentionAnalyzerBackendTest {

    /** Calls every English message positive and finds one organisation in every message. */
    private static final class CheerfulBackend implements AnalysisBackend {
        @Override
        public String name() {
            return "cheerful";
        }

        @Override
        public Set<String> sentimentLanguages() {
            return Set.of("en");
        }

        @Override
        public Sentiment sentiment(String text, String lang, Set<SentimentLabel> allowed) {
            return new Sentiment(SentimentLabel.POSITIVE, 1, 1);
        }

        @Override
        public List<Entity> entities(String text, String lang) {
            return List.of(new Entity("Acme", Entity.ORG));
        }
    }

    private static MentionAnalyzer analyzer(AnalysisBackend sentiment, AnalysisBackend entities) {
        return new MentionAnalyzer(
                TermTaxonomy.loadDefault(), LanguageIdentifier.loadDefault(), sentiment, entities);
    }

    @Test
    void sentimentBackendScoresOnlyItsLanguages() {
        MentionAnalyzer analyzer = analyzer(new CheerfulBackend(), AnalysisBackend.NONE);

        Analysis en = analyzer.analyze("The service was terrible, I want a refund", "en");
        assertEquals(SentimentLabel.POSITIVE, en.sentiment().label());
        assertEquals(List.of(), en.entities());
        Analysis tr = analyzer.analyze("Kargo hala gelmedi", "tr");
        assertEquals(SentimentLabel.NEGATIVE, tr.sentiment().label());
    }

    @Test
    void entityBackendAttachesEntitiesAndLeavesSentimentToTheModels() {
        MentionAnalyzer analyzer = analyzer(AnalysisBackend.NONE, new CheerfulBackend());

        Analysis en = analyzer.analyze("The service was terrible, I want a refund", "en");
        assertEquals(SentimentLabel.NEGATIVE, en.sentiment().label());
        assertEquals(List.of(new Entity("Acme", Entity.ORG)), en.entities());
    }

    @Test
    void theDefaultFindsNoEntities() {
        Analysis de = MentionAnalyzer.loadDefault().analyze("Telekom Berlin, kein Netz", "de");
        assertEquals(List.of(), de.entities());
    }
}
