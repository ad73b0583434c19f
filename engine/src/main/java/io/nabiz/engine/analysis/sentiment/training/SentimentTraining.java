package io.nabiz.engine.analysis.sentiment.training;

import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.sentiment.FeatureSettings;
import io.nabiz.engine.analysis.sentiment.FeatureVector;
import io.nabiz.engine.analysis.sentiment.Featurizer;
import io.nabiz.engine.analysis.sentiment.SentimentLexicon;
import io.nabiz.engine.analysis.sentiment.SentimentModel;
import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.analysis.token.TermReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;

/**
 * Trains one language's sentiment model: pools all of the language's {@code *-train.tsv} files,
 * tries each candidate setting (with and without character n-grams, three step sizes, two training
 * lengths, two L2 strengths), keeps the one with the best mean macro-F1 over the language's {@code
 * *-dev.tsv} files, and reports what it did as a manifest.
 *
 * <p>Pooling domains (reviews, complaints, tweets) generalises better to unseen customer messages
 * than a model per source; dev files only choose settings, they are never trained on.
 */
public final class SentimentTraining {

    public static final String TRAIN_SUFFIX = "-train.tsv";
    public static final String DEV_SUFFIX = "-dev.tsv";

    /** The candidates tried by default: character n-grams, step sizes, epochs and L2. */
    public static final List<Candidate> DEFAULT_CANDIDATES = defaultCandidates();

    private final String lang;
    private final Analyzer analyzer;
    private final SentimentLexicon lexicon;
    private final PrintWriter log;

    /** A setting to try. */
    public record Candidate(FeatureSettings features, TrainingSettings training) {}

    /** The chosen model and the manifest describing data, settings and dev figures. */
    public record Result(SentimentModel model, Map<String, Object> manifest) {}

    public SentimentTraining(String lang, PrintWriter log) {
        this.lang = lang;
        this.analyzer = LanguageAnalyzers.forLanguage(lang);
        this.lexicon = SentimentLexicon.load(lang, analyzer);
        this.log = log;
    }

    /** Trains from {@code <dataDir>/sentiment/<lang>/}. */
    public Result run(Path dataDir, List<Candidate> candidates) throws IOException {
        Path dir = dataDir.resolve("sentiment").resolve(lang);
        List<Path> trainFiles = files(dir, TRAIN_SUFFIX);
        List<Path> devFiles = files(dir, DEV_SUFFIX);
        if (trainFiles.isEmpty()) {
            throw new IllegalArgumentException("no *" + TRAIN_SUFFIX + " files in " + dir);
        }
        List<LabelledText> train = new ArrayList<>();
        List<Map<String, Object>> trainManifest = new ArrayList<>();
        for (Path f : trainFiles) {
            List<LabelledText> rows = LabelledTsv.read(f, 0, 1);
            train.addAll(rows);
            trainManifest.add(describe(f, rows.size()));
        }
        List<SentimentLabel> labels = SentimentEvaluator.labelsOf(train);
        int[] gold = new int[train.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = labels.indexOf(train.get(i).label());
        }
        List<List<Term>> trainTerms = analyse(train);
        Map<Path, List<LabelledText>> dev = new LinkedHashMap<>();
        Map<Path, List<List<Term>>> devTerms = new LinkedHashMap<>();
        for (Path f : devFiles) {
            List<LabelledText> rows = LabelledTsv.read(f, 0, 1);
            dev.put(f, rows);
            devTerms.put(f, analyse(rows));
        }

        SentimentModel best = null;
        Candidate bestCandidate = null;
        Map<Path, Evaluation> bestDev = null;
        double bestScore = -1;
        List<Map<String, Object>> tried = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Featurizer featurizer = new Featurizer(candidate.features(), lexicon);
            List<FeatureVector> vectors = new ArrayList<>(trainTerms.size());
            for (List<Term> terms : trainTerms) {
                vectors.add(featurizer.features(terms).compact());
            }
            SentimentModel model =
                    new SentimentTrainer(candidate.training())
                            .train(lang, labels, candidate.features(), vectors, gold);
            Map<Path, Evaluation> results = new LinkedHashMap<>();
            double sum = 0;
            for (Path f : devFiles) {
                Evaluation e = evaluate(model, featurizer, dev.get(f), devTerms.get(f));
                results.put(f, e);
                sum += e.macroF1();
            }
            double score = devFiles.isEmpty() ? 0 : sum / devFiles.size();
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("features", candidate.features());
            point.put("training", candidate.training());
            point.put("meanDevMacroF1", Evaluation.round(score));
            tried.add(point);
            log.printf(
                    Locale.ROOT,
                    "%s %s %s mean dev macro-F1 %.4f%n",
                    lang,
                    candidate.features(),
                    candidate.training(),
                    score);
            log.flush();
            if (score > bestScore) {
                bestScore = score;
                best = model;
                bestCandidate = candidate;
                bestDev = results;
            }
        }

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("lang", lang);
        manifest.put("model", lang + ".model");
        manifest.put("algorithm", "multinomial logistic regression, AdaGrad SGD, hashed features");
        manifest.put("labels", labels.stream().map(SentimentLabel::wireName).toList());
        manifest.put("train", trainManifest);
        manifest.put("features", bestCandidate.features());
        manifest.put("training", bestCandidate.training());
        Map<String, Object> devFigures = new LinkedHashMap<>();
        for (Map.Entry<Path, Evaluation> e : bestDev.entrySet()) {
            Map<String, Object> figures =
                    new LinkedHashMap<>(describe(e.getKey(), dev.get(e.getKey()).size()));
            figures.put("macroF1", Evaluation.round(e.getValue().macroF1()));
            figures.put("accuracy", Evaluation.round(e.getValue().accuracy()));
            devFigures.put(e.getKey().getFileName().toString(), figures);
        }
        manifest.put("dev", devFigures);
        manifest.put("candidates", tried);
        return new Result(best, manifest);
    }

    private Evaluation evaluate(
            SentimentModel model,
            Featurizer featurizer,
            List<LabelledText> rows,
            List<List<Term>> terms) {
        List<SentimentLabel> labels = SentimentEvaluator.labelsOf(rows);
        Set<SentimentLabel> allowed = EnumSet.copyOf(labels);
        Evaluation e = new Evaluation(labels);
        for (int i = 0; i < rows.size(); i++) {
            e.add(
                    rows.get(i).label(),
                    model.predict(featurizer.features(terms.get(i)), allowed).label());
        }
        return e;
    }

    private List<List<Term>> analyse(List<LabelledText> rows) {
        List<List<Term>> out = new ArrayList<>(rows.size());
        for (LabelledText row : rows) {
            out.add(TermReader.read(analyzer, row.text()));
        }
        return out;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no data directory " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Map<String, Object> describe(Path file, int rows) throws IOException {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("file", file.getParent().getFileName() + "/" + file.getFileName());
        d.put("rows", rows);
        d.put("sha256", sha256(file));
        return d;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static List<Candidate> defaultCandidates() {
        List<Candidate> out = new ArrayList<>();
        for (int charMax : new int[] {0, 5}) {
            for (double learningRate : new double[] {0.05, 0.1, 0.2}) {
                // Longer averaged training with a little more L2 lets the weights of the many
                // rare n-grams settle instead of stopping wherever the tenth pass left them.
                for (int epochs : new int[] {10, 40}) {
                    for (double l2 : new double[] {1e-6, 1e-5}) {
                        out.add(
                                new Candidate(
                                        new FeatureSettings(
                                                20, charMax == 0 ? 0 : 3, charMax, true, true),
                                        new TrainingSettings(epochs, learningRate, l2, true, 42)));
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
