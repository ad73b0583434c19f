package io.nabiz.engine.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Measures how well a retrieval finds the expected case for labelled queries: hit@1, hit@3 and mean
 * reciprocal rank, per query language (same-language queries), for cross-language queries (the
 * expected case is written in another language), per way of writing, and overall.
 */
public final class CaseEvaluation {

    /** Ranks below this count as not found in the reciprocal rank. */
    public static final int DEPTH = 10;

    public static final String CROSS_LANGUAGE = "cross-language";
    public static final String OVERALL = "overall";

    /** The figures of one group of queries. */
    public record Metrics(int queries, double hitAt1, double hitAt3, double mrr) {}

    /**
     * @param groups group name → figures, in the order {@code tr, de, en, cross-language}, the ways
     *     of writing other than {@code written}, then {@code overall}
     * @param misses the queries whose expected case was not first: id → rank (0 = not in the top
     *     {@value #DEPTH})
     */
    public record Report(
            CaseRetrieval retrieval, Map<String, Metrics> groups, Map<String, Integer> misses) {}

    private CaseEvaluation() {}

    /**
     * @throws IllegalArgumentException when a query expects a case the base does not hold
     */
    public static Report evaluate(
            List<Case> cases,
            List<LabelledQuery> queries,
            CaseRetrieval retrieval,
            CaseTerms vocabulary)
            throws IOException {
        Map<String, String> caseLang =
                cases.stream().collect(Collectors.toMap(Case::id, Case::lang));
        for (LabelledQuery q : queries) {
            if (!caseLang.containsKey(q.expected())) {
                throw new IllegalArgumentException(
                        "query "
                                + q.id()
                                + " expects case "
                                + q.expected()
                                + ", which is not in the case base");
            }
        }
        CaseAnalysis analysis =
                retrieval.projectAnalysis() ? CaseAnalysis.project() : CaseAnalysis.plain();
        Map<String, List<Integer>> ranks = new LinkedHashMap<>();
        for (String lang : List.of("tr", "de", "en", CROSS_LANGUAGE)) {
            ranks.put(lang, new ArrayList<>());
        }
        Map<String, Integer> misses = new LinkedHashMap<>();
        try (Directory dir = new ByteBuffersDirectory()) {
            CaseIndex.write(dir, cases, analysis, vocabulary);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                CaseSearcher searcher = new CaseSearcher(reader, retrieval, analysis, vocabulary);
                for (LabelledQuery q : queries) {
                    int rank = rank(searcher, q);
                    boolean cross = !q.lang().equals(caseLang.get(q.expected()));
                    ranks.get(cross ? CROSS_LANGUAGE : q.lang()).add(rank);
                    if (!"written".equals(q.variant())) {
                        ranks.computeIfAbsent(q.variant(), v -> new ArrayList<>()).add(rank);
                    }
                    ranks.computeIfAbsent(OVERALL, v -> new ArrayList<>()).add(rank);
                    if (rank != 1) {
                        misses.put(q.id(), rank);
                    }
                }
            }
        }
        // Overall last, whatever the order the variants first appeared in.
        List<Integer> overall = ranks.remove(OVERALL);
        ranks.put(OVERALL, overall == null ? List.of() : overall);
        Map<String, Metrics> groups = new LinkedHashMap<>();
        ranks.forEach((group, r) -> groups.put(group, metrics(r)));
        return new Report(retrieval, groups, misses);
    }

    /** The expected case's rank, from 1; 0 when it is not in the top {@value #DEPTH}. */
    private static int rank(CaseSearcher searcher, LabelledQuery q) throws IOException {
        List<CaseHit> hits = searcher.search(CaseQuery.of(q.text(), q.lang(), q.brand()), DEPTH);
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).found().id().equals(q.expected())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Metrics metrics(List<Integer> ranks) {
        int n = ranks.size();
        if (n == 0) {
            return new Metrics(0, 0, 0, 0);
        }
        long at1 = ranks.stream().filter(r -> r == 1).count();
        long at3 = ranks.stream().filter(r -> r >= 1 && r <= 3).count();
        double rr = ranks.stream().mapToDouble(r -> r == 0 ? 0 : 1.0 / r).sum();
        return new Metrics(n, (double) at1 / n, (double) at3 / n, rr / n);
    }
}
