package io.nabiz.engine.analysis.aspect;

import io.nabiz.engine.analysis.token.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Finds which categories of a {@link TermTaxonomy} section (aspects, or cues) a message mentions: a
 * normalised word matches a category when it starts with one of the category's stems ({@code kargo}
 * matches {@code kargom}, {@code kargoya}; {@code liefer} matches the decompounded part of {@code
 * Lieferverzögerung}).
 */
public final class TermTagger {

    /** A long holds the category bits. */
    private static final int MAX_CATEGORIES = Long.SIZE;

    private final List<String> names;
    private final Map<String, PrefixTrie> byLanguage = new HashMap<>();
    private final PrefixTrie anyLanguage = new PrefixTrie();

    /**
     * @param categories category → language → stems
     * @param normalizer (language, stem) → the stem as that language's analyzer normalises words
     */
    public TermTagger(
            Map<String, Map<String, List<String>>> categories,
            BiFunction<String, String, String> normalizer) {
        if (categories.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("at most " + MAX_CATEGORIES + " categories");
        }
        this.names = List.copyOf(categories.keySet());
        for (int c = 0; c < names.size(); c++) {
            for (Map.Entry<String, List<String>> e : categories.get(names.get(c)).entrySet()) {
                PrefixTrie trie = byLanguage.computeIfAbsent(e.getKey(), k -> new PrefixTrie());
                for (String stem : e.getValue()) {
                    String normalised = normalizer.apply(e.getKey(), stem);
                    trie.add(normalised, c);
                    anyLanguage.add(normalised, c);
                }
            }
        }
    }

    /**
     * The matching categories in taxonomy order; for a language without stems of its own (e.g.
     * {@code und}) every language's stems are tried.
     */
    public List<String> tag(List<Term> terms, String lang) {
        PrefixTrie trie = byLanguage.getOrDefault(lang, anyLanguage);
        long found = 0;
        for (Term term : terms) {
            found |= trie.match(term.surface());
        }
        List<String> out = new ArrayList<>(Long.bitCount(found));
        for (int c = 0; c < names.size(); c++) {
            if ((found & (1L << c)) != 0) {
                out.add(names.get(c));
            }
        }
        return out;
    }
}
