package io.nabiz.engine.rule;

import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Judges all of one brand's keys for one window together: aspects alphabetically, then aspects
 * narrowed by language or channel, the brand as a whole last, so one incident opens at one key
 * level only (see {@link KeyFamilies}), and the order — and so the output — is the same in every
 * run.
 *
 * <p>The stream processor's rule operator and the engine-level backtest both call this, so a
 * backtest opens the same incidents as a replay through the real job.
 */
public final class BrandJudge {

    /**
     * Where a brand's key histories live, by {@link IncidentKey#path()}: keyed state in a stream
     * processor, a map elsewhere.
     */
    public interface Histories {
        KeyHistory get(String path) throws Exception;

        void put(String path, KeyHistory history) throws Exception;

        Iterable<Map.Entry<String, KeyHistory>> entries() throws Exception;
    }

    /**
     * What one window of a brand gave.
     *
     * @param incidentOpen whether some key of the brand has an open incident afterwards: it must be
     *     judged at the next window's end even if nobody mentions it
     */
    public record Outcome(List<Judgement> judgements, boolean incidentOpen) {}

    private BrandJudge() {}

    /**
     * @param now the brand's keys that had mentions in the window ending at {@code end}, by path
     */
    public static Outcome judge(
            RuleEngine rules,
            String brand,
            Instant end,
            TreeMap<String, WindowStats> now,
            Histories histories)
            throws Exception {
        KeyFamilies families = new KeyFamilies();
        // Keys with an open incident are judged even when silent: silence must resolve them.
        for (Map.Entry<String, KeyHistory> e : histories.entries()) {
            if (e.getValue().incidentOpen()) {
                IncidentKey key = IncidentKey.ofPath(brand, e.getKey());
                families.openBefore(key);
                if (!now.containsKey(e.getKey())) {
                    now.put(
                            e.getKey(),
                            WindowStats.empty(key, end.minus(rules.rules().window()), end));
                }
            }
        }
        // The brand as a whole: an aspect must stand out from the rest of it.
        WindowStats wholeBrand = now.get(IncidentKey.BRAND_WIDE);
        KeyHistory brandHistory = wholeBrand == null ? null : histories.get(IncidentKey.BRAND_WIDE);
        KeyLevel level =
                brandHistory == null ? KeyLevel.UNKNOWN : rules.level(brandHistory, wholeBrand);
        boolean incidentOpen = false;
        List<Judgement> judgements = new ArrayList<>();
        for (WindowStats w : KeyFamilies.ordered(now.values())) {
            String path = w.key().path();
            KeyHistory h = histories.get(path);
            if (h == null) {
                h = new KeyHistory();
            }
            Optional<Judgement> judgement =
                    rules.onWindow(h, w, families.explained(w.key()), level);
            judgement.ifPresent(judgements::add);
            // A key explains the others of its family (and the brand's rise) while its incident
            // is open or its rules fire.
            families.judged(w.key(), h.incidentOpen() || h.firing());
            histories.put(path, h);
            incidentOpen |= h.incidentOpen();
        }
        return new Outcome(judgements, incidentOpen);
    }
}
