package io.nabiz.jobs.board;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One open Server-Sent Events stream: the frames waiting for it, in order. A client that falls too
 * far behind is closed rather than buffered without bound; its browser reconnects and starts again
 * from a fresh snapshot.
 */
final class LiveClient {

    private static final String CLOSED = "";

    private final BlockingQueue<String> frames;
    private volatile boolean closed;

    LiveClient(int capacity) {
        this.frames = new LinkedBlockingQueue<>(capacity);
    }

    /** Queues one event; never blocks the caller, who is feeding every client. */
    void send(String event, String json) {
        if (closed) {
            return;
        }
        // JSON from Jackson is one line, so one data line carries it.
        if (!frames.offer("event: " + event + "\ndata: " + json + "\n\n")) {
            close();
        }
    }

    /** The next frame, or {@code null} when none came within {@code wait}. */
    String next(Duration wait) throws InterruptedException {
        String frame = frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        return frame == CLOSED ? null : frame;
    }

    boolean closed() {
        return closed;
    }

    void close() {
        closed = true;
        frames.clear();
        frames.offer(CLOSED); // wakes the writer
    }
}
