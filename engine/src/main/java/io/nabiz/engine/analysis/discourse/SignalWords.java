package io.nabiz.engine.analysis.discourse;

import io.nabiz.engine.analysis.token.Term;
import io.nabiz.engine.analysis.token.TermReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * One language's signal phrases ({@code signals-<lang>.tsv}: {@code kind<TAB>phrase}), each run
 * through the language's analyzer so that it is written the way message words arrive (folded,
 * contractions expanded), and matched on consecutive words' surface forms. A word the analyzer
 * reads as negated in the phrase matches only a negated word ({@code almayın} is the root {@code
 * al} negated, which a plain {@code al}, "buy it", must not match).
 */
public final class SignalWords {

    /** The phrase kinds of a signals file. */
    public enum Kind {
        QUESTION,
        /** A question word ({@code nasıl}, {@code kim}); asks unless a conditional follows. */
        QUESTION_WORD,
        INTERROGATIVE,
        COMPLAINT_QUESTION,
        REQUEST,
        RESOLVED,
        THANKS,
        SARCASM_OPENER,
        SARCASM,
        AGAIN,
        STILL,
        /**
         * Time spent waiting ({@code for three days}, {@code on hold}): overdue whatever follows.
         */
        WAITING,
        INTENSIFIER,
        /**
         * A fixed expression whose negation judges nothing ({@code kusura bakmayın}, "excuse me";
         * {@code yok artık}, "no way"; {@code yalan yok}, "honestly"): no litotes from it to its
         * clause's end.
         */
        IDIOM,
        /** Advice not to buy or use ({@code kesinlikle almayın}, {@code tavsiye etmiyorum}). */
        WARNING,
        /** A contrast ({@code ama}, {@code fakat}): what follows praise is a reservation. */
        CONTRAST,
        /**
         * An exception ({@code dışında}, {@code başka}): "no other problem" names one, so a negated
         * negative after it in the sentence is a reservation.
         */
        EXCEPTION,
        /**
         * What the customer has yet to do themselves ({@code henüz denemedim}, "I haven't tried it
         * yet"; {@code hâlâ anlayamıyorum}): a "still not" about it is nothing overdue.
         */
        OWN_ACTION,
        /**
         * A conditional verb ending, written as {@code *sa}: a question word right before a
         * conditional opens a correlative clause, not a question ({@code nasıl biliyorsa öyle
         * yapsın}, "let him do as he knows best"). Kept apart from the phrases and asked only of
         * the word after a {@link #QUESTION_WORD}.
         */
        CONDITIONAL
    }

    private static final String RESOURCE = "/io/nabiz/models/lexicons/signals-%s.tsv";
    private static final char COMMENT = '#';
    private static final String PREFIX_MARK = "*";
    private static final int MIN_CONDITIONAL_STEM = 2;

    /**
     * A phrase's words; the last one matches as a prefix when {@code prefix}; a word marked in
     * {@code negated} matches only a negated word.
     */
    record Phrase(Kind kind, String[] words, boolean[] negated, boolean prefix) {

        /** A cheap first test: whether {@code surface} starts with the phrase's first letter. */
        boolean mayStart(String surface) {
            return words[0].isEmpty()
                    || (!surface.isEmpty() && surface.charAt(0) == words[0].charAt(0));
        }

        /** Whether the phrase starts at word {@code at} of {@code terms}. */
        boolean matchesAt(List<Term> terms, int at) {
            if (at + words.length > terms.size()) {
                return false;
            }
            for (int i = 0; i < words.length; i++) {
                Term term = terms.get(at + i);
                String surface = term.surface();
                boolean last = i == words.length - 1;
                if (!(last && prefix ? surface.startsWith(words[i]) : surface.equals(words[i]))
                        || (negated[i] && !term.negated())) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The phrases that start with one word: those whose second word matches exactly by that word,
     * since many share a first word ({@code for a day}, {@code for two hours}, … {@code seit drei
     * Tagen}) and a message word should not be compared with all of them; the others in a list.
     */
    private record Starting(List<Phrase> phrases, Map<String, List<Phrase>> bySecondWord) {}

    /** Phrases by their first word, so that a message word costs one lookup. */
    private final Map<String, Starting> byFirstWord = new HashMap<>();

    /** One-word prefix phrases ({@code teşekkür*}), few per language, tried on every word. */
    private final List<Phrase> prefixes = new ArrayList<>();

    /** The conditional verb endings, as written (folded). */
    private final List<String> conditionalEndings;

    private SignalWords(List<Phrase> phrases, List<String> conditionalEndings) {
        this.conditionalEndings = List.copyOf(conditionalEndings);
        for (Phrase p : phrases) {
            if (p.prefix() && p.words().length == 1) {
                prefixes.add(p);
            } else {
                Starting starting =
                        byFirstWord.computeIfAbsent(
                                p.words()[0],
                                w -> new Starting(new ArrayList<>(), new HashMap<>()));
                if (p.words().length > 2 || (p.words().length == 2 && !p.prefix())) {
                    starting.bySecondWord()
                            .computeIfAbsent(p.words()[1], w -> new ArrayList<>())
                            .add(p);
                } else {
                    starting.phrases().add(p);
                }
            }
        }
    }

    /** The shipped phrases of {@code lang}, analysed with {@code analyzer}; fails when missing. */
    public static SignalWords load(String lang, Analyzer analyzer) {
        String path = String.format(RESOURCE, lang);
        List<Phrase> phrases = new ArrayList<>();
        List<String> conditionalEndings = new ArrayList<>();
        try (InputStream in = SignalWords.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing signals resource " + path);
            }
            BufferedReader reader =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.charAt(0) == COMMENT) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(path + ":" + lineNumber + ": kind<TAB>phrase");
                }
                Kind kind =
                        Kind.valueOf(
                                line.substring(0, tab).replace('-', '_').toUpperCase(Locale.ROOT));
                String text = line.substring(tab + 1).trim();
                if (kind == Kind.CONDITIONAL) {
                    conditionalEndings.add(text.substring(PREFIX_MARK.length()));
                    continue;
                }
                boolean prefix = text.endsWith(PREFIX_MARK);
                if (prefix) {
                    text = text.substring(0, text.length() - 1);
                }
                List<Term> terms = TermReader.read(analyzer, text);
                String[] words = new String[terms.size()];
                boolean[] negated = new boolean[terms.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = terms.get(i).surface();
                    negated[i] = terms.get(i).negated();
                }
                if (words.length > 0) {
                    phrases.add(new Phrase(kind, words, negated, prefix));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return new SignalWords(phrases, conditionalEndings);
    }

    /**
     * Whether {@code surface} ends as a conditional verb does ({@code biliyorsa}), with a verb stem
     * of at least two letters before the ending ({@code sen}, "you", is none).
     */
    boolean isConditional(String surface) {
        for (String ending : conditionalEndings) {
            if (surface.length() >= ending.length() + MIN_CONDITIONAL_STEM
                    && surface.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The kinds of the phrases that start at word {@code at}, as bits {@code 1 << ordinal}. */
    int kindsAt(List<Term> terms, int at) {
        int kinds = 0;
        String surface = terms.get(at).surface();
        Starting starting = byFirstWord.get(surface);
        if (starting != null) {
            kinds |= kindsAt(starting.phrases(), terms, at);
            if (at + 1 < terms.size()) {
                kinds |=
                        kindsAt(
                                starting.bySecondWord().get(terms.get(at + 1).surface()),
                                terms,
                                at);
            }
        }
        for (Phrase p : prefixes) {
            if (p.mayStart(surface) && p.matchesAt(terms, at)) {
                kinds |= 1 << p.kind().ordinal();
            }
        }
        return kinds;
    }

    /** The kinds of the {@code candidates} (may be null) that start at word {@code at}. */
    private static int kindsAt(List<Phrase> candidates, List<Term> terms, int at) {
        int kinds = 0;
        if (candidates != null) {
            for (Phrase p : candidates) {
                if (p.matchesAt(terms, at)) {
                    kinds |= 1 << p.kind().ordinal();
                }
            }
        }
        return kinds;
    }
}
