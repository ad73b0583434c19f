package io.nabiz.engine.analysis.sentiment.training;

import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.SentimentLabel;
import io.nabiz.engine.analysis.aspect.TermTagger;
import io.nabiz.engine.analysis.aspect.TermTaxonomy;
import io.nabiz.engine.analysis.discourse.SignalDetector;
import io.nabiz.engine.analysis.discourse.SignalWords;
import io.nabiz.engine.analysis.sentiment.FeatureSettings;
import io.nabiz.engine.analysis.sentiment.FeatureVector;
import io.nabiz.engine.analysis.sentiment.Featurizer;
import io.nabiz.engine.analysis.sentiment.SentimentLexicon;
import io.nabiz.engine.analysis.sentiment.SentimentModel;
import io.nabiz.engine.analysis.sentiment.ServicePriors;
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
 * tries each candidate setting, scores it by the mean of its {@value #FOLDS}-fold cross-validated
 * macro-F1 on the pooled training data and its mean macro-F1 over the language's {@code *-dev.tsv}
 * files, keeps the best, fits the kept model's temperature on its out-of-fold scores, chooses its
 * {@link PriorGateSelection prior gate}, and reports what it did as a manifest.
 *
 * <p>Pooling domains (reviews, complaints, tweets) generalises better to unseen customer messages
 * than a model per source. Cross-validation makes the choice rest on thousands of training texts
 * rather than on a few hundred dev texts, so that a setting is not kept for fitting one dev file;
 * dev files are never trained on.
 */
public final class SentimentTraining {

    public static final String TRAIN_SUFFIX = "-train.tsv";
    public static final String DEV_SUFFIX = "-dev.tsv";

    /** Folds of the cross-validation. */
    public static final int FOLDS = 5;

    private static final long FOLD_SEED = 7;

    /** The customer-service sentences of a language, shipped with the configuration. */
    public static final String SERVICE_SET_RESOURCE = "/config/samples/cx-sentences-%s.tsv";

    private static final String FIELD = "text";

    /** The tagger's section of cues. */
    private static final int CUES = 1;

    /** The candidates tried by default: character n-grams, step sizes, epochs and L2. */
    public static final List<Candidate> DEFAULT_CANDIDATES = defaultCandidates();

    private final String lang;
    private final Analyzer analyzer;
    private final SentimentLexicon lexicon;
    private final SignalDetector signals;
    private final TermTagger tagger;
    private final PrintWriter log;

    /** A setting to try. */
    public record Candidate(FeatureSettings features, TrainingSettings training) {}

    /** The chosen model and the manifest describing data, settings and dev figures. */
    public record Result(SentimentModel model, Map<String, Object> manifest) {}

    public SentimentTraining(String lang, PrintWriter log) {
        this.lang = lang;
        this.analyzer = LanguageAnalyzers.forLanguage(lang);
        this.lexicon = SentimentLexicon.load(lang, analyzer);
        this.signals = new SignalDetector(SignalWords.load(lang, analyzer));
        TermTaxonomy taxonomy = TermTaxonomy.loadDefault();
        // Aspects and cues in one tagger, as the analysis tags them, so that a cue is found here
        // exactly when it is found in a message.
        this.tagger =
                new TermTagger(
                        List.of(taxonomy.aspects(), taxonomy.cues()),
                        (l, stem) -> analyzer.normalize(FIELD, stem).utf8ToString(),
                        LanguageAnalyzers.COMPOUNDING);
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

        int[] fold = folds(gold.length);
        SentimentModel best = null;
        Featurizer bestFeaturizer = null;
        Candidate bestCandidate = null;
        Map<Path, Evaluation> bestDev = null;
        double[][] bestOutOfFold = null;
        double bestScore = -1;
        double bestCv = 0;
        List<Map<String, Object>> tried = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Featurizer featurizer = new Featurizer(candidate.features(), lexicon, signals);
            List<FeatureVector> vectors = new ArrayList<>(trainTerms.size());
            for (List<Term> terms : trainTerms) {
                vectors.add(featurizer.features(terms).compact());
            }
            double[][] outOfFold = new double[gold.length][];
            double cv = crossValidate(candidate, labels, vectors, gold, fold, outOfFold);
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
            double meanDev = devFiles.isEmpty() ? cv : sum / devFiles.size();
            double score = (cv + meanDev) / 2;
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("features", candidate.features());
            point.put("training", candidate.training());
            point.put("cvMacroF1", Evaluation.round(cv));
            point.put("meanDevMacroF1", Evaluation.round(meanDev));
            tried.add(point);
            log.printf(
                    Locale.ROOT,
                    "%s %s %s cv macro-F1 %.4f, mean dev macro-F1 %.4f%n",
                    lang,
                    candidate.features(),
                    candidate.training(),
                    cv,
                    meanDev);
            log.flush();
            if (score > bestScore) {
                bestScore = score;
                bestCv = cv;
                best = model;
                bestFeaturizer = featurizer;
                bestCandidate = candidate;
                bestDev = results;
                bestOutOfFold = outOfFold;
            }
        }
        double temperature = Calibration.fitTemperature(bestOutOfFold, gold);
        best = best.withTemperature(temperature);
        List<double[]> calibratedOutOfFold = new ArrayList<>(gold.length);
        for (double[] s : bestOutOfFold) {
            double[] c = s.clone();
            for (int j = 0; j < c.length; j++) {
                c[j] /= temperature;
            }
            calibratedOutOfFold.add(c);
        }
        List<PriorGateSelection.ScoredSet> devSets = new ArrayList<>();
        for (Path f : devFiles) {
            devSets.add(
                    scored(
                            f.getFileName().toString(),
                            best,
                            bestFeaturizer,
                            dev.get(f),
                            devTerms.get(f),
                            null));
        }
        List<LabelledText> service =
                LabelledTsv.readResource(
                        String.format(SERVICE_SET_RESOURCE, lang),
                        LabelledTsv.DEFAULT_TEXT_COLUMN,
                        LabelledTsv.DEFAULT_LABEL_COLUMN);
        PriorGateSelection.Choice gate =
                new PriorGateSelection(labels)
                        .choose(
                                scored(
                                        "train",
                                        best,
                                        bestFeaturizer,
                                        train,
                                        trainTerms,
                                        calibratedOutOfFold),
                                devSets,
                                scored(
                                        "service",
                                        best,
                                        bestFeaturizer,
                                        service,
                                        analyse(service),
                                        null));
        best = best.withPriorGate(gate.gate()).withStanceGate(gate.stanceGate());

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("lang", lang);
        manifest.put("model", lang + ".model");
        manifest.put(
                "algorithm",
                "multinomial logistic regression, AdaGrad SGD with averaging, hashed features,"
                        + " temperature-calibrated");
        manifest.put("labels", labels.stream().map(SentimentLabel::wireName).toList());
        manifest.put("train", trainManifest);
        manifest.put("features", bestCandidate.features());
        manifest.put("training", bestCandidate.training());
        manifest.put("temperature", Evaluation.round(temperature));
        manifest.put("selection", "mean of " + FOLDS + "-fold cv macro-F1 and mean dev macro-F1");
        manifest.put("cvMacroF1", Evaluation.round(bestCv));
        manifest.put("cvCalibration", Calibration.report(bestOutOfFold, gold, temperature));
        manifest.put("priorGate", gate.gate());
        manifest.put(
                "priorGateSelection",
                "best mean of cv and mean dev macro-F1 with the service priors, among the gates"
                        + " keeping the customer-service sentences at label accuracy >= "
                        + PriorGateSelection.SERVICE_FLOOR);
        manifest.put("priorGates", gate.tried());
        manifest.put("stanceGate", gate.stanceGate());
        manifest.put(
                "stanceGateSelection",
                "the same rule for the litotes and threat priors, at the chosen prior gate, among"
                        + " the stance gates "
                        + PriorGateSelection.STANCE_GATES);
        manifest.put("stanceGates", gate.stanceTried());
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

    /**
     * Macro-F1 over all training texts, each predicted by the model fitted without its fold; the
     * raw scores of those predictions go to {@code outOfFold}.
     */
    private double crossValidate(
            Candidate candidate,
            List<SentimentLabel> labels,
            List<FeatureVector> vectors,
            int[] gold,
            int[] fold,
            double[][] outOfFold) {
        Evaluation e = new Evaluation(labels);
        Set<SentimentLabel> allowed = EnumSet.copyOf(labels);
        for (int f = 0; f < FOLDS; f++) {
            List<FeatureVector> train = new ArrayList<>();
            List<Integer> trainGold = new ArrayList<>();
            for (int i = 0; i < gold.length; i++) {
                if (fold[i] != f) {
                    train.add(vectors.get(i));
                    trainGold.add(gold[i]);
                }
            }
            SentimentModel model =
                    new SentimentTrainer(candidate.training())
                            .train(
                                    lang,
                                    labels,
                                    candidate.features(),
                                    train,
                                    trainGold.stream().mapToInt(Integer::intValue).toArray());
            for (int i = 0; i < gold.length; i++) {
                if (fold[i] == f) {
                    outOfFold[i] = model.scores(vectors.get(i));
                    e.add(
                            labels.get(gold[i]),
                            model.predict(outOfFold[i].clone(), allowed).label());
                }
            }
        }
        return e.macroF1();
    }

    /** A fold per training text, shuffled with a fixed seed and dealt out evenly. */
    private static int[] folds(int n) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(FOLD_SEED));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % FOLDS;
        }
        return fold;
    }

    /**
     * {@code rows} read by {@code featurizer}, with their threat cues and the model's calibrated
     * scores; {@code scores} given (out-of-fold) or, when null, from {@code model}.
     */
    private PriorGateSelection.ScoredSet scored(
            String name,
            SentimentModel model,
            Featurizer featurizer,
            List<LabelledText> rows,
            List<List<Term>> terms,
            List<double[]> scores) {
        List<SentimentLabel> gold = new ArrayList<>(rows.size());
        List<Featurizer.Reading> readings = new ArrayList<>(rows.size());
        boolean[] threats = new boolean[rows.size()];
        List<double[]> own = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            gold.add(rows.get(i).label());
            Featurizer.Reading reading = featurizer.read(terms.get(i));
            readings.add(reading);
            threats[i] =
                    ServicePriors.isThreat(
                            tagger.tagSections(terms.get(i), lang).get(CUES),
                            terms.get(i),
                            t -> tagger.tagSections(t, lang).get(CUES));
            if (scores == null) {
                own.add(model.scores(reading.vector()));
            }
        }
        return new PriorGateSelection.ScoredSet(
                name, gold, readings, threats, scores == null ? own : scores);
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

    /**
     * Words alone, with the training lengths and step sizes that led before (short light training;
     * longer averaged training whose many rare n-gram weights settle under a little more L2), each
     * also with a stronger L2 (fewer rare n-grams decide a reading alone, which generalises), and
     * three departures from the short light setting: the message's signals as features, character
     * 3–5-grams that span word boundaries, and an average of three fits on different shuffles.
     */
    private static List<Candidate> defaultCandidates() {
        FeatureSettings words = new FeatureSettings(20, 0, 0, false, true, true, false);
        FeatureSettings signals = new FeatureSettings(20, 0, 0, false, true, true, true);
        FeatureSettings chars = new FeatureSettings(20, 3, 5, true, true, true, false);
        TrainingSettings light = new TrainingSettings(10, 0.05, 1e-6, true, 42);
        return List.of(
                new Candidate(words, light),
                new Candidate(words, new TrainingSettings(10, 0.1, 1e-6, true, 42)),
                new Candidate(words, new TrainingSettings(40, 0.1, 1e-6, true, 42)),
                new Candidate(words, new TrainingSettings(40, 0.2, 1e-5, true, 42)),
                new Candidate(words, new TrainingSettings(10, 0.05, 1e-4, true, 42)),
                new Candidate(words, new TrainingSettings(40, 0.2, 3e-5, true, 42)),
                new Candidate(signals, light),
                new Candidate(chars, light),
                new Candidate(words, new TrainingSettings(10, 0.05, 1e-6, true, 42, 3)));
    }
}
