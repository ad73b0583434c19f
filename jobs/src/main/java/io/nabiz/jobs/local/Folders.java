package io.nabiz.jobs.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Cleans up the temporary folders the local stack works in. */
public final class Folders {

    private Folders() {}

    /** Deletes a folder and everything in it; best effort, since a leftover must not fail a run. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A folder in the temp area that outlives the run costs disk, not correctness; the walk
            // also fails when a local cluster still shutting down removes its own folders first.
        }
    }
}
