package io.nabiz.engine.rule.backtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What a stream's window figures depend on besides the stream, as a short hash: the window size and
 * every class and resource of the analysis that turns a mention into counts and a sentiment (the
 * trained models and lexicons, the analysis, mention and window code). A cache of figures keyed by
 * it recomputes after a retrained model, a new lexicon or an analysis change, which the stream's
 * age alone cannot tell.
 */
public final class FiguresFingerprint {

    /** Class path folders the figures depend on. */
    static final List<String> PREFIXES =
            List.of(
                    "io/nabiz/models/",
                    "io/nabiz/engine/analysis/",
                    "io/nabiz/engine/mention/",
                    "io/nabiz/engine/privacy/",
                    "io/nabiz/engine/window/");

    private FiguresFingerprint() {}

    /** The fingerprint of figures in windows of {@code window}, from this class path. */
    public static String of(Duration window) {
        return of(window, FiguresFingerprint.class.getClassLoader());
    }

    static String of(Duration window, ClassLoader loader) {
        // Sorted by name, so the hash does not depend on the order the class path lists them in.
        TreeMap<String, byte[]> entries = new TreeMap<>();
        try {
            for (String prefix : PREFIXES) {
                Enumeration<URL> roots = loader.getResources(prefix);
                while (roots.hasMoreElements()) {
                    collect(roots.nextElement(), prefix, entries);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("no analysis classes or models on the class path");
        }
        MessageDigest sha = sha256();
        sha.update(window.toString().getBytes(StandardCharsets.UTF_8));
        entries.forEach(
                (name, bytes) -> {
                    sha.update((byte) 0);
                    sha.update(name.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(bytes);
                });
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static void collect(URL root, String prefix, TreeMap<String, byte[]> into)
            throws IOException {
        switch (root.getProtocol()) {
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    Enumeration<JarEntry> all = jar.entries();
                    while (all.hasMoreElements()) {
                        JarEntry e = all.nextElement();
                        if (!e.isDirectory() && e.getName().startsWith(prefix)) {
                            try (InputStream in = jar.getInputStream(e)) {
                                into.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
            case "file" -> {
                Path dir;
                try {
                    dir = Paths.get(root.toURI());
                } catch (java.net.URISyntaxException e) {
                    throw new IOException("bad class path folder " + root, e);
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        String name = prefix + dir.relativize(f).toString().replace('\\', '/');
                        into.put(name, Files.readAllBytes(f));
                    }
                }
            }
            default -> throw new IOException("cannot read class path entry " + root);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
