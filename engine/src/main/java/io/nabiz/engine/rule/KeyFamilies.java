package io.nabiz.engine.rule;

import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.WindowStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a brand's keys may open an incident in one window, so one incident is alerted at one key
 * level only: a brand × aspect key and its narrowed keys (by language, channel) form a family with
 * at most one open incident, and the brand as a whole stays quiet while any family explains the
 * rise.
 *
 * <p>The broadest key speaks first: keys are judged aspects first, then narrowed keys, the brand as
 * a whole last. A narrowed key opens only what its aspect does not see — Turkish speakers on chat
 * about delivery while delivery as a whole is calm — and once it has, the aspect key stays quiet
 * until that incident resolves. One instance judges one brand's window.
 */
final class KeyFamilies {

    /** Aspect keys, then narrowed keys, then the brand as a whole; by path within each. */
    static final Comparator<WindowStats> JUDGING_ORDER =
            Comparator.comparingInt((WindowStats w) -> rank(w.key()))
                    .thenComparing(w -> w.key().path());

    /** Aspects a key has been busy on (incident open or rules firing) in this window. */
    private final Set<String> busy = new HashSet<>();

    /** Per aspect, the narrowed keys whose incident was open before this window. */
    private final Map<String, Set<String>> openNarrowed = new HashMap<>();

    /** Notes a key whose incident was open before this window. */
    void openBefore(IncidentKey key) {
        if (key.isNarrowed()) {
            openNarrowed.computeIfAbsent(key.aspect(), a -> new HashSet<>()).add(key.path());
        }
    }

    /** Whether another key of the brand already explains {@code key} in this window. */
    boolean explained(IncidentKey key) {
        if (key.isBrandWide()) {
            return !busy.isEmpty();
        }
        Set<String> narrowedOpen = openNarrowed.getOrDefault(key.aspect(), Set.of());
        if (!key.isNarrowed()) {
            return !narrowedOpen.isEmpty();
        }
        return busy.contains(key.aspect())
                || narrowedOpen.stream().anyMatch(p -> !p.equals(key.path()));
    }

    /** Notes how a key came out of its judgement: busy when its incident is open or rules fire. */
    void judged(IncidentKey key, boolean keyBusy) {
        if (keyBusy && !key.isBrandWide()) {
            busy.add(key.aspect());
        }
    }

    static List<WindowStats> ordered(Iterable<WindowStats> windows) {
        List<WindowStats> ordered = new ArrayList<>();
        windows.forEach(ordered::add);
        ordered.sort(JUDGING_ORDER);
        return ordered;
    }

    private static int rank(IncidentKey key) {
        if (key.isBrandWide()) {
            return 2;
        }
        return key.isNarrowed() ? 1 : 0;
    }
}
