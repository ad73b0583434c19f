package io.nabiz.engine.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words of one index field within one edit (insertion, deletion, substitution or swap of
 * neighbours) of a word the field does not hold: {@code kragom} → {@code kargo}, {@code routr} →
 * {@code router}.
 *
 * <p>Built once per opened index from the field's terms with the symmetric-delete idea of <a
 * href="https://github.com/wolfgarbe/SymSpell">SymSpell</a>: every known word is filed under itself
 * and each of its one-letter deletions, so a lookup costs a few hash probes where Lucene's {@code
 * FuzzyQuery} builds an automaton per word (milliseconds per alert). Candidates are checked to be
 * one edit away, so a shared deletion two edits apart is no match.
 */
final class TypoCorrector {

    private final Set<String> words = new HashSet<>();
    private final Map<String, List<String>> byDeletion = new HashMap<>();
    private final int minLength;

    private TypoCorrector(int minLength) {
        this.minLength = minLength;
    }

    /** The corrector for {@code field}'s words of at least {@code minLength} characters. */
    static TypoCorrector of(IndexReader reader, String field, int minLength) throws IOException {
        TypoCorrector c = new TypoCorrector(minLength);
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return c;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef t; (t = it.next()) != null; ) {
            String word = t.utf8ToString();
            if (word.length() >= minLength - 1) {
                c.words.add(word);
                for (String d : deletions(word)) {
                    c.byDeletion.computeIfAbsent(d, k -> new ArrayList<>()).add(word);
                }
            }
        }
        return c;
    }

    /** The known words one edit from {@code word}, in alphabetical order; none for known words. */
    Set<String> corrections(String word) {
        Set<String> out = new TreeSet<>();
        if (word.length() < minLength || words.contains(word)) {
            return out;
        }
        // A letter too many: deleting it gives the known word.
        for (String d : deletions(word)) {
            if (words.contains(d)) {
                out.add(d);
            }
            // A wrong or swapped letter: both lose it to the same deletion.
            for (String w : byDeletion.getOrDefault(d, List.of())) {
                if (oneEdit(word, w)) {
                    out.add(w);
                }
            }
        }
        // A letter missing: the word is a deletion of the known one.
        out.addAll(byDeletion.getOrDefault(word, List.of()));
        return out;
    }

    private static List<String> deletions(String word) {
        List<String> out = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }

    /** Same length, one substitution or one swap of neighbours. */
    private static boolean oneEdit(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        int first = -1;
        int diffs = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (diffs++ == 0) {
                    first = i;
                }
            }
        }
        if (diffs == 1) {
            return true;
        }
        return diffs == 2
                && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1)
                && a.charAt(first + 1) == b.charAt(first)
                && a.substring(first + 2).equals(b.substring(first + 2));
    }
}
