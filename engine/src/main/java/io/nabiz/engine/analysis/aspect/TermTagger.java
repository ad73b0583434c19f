package io.nabiz.engine.analysis.aspect;

import io.nabiz.engine.analysis.token.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Finds which categories of a {@link TermTaxonomy} section (aspects, or cues) a message mentions: a
 * normalised word matches a category when it starts with one of the category's stems ({@code kargo}
 * matches {@code kargom}, {@code kargoya}; {@code liefer} matches the decompounded part of {@code
 * Lieferverzögerung}).
 *
 * <p>In a compounding language (German) a long word also matches a stem that starts inside it, from
 * its third letter on: compounds name their topic last ({@code Handyrechnung}, {@code Grundgebühr})
 * and past participles wrap the stem ({@code gekündigt}), and no dictionary of compound parts lists
 * them all.
 */
public final class TermTagger {

    /** A long holds the category bits. */
    private static final int MAX_CATEGORIES = Long.SIZE;

    /** Shorter words are not compounds; inner matches start at this offset at the earliest. */
    private static final int MIN_COMPOUND_WORD = 8;

    private static final int MIN_COMPOUND_OFFSET = 2;

    /** An inner match needs at least this many letters left: a stem, not a suffix. */
    private static final int MIN_INNER_STEM = 4;

    /** Every section's category names, one after the other. */
    private final List<String> names;

    /** The index after each section's last name. */
    private final int[] sectionEnds;

    private final Map<String, PrefixTrie> byLanguage = new HashMap<>();
    private final PrefixTrie anyLanguage = new PrefixTrie();
    private final Set<String> compounding;

    /**
     * @param categories category → language → stems
     * @param normalizer (language, stem) → the stem as that language's analyzer normalises words
     * @param compounding the languages whose long words are searched for inner stems
     */
    public TermTagger(
            Map<String, Map<String, List<String>>> categories,
            BiFunction<String, String, String> normalizer,
            Set<String> compounding) {
        this(List.of(categories), normalizer, compounding);
    }

    /**
     * A tagger of several sections at once (aspects and cues): one walk per word finds the
     * categories of all of them.
     *
     * @param sections each section's category → language → stems
     */
    public TermTagger(
            List<Map<String, Map<String, List<String>>>> sections,
            BiFunction<String, String, String> normalizer,
            Set<String> compounding) {
        this.compounding = Set.copyOf(compounding);
        List<String> all = new ArrayList<>();
        sectionEnds = new int[sections.size()];
        for (int s = 0; s < sections.size(); s++) {
            all.addAll(sections.get(s).keySet());
            sectionEnds[s] = all.size();
        }
        if (all.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("at most " + MAX_CATEGORIES + " categories");
        }
        this.names = List.copyOf(all);
        int c = 0;
        for (Map<String, Map<String, List<String>>> section : sections) {
            for (Map<String, List<String>> byLang : section.values()) {
                for (Map.Entry<String, List<String>> e : byLang.entrySet()) {
                    PrefixTrie trie = byLanguage.computeIfAbsent(e.getKey(), k -> new PrefixTrie());
                    for (String stem : e.getValue()) {
                        String normalised = normalizer.apply(e.getKey(), stem);
                        trie.add(normalised, c);
                        anyLanguage.add(normalised, c);
                    }
                }
                c++;
            }
        }
    }

    /**
     * The matching categories in taxonomy order; for a language without stems of its own (e.g.
     * {@code und}) every language's stems are tried.
     */
    public List<String> tag(List<Term> terms, String lang) {
        return tagSections(terms, lang).get(0);
    }

    /** {@link #tag} of every section, in the order the sections were given. */
    public List<List<String>> tagSections(List<Term> terms, String lang) {
        PrefixTrie trie = byLanguage.getOrDefault(lang, anyLanguage);
        boolean inner = compounding.contains(lang);
        long found = 0;
        for (Term term : terms) {
            String word = term.surface();
            found |= trie.match(word);
            if (inner && word.length() >= MIN_COMPOUND_WORD) {
                for (int from = MIN_COMPOUND_OFFSET;
                        from <= word.length() - MIN_INNER_STEM;
                        from++) {
                    found |= trie.match(word, from);
                }
            }
        }
        List<List<String>> out = new ArrayList<>(sectionEnds.length);
        int c = 0;
        for (int end : sectionEnds) {
            List<String> section = new ArrayList<>();
            for (; c < end; c++) {
                if ((found & (1L << c)) != 0) {
                    section.add(names.get(c));
                }
            }
            out.add(section);
        }
        return out;
    }
}
