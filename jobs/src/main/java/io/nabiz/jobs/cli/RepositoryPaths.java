package io.nabiz.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root from the working directory, so that commands run from any module folder
 * resolve the default data and model locations the same way.
 */
final class RepositoryPaths {

    /** A folder is the root when it holds this file, which only the root has. */
    private static final String ROOT_MARKER = "config/aspects.yaml";

    private RepositoryPaths() {}

    /**
     * The nearest ancestor of the working directory holding {@value #ROOT_MARKER}, or the working
     * directory.
     */
    static Path root() {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(ROOT_MARKER))) {
                return p;
            }
        }
        return cwd;
    }
}
