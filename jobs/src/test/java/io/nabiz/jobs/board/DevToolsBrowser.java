package io.nabiz.jobs.board;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nabiz.engine.json.Json;
import io.nabiz.jobs.replay.HeadlessChromium;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real headless Chromium driven over its DevTools protocol, for pages that live: it loads a URL,
 * evaluates script in it, clicks through it and collects every console error, uncaught exception
 * and failed load the page causes. The browser reaches 127.0.0.1 and nothing else.
 */
final class DevToolsBrowser implements AutoCloseable {

    /** Only turns a page that never gets there into a failed test; nothing depends on timing. */
    private static final Duration LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

    private DevToolsBrowser(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    static DevToolsBrowser launch(Path work) throws Exception {
        Path profile = Files.createTempDirectory(work, "profile-");
        List<String> command = HeadlessChromium.offline(profile, "127.0.0.1");
        command.addAll(
                List.of("--remote-debugging-port=0", "--window-size=1280,2000", "about:blank"));
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(work.resolve("chromium.log").toFile())
                        .start();
        try {
            // Chromium writes the port it chose, then the browser's path, into the profile.
            Path active = profile.resolve("DevToolsActivePort");
            waitFor(
                    "chromium's DevTools port",
                    () -> Files.isRegularFile(active) && Files.readAllLines(active).size() >= 2);
            int port = Integer.parseInt(Files.readAllLines(active).get(0).strip());
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets =
                    Json.MAPPER.readTree(
                            http.send(
                                            HttpRequest.newBuilder(
                                                            URI.create(
                                                                    "http://127.0.0.1:"
                                                                            + port
                                                                            + "/json/list"))
                                                    .build(),
                                            HttpResponse.BodyHandlers.ofString())
                                    .body());
            String page = null;
            for (JsonNode t : targets) {
                if ("page".equals(t.path("type").asText())) {
                    page = t.path("webSocketDebuggerUrl").asText();
                }
            }
            assertTrue(page != null, "chromium opened no page: " + targets);
            Listener listener = new Listener();
            WebSocket socket =
                    http.newWebSocketBuilder()
                            .buildAsync(URI.create(page), listener)
                            .get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            DevToolsBrowser browser = new DevToolsBrowser(process, socket);
            listener.browser = browser;
            browser.call("Runtime.enable", null);
            browser.call("Log.enable", null);
            browser.call("Page.enable", null);
            return browser;
        } catch (Exception | AssertionError e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Loads the URL and waits until the document and its scripts have loaded. */
    void open(String url) throws Exception {
        ObjectNode p = Json.MAPPER.createObjectNode().put("url", url);
        call("Page.navigate", p);
        waitUntil("the page has loaded", "document.readyState === 'complete'");
    }

    /** Evaluates an expression in the page (awaiting a promise) and returns its value as JSON. */
    JsonNode eval(String expression) throws Exception {
        ObjectNode p =
                Json.MAPPER
                        .createObjectNode()
                        .put("expression", expression)
                        .put("returnByValue", true)
                        .put("awaitPromise", true);
        JsonNode result = call("Runtime.evaluate", p);
        if (result.has("exceptionDetails")) {
            fail("the page threw on " + expression + ": " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Waits until the expression is true in the page. */
    void waitUntil(String what, String expression) throws Exception {
        waitFor(what, () -> eval(expression).asBoolean(false));
    }

    void screenshot(Path png, int width, int height) throws Exception {
        call(
                "Emulation.setDeviceMetricsOverride",
                Json.MAPPER
                        .createObjectNode()
                        .put("width", width)
                        .put("height", height)
                        .put("deviceScaleFactor", 1)
                        .put("mobile", false));
        JsonNode shot =
                call("Page.captureScreenshot", Json.MAPPER.createObjectNode().put("format", "png"));
        Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    /** Every console error, uncaught exception and failed load so far. */
    List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    private JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = Json.MAPPER.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) {
            fail(method + " failed: " + reply.get("error"));
        }
        return reply.path("result");
    }

    private void receive(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.remove(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        JsonNode p = message.path("params");
        switch (message.path("method").asText()) {
            case "Runtime.exceptionThrown" ->
                    errors.add("exception: " + p.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(p.path("type").asText())) {
                    errors.add("console.error: " + p.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                if ("error".equals(p.path("entry").path("level").asText())) {
                    errors.add("log: " + p.path("entry"));
                }
            }
            default -> {}
        }
    }

    /** Assembles the socket's text frames into messages. */
    private static final class Listener implements WebSocket.Listener {
        volatile DevToolsBrowser browser;
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = Json.MAPPER.readTree(text.toString());
                    if (browser != null) {
                        browser.receive(message);
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("DevTools sent what is not JSON", e);
                } finally {
                    text.setLength(0);
                }
            }
            ws.request(1);
            return null;
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                fail("gave up after " + LIMIT + " waiting until " + what);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws InterruptedException {
        socket.abort();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
