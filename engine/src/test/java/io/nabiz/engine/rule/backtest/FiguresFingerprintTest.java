package io.nabiz.engine.rule.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window-figure cache must go stale when a model changes, not only when the stream does. */
class FiguresFingerprintTest {

    private static final Duration FIVE = Duration.ofMinutes(5);

    @TempDir Path dir;

    @Test
    void aRetrainedModelOrAnotherWindowChangesTheFingerprintAndNothingElseDoes() throws Exception {
        Path classes = dir.resolve("classes");
        write(classes, "io/nabiz/models/sentiment/en.model", "weights 1");
        write(classes, "io/nabiz/engine/analysis/Lexicon.class", "code");
        write(classes, "io/nabiz/engine/alert/Other.class", "not part of the figures");
        String first = of(classes, FIVE);

        assertEquals(first, of(classes, FIVE), "same models, same fingerprint");
        write(classes, "io/nabiz/engine/alert/Other.class", "changed, but figures do not use it");
        assertEquals(first, of(classes, FIVE));
        assertNotEquals(first, of(classes, Duration.ofMinutes(10)));

        write(classes, "io/nabiz/models/sentiment/en.model", "weights 2");
        assertNotEquals(first, of(classes, FIVE), "a retrained model recomputes the figures");
    }

    @Test
    void aJarAndAFolderWithTheSameFilesAgree() throws Exception {
        Path classes = dir.resolve("classes");
        write(classes, "io/nabiz/models/lexicons/cx-en.tsv", "late\t1");
        write(classes, "io/nabiz/engine/window/Counts.class", "code");
        Path jar = dir.resolve("nabiz.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // As a shaded jar: folder entries first, so the class loader finds the folders.
            for (String folder :
                    new String[] {
                        "io/",
                        "io/nabiz/",
                        "io/nabiz/models/",
                        "io/nabiz/models/lexicons/",
                        "io/nabiz/engine/",
                        "io/nabiz/engine/window/"
                    }) {
                out.putNextEntry(new JarEntry(folder));
                out.closeEntry();
            }
            put(out, "io/nabiz/models/lexicons/cx-en.tsv", "late\t1");
            put(out, "io/nabiz/engine/window/Counts.class", "code");
        }
        assertEquals(of(classes, FIVE), of(jar, FIVE));
    }

    @Test
    void theProjectsOwnClassPathHasAFingerprint() {
        assertEquals(16, FiguresFingerprint.of(FIVE).length());
    }

    private static String of(Path root, Duration window) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return FiguresFingerprint.of(window, loader);
        }
    }

    private static void write(Path root, String name, String content) throws IOException {
        Path f = root.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }

    private static void put(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
