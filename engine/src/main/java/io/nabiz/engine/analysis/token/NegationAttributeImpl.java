package io.nabiz.engine.analysis.token;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/**
 * The default implementation of {@link NegationAttribute}, found by Lucene by naming convention.
 */
public final class NegationAttributeImpl extends AttributeImpl implements NegationAttribute {

    private boolean negated;

    @Override
    public boolean isNegated() {
        return negated;
    }

    @Override
    public void setNegated(boolean negated) {
        this.negated = negated;
    }

    @Override
    public void clear() {
        negated = false;
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((NegationAttribute) target).setNegated(negated);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(NegationAttribute.class, "negated", negated);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NegationAttributeImpl o && o.negated == negated;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(negated);
    }
}
