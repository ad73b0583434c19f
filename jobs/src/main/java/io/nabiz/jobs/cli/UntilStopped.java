package io.nabiz.jobs.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds a serving command until the process is asked to stop (Ctrl-C, SIGTERM), then lets the
 * command close what it started before the JVM exits: a shutdown hook alone would kill the
 * command's thread before its cleanup ran.
 */
final class UntilStopped implements AutoCloseable {

    private static final long CLEANUP_SECONDS = 20;

    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch cleaned = new CountDownLatch(1);

    UntilStopped() {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    stop.countDown();
                                    try {
                                        cleaned.await(CLEANUP_SECONDS, TimeUnit.SECONDS);
                                    } catch (InterruptedException e) {
                                        Thread.currentThread().interrupt();
                                    }
                                },
                                "nabiz-stop"));
    }

    /** Blocks until the process is asked to stop. */
    void await() throws InterruptedException {
        stop.await();
    }

    /** The command has cleaned up: the process may exit. */
    @Override
    public void close() {
        cleaned.countDown();
    }
}
