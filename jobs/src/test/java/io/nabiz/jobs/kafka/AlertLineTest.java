package io.nabiz.jobs.kafka;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.Severity;
import io.nabiz.engine.mention.Channel;
import io.nabiz.engine.window.Sample;
import io.nabiz.jobs.ExampleAlerts;
import org.junit.jupiter.api.Test;

class AlertLineTest {

    private static Alert withSample(long count) {
        Alert a = ExampleAlerts.opening("acme", Severity.HIGH);
        a.evidence()
                .samples()
                .add(
                        new Sample(
                                "m1",
                                Channel.CHAT,
                                a.windowEnd(),
                                "tr",
                                -0.8,
                                0,
                                "Kargo nerede? Sipariş numaram 553369",
                                count));
        return a;
    }

    @Test
    void theSampleShownSaysHowManyMentionsReadLikeIt() {
        String line = AlertLine.format(withSample(12));
        assertTrue(line.endsWith("  \"Kargo nerede? Sipariş numaram 553369\" ×12"), line);
    }

    @Test
    void aSampleThatStandsAloneShowsNoCount() {
        String line = AlertLine.format(withSample(1));
        assertTrue(line.endsWith("  \"Kargo nerede? Sipariş numaram 553369\""), line);
    }
}
