package io.nabiz.engine.cases;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.analysis.Analysis;
import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.window.IncidentKey;
import io.nabiz.engine.window.Sample;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What to look for in the case base.
 *
 * @param texts language → the words written in it; a text in no supported language (e.g. {@code
 *     und}) is searched in every language's field
 * @param brand prefer this brand's cases; {@code null} for any
 * @param aspect the aspect the query is about; {@code null} to tag it from the texts
 */
public record CaseQuery(Map<String, String> texts, String brand, String aspect) {

    public CaseQuery {
        // Sorted, so the same query builds the same Lucene query in every run.
        texts = new TreeMap<>(Objects.requireNonNull(texts, "texts"));
    }

    public static CaseQuery of(String text, String lang, String brand) {
        return new CaseQuery(Map.of(lang, text), brand, null);
    }

    /**
     * The query for an alert: its brand and aspect, its sample mentions in their languages, and its
     * top terms, which go with the language most samples are written in.
     */
    public static CaseQuery forAlert(Alert alert) {
        List<Sample> samples = alert.evidence() == null ? List.of() : alert.evidence().samples();
        Map<String, String> texts = new TreeMap<>();
        for (Sample s : samples) {
            texts.merge(s.lang(), s.text(), (a, b) -> a + "\n" + b);
        }
        String terms =
                alert.evidence() == null ? "" : String.join(" ", alert.evidence().terms().keySet());
        if (!terms.isEmpty()) {
            String lang = dominantLanguage(samples).orElse(Analysis.UNKNOWN_LANGUAGE);
            texts.merge(lang, terms, (a, b) -> a + "\n" + b);
        }
        IncidentKey key = alert.key();
        boolean namedAspect = !key.isBrandWide() && !IncidentKey.GENERAL.equals(key.aspect());
        return new CaseQuery(texts, key.brand(), namedAspect ? key.aspect() : null);
    }

    /**
     * The supported language most samples are in (ties: the first in alphabetical order); empty
     * when none is.
     */
    static Optional<String> dominantLanguage(List<Sample> samples) {
        return samples.stream()
                .map(Sample::lang)
                .filter(LanguageAnalyzers::isSupported)
                .collect(Collectors.groupingBy(l -> l, TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }
}
