package io.nabiz.jobs.functions;

import io.nabiz.engine.analysis.MentionAnalyzer;
import io.nabiz.engine.mention.Mention;
import io.nabiz.engine.window.AspectMention;
import io.nabiz.engine.window.KeyKind;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;

/**
 * Analyses mentions as {@link MentionEnricher} does, on a pool of threads of its own, for Flink's
 * ordered async operator to hand on in input order.
 *
 * <p>A replay runs at parallelism one so that its alerts do not depend on timing, which leaves the
 * analysis — most of a mention's cost — to one thread whatever the machine. Ordered, the results
 * and the watermarks between them leave the operator exactly as one thread would emit them, so the
 * replay's outputs stay the same and its analysis uses every core.
 */
public final class ParallelMentionEnricher extends RichAsyncFunction<Mention, AspectMention> {

    private final List<KeyKind> keyKinds;
    private final int threads;

    private transient MentionAnalyzer analyzer;
    private transient ExecutorService pool;

    /**
     * @param keyKinds further key kinds each aspect is also counted under (see {@link KeyKind})
     * @param threads how many mentions are analysed at once
     */
    public ParallelMentionEnricher(List<KeyKind> keyKinds, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.keyKinds = List.copyOf(keyKinds);
        this.threads = threads;
    }

    @Override
    public void open(OpenContext openContext) {
        // One analyzer for all threads: it is thread-safe, and its models are the memory.
        analyzer = MentionAnalyzer.loadDefault();
        pool = Executors.newFixedThreadPool(threads, new DaemonThreads());
    }

    @Override
    public void asyncInvoke(Mention m, ResultFuture<AspectMention> result) {
        pool.execute(
                () -> {
                    try {
                        result.complete(
                                AspectMention.of(
                                        m, analyzer.analyze(m.text(), m.lang()), keyKinds));
                    } catch (RuntimeException e) {
                        result.completeExceptionally(e);
                    }
                });
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Named daemon threads: a replay that fails must not be kept alive by its pool. */
    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "enrich-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
