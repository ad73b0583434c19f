package io.nabiz.engine.analysis.aspect;

import io.nabiz.engine.analysis.Analysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well the whole analysis reads a tagged message set: label accuracy (three labels), aspect
 * accuracy (the found aspects equal the gold set, none included) and cue precision and recall over
 * (message, cue) pairs, with every miss listed so that a reader sees what went wrong.
 */
public final class AspectEvaluation {

    private int messages;
    private int labelsRight;
    private int aspectsRight;
    private int cuesFound;
    private int cuesRight;
    private int cuesGold;
    private final List<Map<String, Object>> misses = new ArrayList<>();

    public void add(TaggedText gold, Analysis found) {
        messages++;
        boolean label = gold.label() == found.sentiment().label();
        boolean aspects = gold.aspects().equals(new HashSet<>(found.aspects()));
        Set<String> cues = new HashSet<>(found.cues());
        cuesFound += cues.size();
        cuesGold += gold.cues().size();
        for (String cue : cues) {
            if (gold.cues().contains(cue)) {
                cuesRight++;
            }
        }
        labelsRight += label ? 1 : 0;
        aspectsRight += aspects ? 1 : 0;
        if (!label || !aspects || !cues.equals(gold.cues())) {
            Map<String, Object> miss = new LinkedHashMap<>();
            miss.put("text", gold.text());
            miss.put(
                    "label",
                    gold.label().wireName() + " → " + found.sentiment().label().wireName());
            miss.put("aspects", sorted(gold.aspects()) + " → " + sorted(found.aspects()));
            miss.put("cues", sorted(gold.cues()) + " → " + sorted(cues));
            misses.add(miss);
        }
    }

    public int messages() {
        return messages;
    }

    public double labelAccuracy() {
        return ratio(labelsRight, messages);
    }

    public double aspectAccuracy() {
        return ratio(aspectsRight, messages);
    }

    /** Found cues that are gold cues; 1 when no cue was found. */
    public double cuePrecision() {
        return cuesFound == 0 ? 1 : ratio(cuesRight, cuesFound);
    }

    /** Gold cues that were found; 1 when the set has none. */
    public double cueRecall() {
        return cuesGold == 0 ? 1 : ratio(cuesRight, cuesGold);
    }

    /** The figures and the misses as an ordered map, ready for JSON. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("messages", messages);
        out.put("labelAccuracy", round(labelAccuracy()));
        out.put("aspectAccuracy", round(aspectAccuracy()));
        out.put("cuePrecision", round(cuePrecision()));
        out.put("cueRecall", round(cueRecall()));
        out.put("cuesFound", cuesRight + " of " + cuesGold);
        out.put("misses", misses);
        return out;
    }

    private static List<String> sorted(Iterable<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(out::add);
        out.sort(null);
        return out;
    }

    private static double ratio(int n, int d) {
        return d == 0 ? 0 : (double) n / d;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
