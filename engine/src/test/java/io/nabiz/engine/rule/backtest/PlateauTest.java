package io.nabiz.engine.rule.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nabiz.engine.alert.Playbooks;
import io.nabiz.engine.rule.RuleSetLoader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rise that is high at once and then no higher ({@link SyntheticSeries#plateau}), on a key noisy
 * enough for a noise hold of three windows: held to the record from before the rise, it confirms as
 * soon as the hold allows; made to set a new record every window, it waits until the noise happens
 * to give three rising windows in a row.
 */
class PlateauTest {

    private static final SyntheticSeries PLATEAU = SyntheticSeries.plateau(1.5);
    private static final Instant ONSET = PLATEAU.start(PLATEAU.anomalies().get(0).onset());

    private static List<Instant> openings(String maxConfirmWindows, boolean recordBeforeRise) {
        try (InputStream in = RuleSetLoader.class.getResourceAsStream("/config/rules.yaml")) {
            String text =
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace(
                                    "  maxConfirmWindows: 2\n",
                                    "  maxConfirmWindows: " + maxConfirmWindows + "\n")
                            .replace(
                                    "    recordBeforeRise: true\n",
                                    "    recordBeforeRise: " + recordBeforeRise + "\n");
            Playbooks playbooks = Playbooks.loadDefault();
            return new Backtest(new RuleSetLoader(playbooks).parse(text), playbooks)
                    .openings(PLATEAU.windows());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Instant> after(int minutes) {
        return List.of(ONSET.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void withoutANoiseHoldBothWaysOpenInTheRisesThirdWindow() {
        assertEquals(after(15), openings("2", false));
        assertEquals(after(15), openings("2", true));
    }

    @Test
    void underANoiseHoldARecordFromBeforeTheRiseOpensAQuarterOfAnHourSooner() {
        assertEquals(after(20), openings("3", true));
        assertEquals(after(45), openings("3", false));
    }
}
