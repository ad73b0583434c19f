package io.nabiz.engine.cases;

import com.fasterxml.jackson.core.JacksonException;
import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A new complaint and the past case that should come first for it, one line of a labelled query set
 * ({@code config/samples/case-queries.jsonl}).
 *
 * @param variant how it is written: {@code written} (as a customer writes), {@code no-diacritics}
 *     or {@code typos}
 */
public record LabelledQuery(
        String id, String lang, String brand, String text, String expected, String variant) {

    public static final List<String> VARIANTS = List.of("written", "no-diacritics", "typos");

    /**
     * Reads a query set.
     *
     * @throws IllegalArgumentException naming the first bad line
     */
    public static List<LabelledQuery> read(BufferedReader lines, String source) throws IOException {
        List<LabelledQuery> queries = new ArrayList<>();
        int n = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            LabelledQuery q;
            try {
                q = Json.MAPPER.readValue(line, LabelledQuery.class);
            } catch (JacksonException e) {
                throw new IllegalArgumentException(
                        source + ": line " + n + ": not JSON: " + e.getOriginalMessage(), e);
            }
            if (q.id() == null
                    || q.text() == null
                    || q.expected() == null
                    || !LanguageAnalyzers.isSupported(q.lang())
                    || !VARIANTS.contains(q.variant())) {
                throw new IllegalArgumentException(
                        source
                                + ": line "
                                + n
                                + ": a query needs id, text, expected, lang (one of "
                                + LanguageAnalyzers.SUPPORTED
                                + ") and variant (one of "
                                + VARIANTS
                                + ")");
            }
            queries.add(q);
        }
        return queries;
    }
}
