package io.nabiz.jobs.cli;

/**
 * A job that cannot start because of what it found outside (no broker answers, topics missing):
 * exit code 1 and one line that says what to fix.
 */
public final class StartupException extends RuntimeException {
    public StartupException(String message) {
        super(message);
    }
}
