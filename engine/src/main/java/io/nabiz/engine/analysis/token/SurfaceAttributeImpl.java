package io.nabiz.engine.analysis.token;

import java.util.Objects;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The default implementation of {@link SurfaceAttribute}, found by Lucene by naming convention. */
public final class SurfaceAttributeImpl extends AttributeImpl implements SurfaceAttribute {

    private String surface = "";

    @Override
    public String surface() {
        return surface;
    }

    @Override
    public void setSurface(String surface) {
        this.surface = Objects.requireNonNull(surface, "surface");
    }

    @Override
    public void clear() {
        surface = "";
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((SurfaceAttribute) target).setSurface(surface);
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(SurfaceAttribute.class, "surface", surface);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SurfaceAttributeImpl o && o.surface.equals(surface);
    }

    @Override
    public int hashCode() {
        return surface.hashCode();
    }
}
