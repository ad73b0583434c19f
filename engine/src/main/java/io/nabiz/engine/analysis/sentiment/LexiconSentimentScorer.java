package io.nabiz.engine.analysis.sentiment;

import io.nabiz.engine.analysis.Sentiment;
import io.nabiz.engine.analysis.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Scores a message as the sum of its words' AFINN valences (−5..5). */
public final class LexiconSentimentScorer {

    private static final String RESOURCE = "/io/nabiz/models/lexicons/afinn-%s.tsv";

    private final Map<String, Integer> valence;

    private LexiconSentimentScorer(Map<String, Integer> valence) {
        this.valence = valence;
    }

    /** Loads the shipped AFINN list for {@code lang}; fails loudly when it is missing. */
    public static LexiconSentimentScorer forLanguage(String lang) {
        String path = String.format(Locale.ROOT, RESOURCE, lang);
        Locale locale = "tr".equals(lang) ? Locale.forLanguageTag("tr") : Locale.ROOT;
        try (InputStream in = LexiconSentimentScorer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + path);
            }
            Map<String, Integer> valence = new HashMap<>();
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    valence.put(
                            line.substring(0, tab).toLowerCase(locale),
                            Integer.parseInt(line.substring(tab + 1).trim()));
                }
            }
            return new LexiconSentimentScorer(valence);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public Sentiment score(List<String> lowerCaseTokens) {
        int sum = 0;
        int hits = 0;
        for (String t : lowerCaseTokens) {
            Integer v = valence.get(t);
            if (v != null) {
                sum += v;
                hits++;
            }
        }
        if (sum == 0) {
            return new Sentiment(SentimentLabel.NEUTRAL, 0, hits == 0 ? 0.5 : 0.6);
        }
        double score = Math.tanh(sum / 4.0);
        return new Sentiment(
                sum < 0 ? SentimentLabel.NEGATIVE : SentimentLabel.POSITIVE,
                score,
                Math.min(1, 0.5 + Math.abs(score) / 2));
    }
}
