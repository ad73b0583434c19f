package io.nabiz.engine.cases;

import io.nabiz.engine.alert.SimilarCase;

/** A case the search found, with its score. */
public record CaseHit(Case found, double score) {

    /** As an alert carries it: the score rounded to three decimals, the same digits every run. */
    public SimilarCase toSimilarCase() {
        return new SimilarCase(
                found.id(),
                found.title(),
                found.resolution(),
                Math.round(score * 1000) / 1000.0,
                found.lang());
    }
}
