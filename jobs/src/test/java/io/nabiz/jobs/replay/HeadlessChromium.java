package io.nabiz.jobs.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real headless Chromium (the Debian {@code chromium} package) that loads a page from disk, for
 * checking what a browser makes of the report: its DOM after scripts ran, its console, a
 * screenshot. The browser has no network.
 */
public final class HeadlessChromium {

    private static final long TIMEOUT_SECONDS = 90;

    /** What the page left behind: the DOM after its scripts ran, and every console message. */
    public record Page(String dom, List<String> console) {}

    private final Path work;

    /**
     * @param work a folder for fresh browser profiles and logs
     */
    public HeadlessChromium(Path work) {
        this.work = work;
    }

    public Page load(Path html) throws IOException, InterruptedException {
        Path dom = work.resolve("dom.html");
        Path log = work.resolve("chromium.log");
        run(List.of("--enable-logging=stderr", "--v=0", "--dump-dom", url(html)), dom, log);
        List<String> console = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.contains(":CONSOLE")) {
                console.add(line);
            }
        }
        return new Page(Files.readString(dom, StandardCharsets.UTF_8), console);
    }

    public void screenshot(Path html, Path png, int width, int height)
            throws IOException, InterruptedException {
        Files.deleteIfExists(png);
        run(
                List.of(
                        "--hide-scrollbars",
                        "--window-size=" + width + "," + height,
                        "--screenshot=" + png.toAbsolutePath(),
                        url(html)),
                work.resolve("screenshot.out"),
                work.resolve("screenshot.log"));
        assertTrue(Files.isRegularFile(png), "chromium wrote no screenshot");
    }

    private void run(List<String> args, Path stdout, Path stderr)
            throws IOException, InterruptedException {
        List<String> command = offline(Files.createTempDirectory(work, "profile-"), "");
        command.addAll(args);
        Process p =
                new ProcessBuilder(command)
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile())
                        .start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        assertEquals(0, p.exitValue(), () -> "chromium failed: " + read(stderr));
    }

    /**
     * A headless browser command with a fresh profile and no network: no host name resolves (except
     * {@code reachable}, when not empty), so a page that fetched its scripts would draw nothing
     * here, and "works offline" is checked, not assumed.
     */
    public static List<String> offline(Path profile, String reachable) {
        List<String> command = new ArrayList<>();
        command.add(binary().toString());
        command.addAll(
                List.of(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--host-resolver-rules=MAP * ~NOTFOUND"
                                + (reachable.isEmpty() ? "" : ", EXCLUDE " + reachable),
                        "--user-data-dir=" + profile));
        return command;
    }

    private static String url(Path html) {
        return html.toAbsolutePath().toUri().toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** {@code $NABIZ_CHROMIUM}, or {@code chromium} on the path (scripts/test installs it). */
    private static Path binary() {
        String configured = System.getenv("NABIZ_CHROMIUM");
        if (configured != null) {
            return Path.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "chromium");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return fail("no chromium on the PATH: install the Debian package (scripts/test does)");
    }
}
