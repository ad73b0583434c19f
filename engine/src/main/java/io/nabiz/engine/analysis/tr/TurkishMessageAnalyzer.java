package io.nabiz.engine.analysis.tr;

import io.nabiz.engine.analysis.negation.NegationFilter;
import io.nabiz.engine.analysis.normalize.ElongationFilter;
import io.nabiz.engine.analysis.normalize.SocialNormalization;
import io.nabiz.engine.analysis.normalize.SocialTokenizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;

/**
 * The analysis chain for Turkish messages: Turkish casing, apostrophe suffixes, diacritic folding,
 * negation on the surface form, then prefix stemming.
 *
 * <p>No stopwords are removed: {@code çok}, {@code hiç} and {@code değil} are what sentiment turns
 * on.
 */
public final class TurkishMessageAnalyzer extends Analyzer {

    private final int stemLength;

    public TurkishMessageAnalyzer() {
        this(TurkishPrefixStemmer.DEFAULT_LENGTH);
    }

    public TurkishMessageAnalyzer(int stemLength) {
        this.stemLength = stemLength;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new SocialTokenizer();
        TokenStream tokens = SocialNormalization.apply(source);
        tokens = new TurkishLowerCaseFilter(tokens);
        tokens = new ElongationFilter(tokens);
        tokens = new ApostropheFilter(tokens);
        tokens = new TurkishFoldingFilter(tokens);
        tokens = new NegationFilter(tokens, new TurkishNegation());
        tokens = new TurkishPrefixStemFilter(tokens, stemLength);
        return new TokenStreamComponents(source, tokens);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new TurkishFoldingFilter(new TurkishLowerCaseFilter(in));
    }
}
