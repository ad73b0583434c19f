package io.nabiz.engine.analysis.aspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds which categories of a {@link TermTaxonomy} section a message mentions, by stem prefix: a
 * token starting with {@code kargo} matches {@code kargom}, {@code kargoya}, {@code kargonuz}.
 */
public final class TermTagger {

    private final Map<String, Map<String, List<String>>> categories;

    public TermTagger(Map<String, Map<String, List<String>>> categories) {
        this.categories = categories;
    }

    /**
     * Returns the matching categories in taxonomy order; with an unknown language, the stems of
     * every language are tried.
     */
    public List<String> tag(List<String> lowerCaseTokens, String lang) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<String>>> category : categories.entrySet()) {
            if (matches(category.getValue(), lowerCaseTokens, lang)) {
                found.add(category.getKey());
            }
        }
        return found;
    }

    private static boolean matches(
            Map<String, List<String>> stemsByLang, List<String> tokens, String lang) {
        List<String> stems = stemsByLang.get(lang);
        if (stems != null) {
            return anyPrefix(stems, tokens);
        }
        for (List<String> s : stemsByLang.values()) {
            if (anyPrefix(s, tokens)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyPrefix(List<String> stems, List<String> tokens) {
        for (String token : tokens) {
            for (String stem : stems) {
                if (token.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
