package io.nabiz.engine.analysis;

import io.nabiz.engine.analysis.de.GermanMessageAnalyzer;
import io.nabiz.engine.analysis.en.EnglishMessageAnalyzer;
import io.nabiz.engine.analysis.tr.TurkishMessageAnalyzer;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** The message analyzer for each supported language. */
public final class LanguageAnalyzers {

    public static final String TURKISH = "tr";
    public static final String GERMAN = "de";
    public static final String ENGLISH = "en";

    /** The languages the engine analyses, in a fixed order. */
    public static final List<String> SUPPORTED = List.of(TURKISH, GERMAN, ENGLISH);

    /** The languages that write compounds as one word, searched for inner stems. */
    public static final java.util.Set<String> COMPOUNDING = java.util.Set.of(GERMAN);

    private LanguageAnalyzers() {}

    /** A new analyzer for {@code lang}; analyzers are thread-safe and should be reused. */
    public static Analyzer forLanguage(String lang) {
        return switch (lang) {
            case TURKISH -> new TurkishMessageAnalyzer();
            case GERMAN -> new GermanMessageAnalyzer();
            case ENGLISH -> new EnglishMessageAnalyzer();
            default ->
                    throw new IllegalArgumentException(
                            "unsupported language '" + lang + "', expected one of " + SUPPORTED);
        };
    }

    public static boolean isSupported(String lang) {
        return lang != null && SUPPORTED.contains(lang);
    }
}
