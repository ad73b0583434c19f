package io.nabiz.engine.analysis.en;

import io.nabiz.engine.analysis.negation.CueWordNegation;
import io.nabiz.engine.analysis.negation.NegationFilter;
import io.nabiz.engine.analysis.normalize.ElongationFilter;
import io.nabiz.engine.analysis.normalize.SocialNormalization;
import io.nabiz.engine.analysis.normalize.SocialTokenizer;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * The analysis chain for English messages: lower-casing, contractions ({@code hasn't} → has not),
 * negation scope, then Porter stemming.
 */
public final class EnglishMessageAnalyzer extends Analyzer {

    private static final int MAX_NEGATION_SCOPE = 3;

    private static final Set<String> NEGATORS =
            Set.of(
                    EnglishContractions.NOT,
                    "no",
                    "never",
                    "nothing",
                    "nobody",
                    "none",
                    "neither",
                    "nor",
                    "without",
                    "nowhere",
                    "hardly");
    private static final Set<String> SCOPE_BREAKERS = Set.of("but", "and", "however", "though");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new SocialTokenizer();
        TokenStream tokens = SocialNormalization.apply(source);
        tokens = new LowerCaseFilter(tokens);
        tokens = new ElongationFilter(tokens);
        tokens = new EnglishContractionFilter(tokens);
        tokens =
                new NegationFilter(
                        tokens, new CueWordNegation(NEGATORS, SCOPE_BREAKERS, MAX_NEGATION_SCOPE));
        tokens = new PorterStemFilter(tokens);
        return new TokenStreamComponents(source, tokens);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
