package io.nabiz.engine.analysis.token;

import org.apache.lucene.util.Attribute;

/**
 * A token attribute holding the word's normalised form before stemming, so that one token carries
 * both the stem (its term) and the surface form that aspect tagging and explanations need.
 */
public interface SurfaceAttribute extends Attribute {

    String surface();

    void setSurface(String surface);
}
