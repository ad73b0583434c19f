package io.nabiz.jobs.replay;

/** Replay input the user can fix: a missing file, an unreadable gzip, an unknown column. */
public final class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
