package io.nabiz.engine.analysis.token;

import org.apache.lucene.util.Attribute;

/**
 * A token attribute that says whether the token lies inside a negation's scope.
 *
 * <p>Negation is carried beside the term rather than spelled into it, so that stemmers see plain
 * words and the featurizer can still tell {@code gel} from {@code gel} under {@code gelmedi}.
 */
public interface NegationAttribute extends Attribute {

    boolean isNegated();

    void setNegated(boolean negated);
}
