package io.nabiz.jobs.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nabiz.jobs.config.JobSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who gets in: off loopback only with a token; with a token, the page, the feed and the decisions
 * endpoint answer only a signed-in browser or a bearer, and never show the token.
 */
class BoardAccessTest {

    static final String TOKEN = "correct-horse-battery-staple-7f3a";

    static BoardServer board;
    static HttpClient http = HttpClient.newHttpClient();
    static JobSettings.Topics topics = JobSettings.loadDefault().kafka().topics();

    @BeforeAll
    static void start() throws Exception {
        // No broker: access is decided before any topic is read.
        board = BoardServer.start("127.0.0.1:1", topics, "127.0.0.1", 0, TOKEN);
    }

    @AfterAll
    static void stop() throws Exception {
        board.close();
    }

    @Test
    void offLoopbackItWillNotStartWithoutAToken() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> BoardServer.start("127.0.0.1:1", topics, "0.0.0.0", 0, null));
        assertTrue(e.getMessage().contains(BoardServer.TOKEN_VARIABLE), e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> BoardServer.start("127.0.0.1:1", topics, "0.0.0.0", 0, "  "));
    }

    @Test
    void withoutTheTokenNothingButTheSignInForm() throws Exception {
        HttpResponse<String> page = get("/", List.of());
        assertEquals(303, page.statusCode());
        assertEquals("/login", page.headers().firstValue("Location").orElse(""));
        assertEquals(401, get("/events", List.of()).statusCode());
        assertEquals(401, get("/assets/board.js", List.of()).statusCode());
        assertEquals(401, get("/events", List.of("Authorization", "Bearer wrong")).statusCode());
        HttpResponse<String> form = get("/login", List.of());
        assertEquals(200, form.statusCode());
        assertFalse(form.body().contains(TOKEN));

        HttpResponse<String> wrong = signIn("not-the-token");
        assertEquals("/login?wrong", wrong.headers().firstValue("Location").orElse(""));
        assertTrue(wrong.headers().allValues("Set-Cookie").isEmpty());
    }

    @Test
    void theTokenOpensTheBoardAndNeverShowsOnIt() throws Exception {
        HttpResponse<String> signedIn = signIn(TOKEN);
        assertEquals(303, signedIn.statusCode());
        assertEquals("/", signedIn.headers().firstValue("Location").orElse(""));
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains(TOKEN), cookie);
        String session = cookie.substring(0, cookie.indexOf(';'));

        HttpResponse<String> page = get("/", List.of("Cookie", session));
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains(TOKEN));
        assertTrue(
                page.headers()
                        .firstValue("Content-Security-Policy")
                        .orElse("")
                        .contains("script-src 'self'"));
        assertEquals(
                200,
                get("/assets/board.js", List.of("Authorization", "Bearer " + TOKEN)).statusCode());

        // A page elsewhere cannot post decisions with the visitor's cookie, nor as a plain form.
        assertEquals(
                403,
                post("/api/resolutions", "{}", "application/json", "http://evil.example", session)
                        .statusCode());
        assertEquals(415, post("/api/resolutions", "{}", "text/plain", null, session).statusCode());
        assertEquals(
                400,
                post(
                                "/api/resolutions",
                                "{\"state\":\"closed\"}",
                                "application/json",
                                null,
                                session)
                        .statusCode());
        assertEquals(
                404,
                post(
                                "/api/resolutions",
                                "{\"alert_id\":\"nope\",\"state\":\"acknowledged\"}",
                                "application/json",
                                null,
                                session)
                        .statusCode());
    }

    @Test
    void onLoopbackOnlyLoopbackNamesAreServed() throws Exception {
        // A site whose name resolves to 127.0.0.1 (DNS rebinding) is not this board.
        try (Socket s = new Socket("127.0.0.1", board.uri().getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(
                    "GET /login HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 421", status);
        }
    }

    private static HttpResponse<String> signIn(String token)
            throws IOException, InterruptedException {
        return post("/login", "token=" + token, "application/x-www-form-urlencoded", null, null);
    }

    private static HttpResponse<String> get(String path, List<String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(board.uri().resolve(path));
        for (int i = 0; i < headers.size(); i += 2) {
            b.header(headers.get(i), headers.get(i + 1));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(
            String path, String body, String type, String origin, String cookie)
            throws IOException, InterruptedException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(board.uri().toString()).resolve(path))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
