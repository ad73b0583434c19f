package io.nabiz.jobs.reliability;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for a condition on what a running job has committed. The limit only turns a job that never
 * gets there into a failed test instead of a hung build; no result depends on timing.
 */
final class Await {

    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final long POLL_MILLIS = 100;

    private Await() {}

    static void until(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up after " + LIMIT + " waiting until " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
