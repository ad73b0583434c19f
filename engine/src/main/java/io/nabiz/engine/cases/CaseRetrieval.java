package io.nabiz.engine.cases;

/**
 * The ways similar cases can be retrieved, from the plain baseline to what the engine uses; {@code
 * nabiz cases eval} measures each.
 */
public enum CaseRetrieval {
    /** BM25 over StandardAnalyzer tokens of the query's language field. */
    PLAIN_BM25("plain BM25", false, false),
    /**
     * BM25 over the project's analysis; query words the index does not know are matched within one
     * edit (typos).
     */
    ANALYSIS("project analysis", true, false),
    /**
     * The project's analysis, plus the aspect, the concepts of {@code config/case-terms.yaml} and
     * the brand: what also matches across languages. The engine's default.
     */
    ANALYSIS_AND_MAPPINGS("project analysis + aspect/term mappings", true, true);

    private final String label;
    private final boolean projectAnalysis;
    private final boolean mappings;

    CaseRetrieval(String label, boolean projectAnalysis, boolean mappings) {
        this.label = label;
        this.projectAnalysis = projectAnalysis;
        this.mappings = mappings;
    }

    public String label() {
        return label;
    }

    public boolean projectAnalysis() {
        return projectAnalysis;
    }

    public boolean mappings() {
        return mappings;
    }
}
