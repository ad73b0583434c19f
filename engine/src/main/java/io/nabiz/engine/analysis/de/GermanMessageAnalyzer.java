package io.nabiz.engine.analysis.de;

import io.nabiz.engine.analysis.negation.CueWordNegation;
import io.nabiz.engine.analysis.negation.NegationFilter;
import io.nabiz.engine.analysis.normalize.ElongationFilter;
import io.nabiz.engine.analysis.normalize.SocialNormalization;
import io.nabiz.engine.analysis.normalize.SocialTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;

/**
 * The analysis chain for German messages: lower-casing, umlaut and {@code ß} normalisation ({@code
 * ueberhaupt} = {@code überhaupt}), compound splitting against a customer-experience dictionary,
 * negation scope, then light stemming.
 *
 * <p>Compounds carry the complaint in German ({@code Lieferverzögerung}, {@code Rechnungsbetrag}):
 * the decompounder adds the known parts after the whole word, so both reach the model and the
 * aspect tagger.
 */
public final class GermanMessageAnalyzer extends Analyzer {

    /** Compound parts, one per line, in normalised form (no umlauts, {@code ss} for {@code ß}). */
    public static final String COMPOUND_PARTS_RESOURCE = "cx-compound-parts.txt";

    private static final String COMMENT = "#";
    private static final int MIN_WORD = 6;
    private static final int MIN_SUBWORD = 3;
    private static final int MAX_SUBWORD = 15;
    private static final int MAX_NEGATION_SCOPE = 3;

    private static final Set<String> NEGATORS =
            Set.of(
                    "nicht",
                    "kein",
                    "keine",
                    "keinen",
                    "keinem",
                    "keiner",
                    "keines",
                    "nie",
                    "niemals",
                    "ohne",
                    "nichts",
                    "weder",
                    "nirgends");
    private static final Set<String> SCOPE_BREAKERS = Set.of("aber", "sondern", "doch", "und");

    private final CharArraySet compoundParts = loadCompoundParts();
    private final CompoundParts compoundTrie = CompoundParts.of(compoundParts);

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new SocialTokenizer();
        TokenStream tokens = SocialNormalization.apply(source);
        tokens = new LowerCaseFilter(tokens);
        tokens = new ElongationFilter(tokens);
        tokens = new GermanNormalizationFilter(tokens);
        tokens =
                new CompoundPartFilter(
                        tokens, compoundParts, compoundTrie, MIN_WORD, MIN_SUBWORD, MAX_SUBWORD);
        tokens =
                new NegationFilter(
                        tokens, new CueWordNegation(NEGATORS, SCOPE_BREAKERS, MAX_NEGATION_SCOPE));
        tokens = new GermanLightStemFilter(tokens);
        return new TokenStreamComponents(source, tokens);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new GermanNormalizationFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet loadCompoundParts() {
        try (InputStream in =
                GermanMessageAnalyzer.class.getResourceAsStream(COMPOUND_PARTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + COMPOUND_PARTS_RESOURCE);
            }
            return WordlistLoader.getWordSet(
                    new InputStreamReader(in, StandardCharsets.UTF_8), COMMENT);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMPOUND_PARTS_RESOURCE, e);
        }
    }
}
