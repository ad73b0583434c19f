package io.nabiz.engine.analysis.lang;

import io.nabiz.engine.analysis.sentiment.training.LabelledText;
import io.nabiz.engine.analysis.sentiment.training.LabelledTsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Trains the {@link LanguageIdentifier} from the texts of each language's {@code *-train.tsv} files
 * and measures it on the {@code *-dev.tsv} files: all texts, and texts of at most {@value
 * #SHORT_WORDS} words separately, since short texts are where language id fails.
 */
public final class LanguageIdTraining {

    public static final int DEFAULT_BITS = 16;
    public static final int SHORT_WORDS = 5;

    /** Add-alpha smoothing: unseen n-grams are unlikely, not impossible. */
    private static final double ALPHA = 0.1;

    private LanguageIdTraining() {}

    /** The trained identifier and its dev figures. */
    public record Result(LanguageIdentifier identifier, Map<String, Object> manifest) {}

    public static Result run(Path dataDir, List<String> languages, int bits) throws IOException {
        int l = languages.size();
        int buckets = 1 << bits;
        double[] counts = new double[buckets * l];
        double[] totals = new double[l];
        Map<String, Object> trainFiles = new LinkedHashMap<>();
        for (int i = 0; i < l; i++) {
            int lang = i;
            for (Path f : files(dataDir, languages.get(i), "-train.tsv")) {
                List<LabelledText> rows = LabelledTsv.read(f, 0, 1);
                trainFiles.put(languages.get(i) + "/" + f.getFileName(), rows.size());
                for (LabelledText row : rows) {
                    LanguageEvidence.scan(
                            row.text(),
                            bits,
                            b -> {
                                counts[b * l + lang]++;
                                totals[lang]++;
                            });
                }
            }
        }
        float[] logProbs = new float[counts.length];
        for (int b = 0; b < buckets; b++) {
            for (int i = 0; i < l; i++) {
                logProbs[b * l + i] =
                        (float)
                                Math.log(
                                        (counts[b * l + i] + ALPHA)
                                                / (totals[i] + ALPHA * buckets));
            }
        }
        LanguageIdentifier identifier = new LanguageIdentifier(languages, bits, logProbs);

        int[] all = new int[3]; // correct, abstained, total
        int[] shortTexts = new int[3];
        for (String lang : languages) {
            for (Path f : files(dataDir, lang, "-dev.tsv")) {
                for (LabelledText row : LabelledTsv.read(f, 0, 1)) {
                    String found = identifier.identify(row.text());
                    tally(all, lang, found);
                    if (row.text().trim().split("\\s+").length <= SHORT_WORDS) {
                        tally(shortTexts, lang, found);
                    }
                }
            }
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("model", "langid.model");
        manifest.put("algorithm", "naive Bayes over hashed character 1-3-grams");
        manifest.put("languages", languages);
        manifest.put("hashBits", bits);
        manifest.put("minLetters", LanguageIdentifier.MIN_LETTERS);
        manifest.put("minMargin", LanguageIdentifier.MIN_MARGIN);
        manifest.put("train", trainFiles);
        manifest.put("devAll", figures(all));
        manifest.put("devAtMost" + SHORT_WORDS + "Words", figures(shortTexts));
        return new Result(identifier, manifest);
    }

    private static void tally(int[] t, String gold, String found) {
        if (found.equals(gold)) {
            t[0]++;
        } else if (found.equals(io.nabiz.engine.analysis.Analysis.UNKNOWN_LANGUAGE)) {
            t[1]++;
        }
        t[2]++;
    }

    private static Map<String, Object> figures(int[] t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("texts", t[2]);
        m.put("accuracy", round((double) t[0] / t[2]));
        m.put("abstained", round((double) t[1] / t[2]));
        m.put("accuracyWhenAnswered", round((double) t[0] / Math.max(1, t[2] - t[1])));
        return m;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    private static List<Path> files(Path dataDir, String lang, String suffix) throws IOException {
        Path dir = dataDir.resolve("sentiment").resolve(lang);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no data directory " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
