package io.nabiz.engine.cases;

import io.nabiz.engine.analysis.LanguageAnalyzers;
import io.nabiz.engine.analysis.token.Term;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the past cases most like a query in one opened case index.
 *
 * <p>The query's words are matched in their own language's field by BM25. With the project's
 * analysis, a word the index does not know is matched within one edit instead, since a word no case
 * contains is most often a typo ({@code kragom}, {@code Rechnug}). With mappings, the query's
 * aspect and its concepts ({@code config/case-terms.yaml}) match cases in any language, and the
 * query's brand is preferred. A case must share a word, a concept or the aspect to be found at all:
 * the brand alone makes nothing similar.
 *
 * <p>Thread-safe; ties between equal scores go to the case written first, so a fixed index gives
 * the same answer every time.
 */
public final class CaseSearcher {

    /** Words shorter than this are not corrected: one edit makes a different word. */
    private static final int MIN_TYPO_LENGTH = 4;

    private static final float TYPO_BOOST = 0.5f;
    private static final float ASPECT_BOOST = 1.0f;
    private static final float CONCEPT_BOOST = 1.0f;
    private static final float BRAND_BOOST = 0.5f;

    private final IndexSearcher searcher;

    /** Every case by document id: read once, so a hit costs no stored-field decompression. */
    private final List<Case> cases;

    private final Map<String, TypoCorrector> typos = new HashMap<>();
    private final CaseRetrieval retrieval;
    private final CaseAnalysis analysis;
    private final CaseTerms vocabulary;

    /**
     * @param analysis the analysis the index was written with
     */
    public CaseSearcher(
            IndexReader reader,
            CaseRetrieval retrieval,
            CaseAnalysis analysis,
            CaseTerms vocabulary)
            throws IOException {
        if (retrieval.projectAnalysis() != analysis.isProject()) {
            throw new IllegalArgumentException(
                    retrieval.label() + " does not search an index of this analysis");
        }
        this.searcher = new IndexSearcher(Objects.requireNonNull(reader, "reader"));
        this.retrieval = retrieval;
        this.analysis = analysis;
        this.vocabulary = vocabulary;
        List<Case> all = new ArrayList<>(reader.maxDoc());
        var stored = searcher.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            all.add(CaseIndex.stored(stored.document(doc)));
        }
        this.cases = List.copyOf(all);
        if (retrieval.projectAnalysis()) {
            for (String lang : LanguageAnalyzers.SUPPORTED) {
                String field = CaseIndex.textField(lang);
                typos.put(field, TypoCorrector.of(reader, field, MIN_TYPO_LENGTH));
            }
        }
    }

    /** How many cases the index holds. */
    public int size() {
        return searcher.getIndexReader().numDocs();
    }

    /** The best {@code top} cases for {@code query}, best first; empty when nothing matches. */
    public List<CaseHit> search(CaseQuery query, int top) throws IOException {
        Query q = query(query);
        if (q == null || top <= 0) {
            return List.of();
        }
        TopDocs docs = searcher.search(q, top);
        List<CaseHit> hits = new ArrayList<>(docs.scoreDocs.length);
        for (ScoreDoc d : docs.scoreDocs) {
            hits.add(new CaseHit(cases.get(d.doc), d.score));
        }
        return hits;
    }

    /** The Lucene query for {@code query}; {@code null} when it has nothing to match. */
    Query query(CaseQuery query) throws IOException {
        BooleanQuery.Builder match = new BooleanQuery.Builder();
        Set<String> aspects = new LinkedHashSet<>();
        Set<String> concepts = new LinkedHashSet<>();
        if (query.aspect() != null) {
            aspects.add(query.aspect());
        }
        int clauses = 0;
        for (Map.Entry<String, String> e : query.texts().entrySet()) {
            List<String> langs =
                    LanguageAnalyzers.isSupported(e.getKey())
                            ? List.of(e.getKey())
                            : LanguageAnalyzers.SUPPORTED;
            for (String lang : langs) {
                List<Term> terms = analysis.terms(lang, e.getValue());
                clauses += addWords(match, lang, terms);
                if (query.aspect() == null) {
                    aspects.addAll(vocabulary.aspects(terms, lang));
                }
                concepts.addAll(vocabulary.concepts(terms, lang));
            }
        }
        if (retrieval.mappings()) {
            for (String aspect : aspects) {
                match.add(
                        exact(CaseIndex.ASPECT, aspect, ASPECT_BOOST), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            for (String concept : concepts) {
                match.add(
                        exact(CaseIndex.CONCEPT, concept, CONCEPT_BOOST),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return null;
        }
        BooleanQuery.Builder q =
                new BooleanQuery.Builder().add(match.build(), BooleanClause.Occur.MUST);
        if (retrieval.mappings() && query.brand() != null) {
            q.add(exact(CaseIndex.BRAND, query.brand(), BRAND_BOOST), BooleanClause.Occur.SHOULD);
        }
        return q.build();
    }

    private int addWords(BooleanQuery.Builder match, String lang, List<Term> terms)
            throws IOException {
        String field = CaseIndex.textField(lang);
        int added = 0;
        for (String word : new LinkedHashSet<>(CaseAnalysis.indexTerms(terms))) {
            if (added >= IndexSearcher.getMaxClauseCount() / 4) {
                break;
            }
            match.add(
                    new TermQuery(new org.apache.lucene.index.Term(field, word)),
                    BooleanClause.Occur.SHOULD);
            TypoCorrector corrector = typos.get(field);
            if (corrector != null) {
                for (String known : corrector.corrections(word)) {
                    match.add(exact(field, known, TYPO_BOOST), BooleanClause.Occur.SHOULD);
                }
            }
            added++;
        }
        return added;
    }

    private static Query exact(String field, String value, float boost) {
        return new BoostQuery(new TermQuery(new org.apache.lucene.index.Term(field, value)), boost);
    }
}
