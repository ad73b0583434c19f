package io.nabiz.engine.cases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A case base on disk: immutable versions ({@code v-000001/}, each a Lucene index and the {@code
 * cases.jsonl} it was built from) and a pointer file {@code CURRENT} naming the live one.
 *
 * <p>Readers never see a half-written index: a version is written under a temporary name, renamed
 * into place, and only then does the pointer move, itself replaced by an atomic rename. A reader
 * that polls the pointer ({@link CaseLibrary}) switches to a new version without a restart, and
 * keeps reading its old one until it does; the last {@value #KEEP_VERSIONS} versions are kept for
 * that. One writer at a time: {@link #publish} holds a file lock.
 */
public final class CaseBase {

    public static final String POINTER = "CURRENT";
    public static final String CASES_FILE = "cases.jsonl";
    static final String INDEX_DIR = "index";
    private static final String VERSION_PREFIX = "v-";
    private static final String LOCK_FILE = ".lock";
    private static final int KEEP_VERSIONS = 3;

    private final Path root;
    private final CaseTerms vocabulary;

    public CaseBase(Path root, CaseTerms vocabulary) {
        this.root = root;
        this.vocabulary = vocabulary;
    }

    public Path root() {
        return root;
    }

    /** The live version's name, or empty when nothing was published yet. */
    public Optional<String> currentVersion() throws IOException {
        try {
            String name = Files.readString(root.resolve(POINTER), StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** The live version's cases, in index order; empty when nothing was published yet. */
    public List<Case> cases() throws IOException {
        Optional<String> version = currentVersion();
        return version.isEmpty() ? List.of() : readCases(version.get());
    }

    /**
     * Builds a new version from {@code cases} and makes it the live one.
     *
     * @return the new version's name
     */
    public String publish(List<Case> cases) throws IOException {
        return locked(() -> write(cases));
    }

    /**
     * Adds the cases whose ids the live version does not hold yet and publishes the result; does
     * nothing when there are none, so adding the same cases again is harmless.
     *
     * @return the cases added
     */
    public List<Case> append(List<Case> candidates) throws IOException {
        // Read and write under one lock: two learners must not both add the same incident.
        return locked(
                () -> {
                    List<Case> all = new ArrayList<>(cases());
                    Set<String> ids = new HashSet<>();
                    all.forEach(c -> ids.add(c.id()));
                    List<Case> added = new ArrayList<>();
                    for (Case c : candidates) {
                        if (ids.add(c.id())) {
                            added.add(c);
                        }
                    }
                    if (!added.isEmpty()) {
                        all.addAll(added);
                        write(all);
                    }
                    return added;
                });
    }

    private interface LockedWork<T> {
        T run() throws IOException;
    }

    private <T> T locked(LockedWork<T> work) throws IOException {
        Files.createDirectories(root);
        try (FileChannel lockFile =
                        FileChannel.open(
                                root.resolve(LOCK_FILE),
                                StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                FileLock lock = lockFile.lock()) {
            return work.run();
        }
    }

    private String write(List<Case> cases) throws IOException {
        String name = String.format("%s%06d", VERSION_PREFIX, lastVersionNumber() + 1);
        Path tmp = root.resolve(".tmp-" + name);
        deleteRecursively(tmp);
        Files.createDirectories(tmp);
        try (Writer out = Files.newBufferedWriter(tmp.resolve(CASES_FILE))) {
            CaseCodec.write(cases, out);
        }
        try (Directory dir = FSDirectory.open(tmp.resolve(INDEX_DIR))) {
            CaseIndex.write(dir, cases, CaseAnalysis.project(), vocabulary);
        }
        Files.move(tmp, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        Path pointerTmp = root.resolve(POINTER + ".tmp");
        Files.writeString(pointerTmp, name + "\n", StandardCharsets.UTF_8);
        Files.move(
                pointerTmp,
                root.resolve(POINTER),
                StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        prune();
        return name;
    }

    /** Opens {@code version}'s index read-only. */
    DirectoryReader openReader(String version) throws IOException {
        return DirectoryReader.open(FSDirectory.open(root.resolve(version).resolve(INDEX_DIR)));
    }

    private List<Case> readCases(String version) throws IOException {
        Path file = root.resolve(version).resolve(CASES_FILE);
        try (BufferedReader lines = Files.newBufferedReader(file)) {
            return new CaseCodec(vocabulary.aspectNames()).read(lines, file.toString());
        } catch (InvalidCasesException e) {
            // Only publish() writes these files, from cases that were read and checked.
            throw new IllegalStateException("corrupt case base version " + file, e);
        }
    }

    private int lastVersionNumber() throws IOException {
        return versions().stream()
                .map(v -> Integer.parseInt(v.substring(VERSION_PREFIX.length())))
                .max(Integer::compare)
                .orElse(0);
    }

    private List<String> versions() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(VERSION_PREFIX + "\\d{6}"))
                    .sorted()
                    .toList();
        }
    }

    private void prune() throws IOException {
        List<String> versions = versions();
        for (int i = 0; i < versions.size() - KEEP_VERSIONS; i++) {
            deleteRecursively(root.resolve(versions.get(i)));
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder())
                    .forEach(
                            p -> {
                                try {
                                    Files.delete(p);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        }
    }
}
