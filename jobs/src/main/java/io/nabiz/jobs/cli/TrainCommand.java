package io.nabiz.jobs.cli;

import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.lang.LanguageIdTraining;
import io.nabiz.engine.analysis.sentiment.SentimentModelCodec;
import io.nabiz.engine.analysis.sentiment.training.SentimentTraining;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code nabiz train}: fits a language's sentiment model, or the language identifier, from the
 * labelled data and writes the model and its manifest into the models module's resources.
 *
 * <p>Exit codes: 0 trained and written, 1 failure, 2 bad usage or unreadable data.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train the sentiment model of one language (pooled *-train.tsv files, settings chosen"
                    + " on *-dev.tsv) or the language identifier, and write model + manifest."
        })
public final class TrainCommand implements Callable<Integer> {

    /** Relative to the repository root. */
    public static final String DEFAULT_DATA_DIR = "../shared/data";

    /** Relative to the repository root: where the engine loads models from the classpath. */
    public static final String DEFAULT_MODELS_DIR = "models/src/main/resources/io/nabiz/models";

    private static final String SENTIMENT_DIR = "sentiment";
    private static final String LANGUAGE_ID_DIR = "lang";

    @Spec private CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    private Target target;

    static final class Target {
        @Option(names = "--lang", description = "Train the sentiment model of tr, de or en.")
        String lang;

        @Option(names = "--language-id", description = "Train the language identifier instead.")
        boolean languageId;
    }

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description =
                    "Labelled data (holds sentiment/<lang>/*.tsv). Default: <repo>/"
                            + DEFAULT_DATA_DIR)
    private Path dataDir;

    @Option(
            names = "--models-dir",
            paramLabel = "DIR",
            description = "Where models are written. Default: <repo>/" + DEFAULT_MODELS_DIR)
    private Path modelsDir;

    @Override
    public Integer call() throws IOException {
        Path root = RepositoryPaths.root();
        Path data = dataDir != null ? dataDir : root.resolve(DEFAULT_DATA_DIR).normalize();
        Path models = modelsDir != null ? modelsDir : root.resolve(DEFAULT_MODELS_DIR);
        if (!Files.isDirectory(data)) {
            throw new ParameterException(spec.commandLine(), "no data directory " + data);
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> manifest;
        try {
            manifest =
                    target.languageId
                            ? trainLanguageId(data, models)
                            : trainSentiment(data, models, err);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        out.flush();
        return 0;
    }

    private Map<String, Object> trainSentiment(Path data, Path models, PrintWriter log)
            throws IOException {
        if (!LanguageAnalyzers.isSupported(target.lang)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--lang must be one of "
                            + LanguageAnalyzers.SUPPORTED
                            + ", got "
                            + target.lang);
        }
        SentimentTraining.Result result =
                new SentimentTraining(target.lang, log)
                        .run(data, SentimentTraining.DEFAULT_CANDIDATES);
        Path dir = Files.createDirectories(models.resolve(SENTIMENT_DIR));
        try (OutputStream o = Files.newOutputStream(dir.resolve(target.lang + ".model"))) {
            SentimentModelCodec.write(result.model(), o);
        }
        writeManifest(dir.resolve(target.lang + ".manifest.json"), result.manifest());
        return result.manifest();
    }

    private Map<String, Object> trainLanguageId(Path data, Path models) throws IOException {
        LanguageIdTraining.Result result =
                LanguageIdTraining.run(
                        data, LanguageAnalyzers.SUPPORTED, LanguageIdTraining.DEFAULT_BITS);
        Path dir = Files.createDirectories(models.resolve(LANGUAGE_ID_DIR));
        try (OutputStream o = Files.newOutputStream(dir.resolve("langid.model"))) {
            result.identifier().write(o);
        }
        writeManifest(dir.resolve("langid.manifest.json"), result.manifest());
        return result.manifest();
    }

    private static void writeManifest(Path file, Map<String, Object> manifest) throws IOException {
        Files.writeString(
                file,
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n");
    }
}
