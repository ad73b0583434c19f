package io.nabiz.engine.analysis.sentiment.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.en.EnglishMessageAnalyzer;
import io.nabiz.engine.analysis.sentiment.FeatureSettings;
import io.nabiz.engine.analysis.sentiment.FeatureVector;
import io.nabiz.engine.analysis.sentiment.Featurizer;
import io.nabiz.engine.analysis.sentiment.SentimentModel;
import io.nabiz.engine.analysis.token.TermReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentTrainerTest {

    @Test
    void learnsASeparableToyTaskIncludingNegation() {
        EnglishMessageAnalyzer analyzer = new EnglishMessageAnalyzer();
        FeatureSettings settings = new FeatureSettings(14, 0, 0, false, true, false, false);
        Featurizer featurizer = Featurizer.load("en", analyzer, settings);
        String[] texts = {
            "parcel arrived", "parcel never arrived", "refund came", "no refund came"
        };
        int[] gold = {1, 0, 1, 0};
        List<FeatureVector> vectors = new ArrayList<>();
        for (String t : texts) {
            vectors.add(featurizer.features(TermReader.read(analyzer, t)));
        }
        List<SentimentLabel> labels = List.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);

        SentimentModel model =
                new SentimentTrainer(new TrainingSettings(30, 0.2, 1e-6, true, 7))
                        .train("en", labels, settings, vectors, gold);

        for (int i = 0; i < texts.length; i++) {
            assertEquals(
                    labels.get(gold[i]),
                    model.predict(vectors.get(i), EnumSet.allOf(SentimentLabel.class)).label(),
                    texts[i]);
        }
    }
}
