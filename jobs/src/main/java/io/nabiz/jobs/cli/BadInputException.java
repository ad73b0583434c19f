package io.nabiz.jobs.cli;

/** Input the user can fix (a missing file, an invalid config): exit code 2 and one clear line. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
