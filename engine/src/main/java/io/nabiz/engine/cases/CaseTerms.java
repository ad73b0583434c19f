package io.nabiz.engine.cases;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.aspect.TermTagger;
import io.nabiz.engine.analysis.aspect.TermTaxonomy;
import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.contract.ContractSchema;
import io.nabiz.engine.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * The language-independent vocabulary of similar-case search: the aspects of {@code
 * config/aspects.yaml} and the concepts of {@code config/case-terms.yaml}, each tagged from a
 * text's analysed words in that text's language.
 *
 * <p>These tags are how a complaint finds a past case written in another language: the words
 * differ, the aspect ({@code delivery}) and the concepts ({@code doorstep}, {@code late}) do not.
 */
public final class CaseTerms {

    public static final String DEFAULT_RESOURCE = "/config/case-terms.yaml";
    public static final String SCHEMA = "case-terms.schema.json";

    private static final String FIELD = "text";
    private static final TypeReference<Map<String, Map<String, List<String>>>> SECTION =
            new TypeReference<>() {};

    private final Set<String> aspectNames;
    private final TermTagger aspects;
    private final TermTagger concepts;

    /**
     * @param concepts concept → language → stems, as in {@code config/case-terms.yaml}
     */
    public CaseTerms(TermTaxonomy taxonomy, Map<String, Map<String, List<String>>> concepts) {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (String lang : LanguageAnalyzers.SUPPORTED) {
            analyzers.put(lang, LanguageAnalyzers.forLanguage(lang));
        }
        // Stems are normalised the way the words they must match are.
        java.util.function.BiFunction<String, String, String> normalise =
                (lang, stem) -> analyzers.get(lang).normalize(FIELD, stem).utf8ToString();
        this.aspectNames = Set.copyOf(taxonomy.aspects().keySet());
        this.aspects = new TermTagger(taxonomy.aspects(), normalise, LanguageAnalyzers.COMPOUNDING);
        this.concepts = new TermTagger(concepts, normalise, LanguageAnalyzers.COMPOUNDING);
    }

    /** The shipped taxonomy and term mappings. */
    public static CaseTerms loadDefault() {
        try (InputStream in = CaseTerms.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            JsonNode node = Json.YAML.readTree(in);
            List<String> problems = ContractSchema.load(SCHEMA).problems(node);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(
                        DEFAULT_RESOURCE + " does not match " + SCHEMA + ": " + problems);
            }
            return new CaseTerms(
                    TermTaxonomy.loadDefault(),
                    Json.YAML.convertValue(node.get("concepts"), SECTION));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** The aspects a case may name. */
    public Set<String> aspectNames() {
        return aspectNames;
    }

    public List<String> aspects(List<Term> terms, String lang) {
        return aspects.tag(terms, lang);
    }

    public List<String> concepts(List<Term> terms, String lang) {
        return concepts.tag(terms, lang);
    }
}
