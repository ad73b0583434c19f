package io.nabiz.engine.cases;

import io.nabiz.engine.alert.Alert;
import io.nabiz.engine.alert.SimilarCase;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.lucene.index.DirectoryReader;

/**
 * The live version of a {@link CaseBase}, opened read-only and switched to a newer version when the
 * pointer moves: looked at no more often than every {@code checkEvery}, so a lookup costs a file
 * read only now and then.
 *
 * <p>Not thread-safe: one per task (a Flink subtask, a command).
 */
public final class CaseLibrary implements Closeable {

    private final CaseBase base;
    private final long checkEveryNanos;
    private final LongSupplier nanoClock;
    private final CaseAnalysis analysis = CaseAnalysis.project();
    private final CaseTerms vocabulary;

    private String version;
    private DirectoryReader reader;
    private CaseSearcher searcher;
    private long checkedAt;
    private boolean checked;

    /**
     * @param nanoClock {@link System#nanoTime}, or a test's clock
     */
    public CaseLibrary(
            CaseBase base, CaseTerms vocabulary, Duration checkEvery, LongSupplier nanoClock) {
        this.base = base;
        this.vocabulary = vocabulary;
        this.checkEveryNanos = checkEvery.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The version in use, or empty while none was published. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /**
     * The searcher of the live version, after switching to a newer one if it is time to look; empty
     * while nothing was published.
     *
     * @throws IOException when the pointer or a new version cannot be read; the version in use
     *     stays, and the next call tries again
     */
    public Optional<CaseSearcher> searcher() throws IOException {
        long now = nanoClock.getAsLong();
        if (!checked || now - checkedAt >= checkEveryNanos) {
            checked = true;
            checkedAt = now;
            Optional<String> live = base.currentVersion();
            if (live.isPresent() && !live.get().equals(version)) {
                open(live.get());
            }
        }
        return Optional.ofNullable(searcher);
    }

    /** The {@code top} cases most like {@code alert}, best first. */
    public List<SimilarCase> similar(Alert alert, int top) throws IOException {
        Optional<CaseSearcher> s = searcher();
        if (s.isEmpty()) {
            return List.of();
        }
        return s.get().search(CaseQuery.forAlert(alert), top).stream()
                .map(CaseHit::toSimilarCase)
                .toList();
    }

    private void open(String next) throws IOException {
        DirectoryReader opened = base.openReader(next);
        DirectoryReader old = reader;
        reader = opened;
        searcher =
                new CaseSearcher(opened, CaseRetrieval.ANALYSIS_AND_MAPPINGS, analysis, vocabulary);
        version = next;
        if (old != null) {
            old.close();
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
            searcher = null;
        }
    }
}
