package io.nabiz.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad replay input ends with one clear line, exit code 2, and no results written. */
class ReplayBadInputTest {

    @TempDir Path dir;

    private ReplayCommandTest.Run replay(Path input, String... more) {
        String[] args = {"replay", "--input", input.toString(), "--out", out().toString()};
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return ReplayCommandTest.Run.of(all);
    }

    private Path out() {
        return dir.resolve("out");
    }

    private void assertBadInput(ReplayCommandTest.Run run, String message) throws IOException {
        assertEquals(2, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertEquals("nabiz: " + message, run.err().strip());
        assertEquals("", run.out());
        if (Files.exists(out())) {
            try (var files = Files.list(out())) {
                assertEquals(0, files.count(), "nothing written");
            }
        }
    }

    @Test
    void aMissingFile() throws IOException {
        Path missing = dir.resolve("no-such.jsonl");
        assertBadInput(replay(missing), "no such file: " + missing);
    }

    @Test
    void aGzipThatIsNotGzip() throws IOException {
        Path fake = Files.writeString(dir.resolve("fake.jsonl.gz"), "{\"v\":1}\n");
        ReplayCommandTest.Run run = replay(fake);
        assertBadInput(run, run.err().strip().substring("nabiz: ".length()));
        assertTrue(run.err().startsWith("nabiz: unreadable gzip " + fake + ": "), run.err());
    }

    @Test
    void aTruncatedGzipIsFoundBeforeTheReplayStarts() throws IOException {
        byte[] sample = Files.readAllBytes(ReplayCommandTest.SAMPLE);
        Path cut =
                Files.write(
                        dir.resolve("cut.jsonl.gz"), Arrays.copyOf(sample, sample.length * 2 / 3));
        ReplayCommandTest.Run run = replay(cut);
        assertBadInput(run, run.err().strip().substring("nabiz: ".length()));
        assertTrue(run.err().startsWith("nabiz: unreadable gzip " + cut + ": "), run.err());
    }

    @Test
    void anUnknownCsvColumn() throws IOException {
        Path csv = Files.writeString(dir.resolve("m.csv"), "id,channel,brand,ts,body\n");
        assertBadInput(
                replay(csv, "--columns", "text=message"),
                "unknown column 'message' in m.csv (columns: [id, channel, brand, ts, body])");
    }

    @Test
    void aCsvWithoutATextColumn() throws IOException {
        Path csv = Files.writeString(dir.resolve("m.csv"), "id,channel,brand,ts,body\n");
        assertBadInput(
                replay(csv),
                "m.csv has no column for 'text': name it with --columns text=COLUMN"
                        + " (columns: [id, channel, brand, ts, body])");
    }

    @Test
    void neitherFileNorKafka() throws IOException {
        ReplayCommandTest.Run run = ReplayCommandTest.Run.of("replay", "--out", out().toString());
        assertBadInput(run, "give either --input FILE or --from and --to (Kafka)");
        assertFalse(Files.exists(out()));
    }
}
