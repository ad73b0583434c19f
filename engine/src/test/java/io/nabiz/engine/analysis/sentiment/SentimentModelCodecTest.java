package io.nabiz.engine.analysis.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.analysis.SentimentLabel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentModelCodecTest {

    @Test
    void roundTripKeepsWeightsWithinQuantisationError() throws IOException {
        FeatureSettings settings = new FeatureSettings(10, 3, 5, true, true, true, false);
        List<SentimentLabel> labels = List.of(SentimentLabel.NEGATIVE, SentimentLabel.POSITIVE);
        float[] w = new float[settings.buckets() * labels.size()];
        w[0] = 1.5f;
        w[7] = -0.25f;
        w[w.length - 1] = 0.001f;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SentimentModelCodec.write(new SentimentModel("tr", labels, settings, w, 0.8, 0.7), out);

        SentimentModel read = SentimentModelCodec.read(new ByteArrayInputStream(out.toByteArray()));

        assertEquals("tr", read.lang());
        assertEquals(labels, read.labels());
        assertEquals(settings, read.settings());
        assertEquals(0.8, read.temperature());
        assertEquals(0.7, read.priorGate());
        float step = 1.5f / Short.MAX_VALUE;
        for (int i = 0; i < w.length; i++) {
            assertEquals(w[i], read.weights()[i], step, "weight " + i);
        }
    }
}
