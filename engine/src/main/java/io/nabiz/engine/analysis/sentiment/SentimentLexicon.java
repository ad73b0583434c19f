package io.nabiz.engine.analysis.sentiment;

import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.analysis.token.TermReader;
import io.nabiz.engine.analysis.token.TokenTypes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * Word valences (−5..5) keyed by the analyzer's stems: the AFINN list of the language plus the
 * project's own customer-experience entries, each run through the same analysis as messages, so
 * that inflected and diacritic-free forms find their entry.
 *
 * <p>An entry that analyses to a negated stem ({@code beğenmemek}) stores the opposite valence for
 * the plain stem; stems shared by several entries of one source get their mean. The project's own
 * entries override AFINN's for their stem: machine-translated AFINN words that share a stem with a
 * common service word ({@code müstehcen} and {@code müşteri}) would otherwise colour it, and an
 * entry of 0 clears such a stem.
 */
public final class SentimentLexicon {

    private static final String RESOURCE_DIR = "/io/nabiz/models/lexicons/";
    private static final String[] SOURCES = {"afinn-%s.tsv", "cx-%s.tsv"};
    private static final char COMMENT = '#';
    private static final float EMOJI_VALENCE = 2f;

    private final Map<String, Float> valences;

    private SentimentLexicon(Map<String, Float> valences) {
        this.valences = valences;
    }

    /** The shipped lexicon of {@code lang}, analysed with {@code analyzer}; fails when missing. */
    public static SentimentLexicon load(String lang, Analyzer analyzer) {
        Map<String, Float> valences = new HashMap<>();
        for (String source : SOURCES) {
            Map<String, float[]> sums = new HashMap<>();
            String path = RESOURCE_DIR + String.format(source, lang);
            try (InputStream in = SentimentLexicon.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("missing lexicon resource " + path);
                }
                read(in, analyzer, sums);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            sums.forEach((stem, s) -> valences.put(stem, s[0] / s[1]));
        }
        valences.values().removeIf(v -> v == 0);
        valences.put(TokenTypes.POSITIVE_EMOJI_TERM, EMOJI_VALENCE);
        valences.put(TokenTypes.NEGATIVE_EMOJI_TERM, -EMOJI_VALENCE);
        return new SentimentLexicon(valences);
    }

    private static void read(InputStream in, Analyzer analyzer, Map<String, float[]> sums)
            throws IOException {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            int tab = line.lastIndexOf('\t');
            if (tab <= 0 || line.charAt(0) == COMMENT) {
                continue;
            }
            List<Term> terms = TermReader.read(analyzer, line.substring(0, tab));
            if (terms.size() != 1) {
                continue; // multi-word entries would need phrase matching; the model learns those
            }
            Term term = terms.get(0);
            float valence = Float.parseFloat(line.substring(tab + 1).trim());
            float[] s = sums.computeIfAbsent(term.stem(), k -> new float[2]);
            s[0] += term.negated() ? -valence : valence;
            s[1]++;
        }
    }

    /** The valence of {@code stem}, 0 when unknown. */
    public float valence(String stem) {
        Float v = valences.get(stem);
        return v == null ? 0f : v;
    }

    /** The valence of each term's stem, in order: looked up once per message for all readers. */
    public float[] valences(List<Term> terms) {
        float[] out = new float[terms.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = valence(terms.get(i).stem());
        }
        return out;
    }

    public int size() {
        return valences.size();
    }
}
