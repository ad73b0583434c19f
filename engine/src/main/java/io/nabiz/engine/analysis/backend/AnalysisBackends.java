package io.nabiz.engine.analysis.backend;

import java.util.ServiceLoader;

/** Finds an {@link AnalysisBackend} on the classpath by name. */
public final class AnalysisBackends {

    private AnalysisBackends() {}

    /**
     * @throws IllegalArgumentException naming the build profile to use when the backend is absent
     */
    public static AnalysisBackend load(String name) {
        for (AnalysisBackend backend : ServiceLoader.load(AnalysisBackend.class)) {
            if (backend.name().equals(name)) {
                return backend;
            }
        }
        throw new IllegalArgumentException(
                "analyzer '"
                        + name
                        + "' is not on the classpath; build with `mvn -P"
                        + name
                        + " ...` to include it and its models");
    }
}
