package io.nabiz.jobs.cli;

import io.nabiz.engine.analysis.backend.AnalysisBackend;
import io.nabiz.engine.analysis.backend.AnalysisBackends;
import picocli.CommandLine.Option;

/**
 * The {@code --analyzer} option shared by {@code analyze} and {@code eval-sentiment}: which engine
 * scores sentiment. Backends other than the trained models come from optional build profiles
 * ({@code -Pcorenlp}) and are found on the classpath.
 */
final class BackendOptions {

    /** The trained models of the {@code models} module, the default in every language. */
    static final String MODEL = "model";

    @Option(
            names = "--analyzer",
            paramLabel = "NAME",
            defaultValue = MODEL,
            description =
                    "Sentiment engine: model (the trained models, default) or corenlp (Stanford"
                            + " CoreNLP sentence sentiment, English only; needs a -Pcorenlp build).")
    String analyzer;

    /**
     * The backend named by {@code --analyzer}, or {@link AnalysisBackend#NONE} for the trained
     * models.
     *
     * @throws IllegalArgumentException when that backend is not on the classpath
     */
    AnalysisBackend sentimentBackend() {
        return MODEL.equals(analyzer) ? AnalysisBackend.NONE : AnalysisBackends.load(analyzer);
    }
}
