package io.nabiz.jobs.board;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.engine.json.Json;
import io.nabiz.jobs.replay.report.ChartLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The board's routes: the page and its assets, the live event stream, the sign-in form and the
 * decisions endpoint, each behind the access check, and every response with headers that keep the
 * page to its own scripts.
 */
final class BoardHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(BoardHandler.class);

    /** Scripts and styles from the board only; no frames, no form posts elsewhere. */
    private static final String POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
                    + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none';"
                    + " form-action 'self'; base-uri 'none'";

    private static final int MAX_BODY = 16 * 1024;
    private static final int MAX_LIVE_CLIENTS = 32;
    private static final int CLIENT_BACKLOG = 10_000;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final Set<String> LOOPBACK_NAMES =
            Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private static final String PUBLIC_STYLE = "/assets/board.css";

    private record Asset(String type, byte[] body) {}

    private final Map<String, Asset> assets;
    private final IncidentView view;
    private final ResolutionDesk desk;
    private final BoardAccess access;
    private final boolean loopbackOnly;
    private final Clock clock;
    private final Semaphore liveSlots = new Semaphore(MAX_LIVE_CLIENTS);

    /**
     * @param loopbackOnly the server listens on loopback only: then requests must name a loopback
     *     host, so a web page whose name resolves to 127.0.0.1 cannot read the board
     */
    BoardHandler(
            IncidentView view,
            ResolutionDesk desk,
            BoardAccess access,
            boolean loopbackOnly,
            Clock clock) {
        this.view = view;
        this.desk = desk;
        this.access = access;
        this.loopbackOnly = loopbackOnly;
        this.clock = clock;
        this.assets =
                Map.of(
                        "/", asset("text/html", "board.html"),
                        "/login", asset("text/html", "login.html"),
                        "/assets/board.js", asset("text/javascript", "board.js"),
                        "/assets/board.css", asset("text/css", "board.css"),
                        "/assets/echarts.min.js",
                                new Asset(
                                        "text/javascript",
                                        ChartLibrary.bundle().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        var headers = response.getHeaders();
        headers.put("Content-Security-Policy", POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");

        if (loopbackOnly && !LOOPBACK_NAMES.contains(Request.getServerName(request))) {
            Response.writeError(request, response, callback, HttpStatus.MISDIRECTED_REQUEST_421);
            return true;
        }
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        boolean post = "POST".equals(method);
        if (post && !sameOrigin(request)) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403);
            return true;
        }
        if ("/login".equals(path)) {
            if (post) {
                signIn(request, response, callback);
            } else {
                serve(assets.get(path), response, callback);
            }
            return true;
        }
        if (!post && PUBLIC_STYLE.equals(path)) {
            serve(assets.get(path), response, callback); // the sign-in form's look: no data
            return true;
        }
        if (!access.allowed(request)) {
            if ("/".equals(path) && !post) {
                Response.sendRedirect(
                        request, response, callback, HttpStatus.SEE_OTHER_303, "/login", true);
            } else {
                Response.writeError(request, response, callback, HttpStatus.UNAUTHORIZED_401);
            }
            return true;
        }
        if (post && "/api/resolutions".equals(path)) {
            decide(request, response, callback);
        } else if (!post && "/events".equals(path)) {
            stream(response, callback);
        } else if (!post && assets.containsKey(path)) {
            serve(assets.get(path), response, callback);
        } else {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
        }
        return true;
    }

    /** A browser names the page that sent a POST: it must be this board (no cross-site posts). */
    private static boolean sameOrigin(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        String host = request.getHeaders().get(HttpHeader.HOST);
        return origin == null || (host != null && origin.equals("http://" + host));
    }

    private void signIn(Request request, Response response, Callback callback) throws Exception {
        String token = FormFields.getFields(request, 4, MAX_BODY).getValue("token");
        if (!access.tokenRequired() || access.tokenMatches(token)) {
            Response.addCookie(response, access.sessionCookie());
            Response.sendRedirect(request, response, callback, HttpStatus.SEE_OTHER_303, "/", true);
        } else {
            LOG.warn("a sign-in with a wrong token from {}", Request.getRemoteAddr(request));
            Response.sendRedirect(
                    request, response, callback, HttpStatus.SEE_OTHER_303, "/login?wrong", true);
        }
    }

    private void decide(Request request, Response response, Callback callback) throws IOException {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        // A JSON body cannot come from a plain cross-site form: browsers preflight it.
        if (type == null || !type.startsWith("application/json")) {
            Response.writeError(request, response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415);
            return;
        }
        Resolution r;
        try (InputStream in = Request.asInputStream(request)) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            r = body.length > MAX_BODY ? null : resolution(Json.MAPPER.readTree(body));
        } catch (IOException | IllegalArgumentException e) {
            r = null;
        }
        if (r == null) {
            Response.writeError(
                    request,
                    response,
                    callback,
                    HttpStatus.BAD_REQUEST_400,
                    "expected {\"alert_id\", \"state\": acknowledged|resolved, \"note\", \"by\"}");
            return;
        }
        ResolutionDesk.Outcome outcome;
        try {
            outcome = desk.record(r);
        } catch (IOException e) {
            LOG.error("could not record a {} of incident {}", r.state().wireName(), r.alertId(), e);
            Response.writeError(
                    request,
                    response,
                    callback,
                    HttpStatus.SERVICE_UNAVAILABLE_503,
                    "the resolutions topic did not take it; try again");
            return;
        }
        if (outcome == ResolutionDesk.Outcome.UNKNOWN_INCIDENT) {
            Response.writeError(
                    request, response, callback, HttpStatus.NOT_FOUND_404, "no such incident");
            return;
        }
        var answer =
                Json.MAPPER
                        .createObjectNode()
                        .put("written", outcome == ResolutionDesk.Outcome.WRITTEN);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(answer)), callback);
    }

    private Resolution resolution(JsonNode body) {
        String id = body.path("alert_id").asText("");
        String note = body.path("note").asText("").strip();
        String by = body.path("by").asText("").strip();
        if (id.isEmpty()
                || id.length() > 64
                || note.length() > Resolution.MAX_NOTE
                || by.length() > Resolution.MAX_BY) {
            return null;
        }
        return new Resolution(
                id,
                Resolution.State.fromWireName(body.path("state").asText("")),
                note.isEmpty() ? null : note,
                by.isEmpty() ? "board" : by,
                clock.instant());
    }

    /**
     * The live stream: a snapshot, then every change. This request's thread writes it until the
     * browser goes away; comments keep idle connections open through proxies and timeouts.
     */
    private void stream(Response response, Callback callback) {
        if (!liveSlots.tryAcquire()) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE_503);
            response.write(true, null, callback);
            return;
        }
        LiveClient client = new LiveClient(CLIENT_BACKLOG);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        OutputStream out = Content.Sink.asOutputStream(response);
        try {
            view.subscribe(client);
            while (!client.closed()) {
                String frame = client.next(KEEP_ALIVE);
                if (frame == null && client.closed()) {
                    break;
                }
                out.write(
                        (frame == null ? ": keep-alive\n\n" : frame)
                                .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            out.close();
            callback.succeeded();
        } catch (IOException e) {
            callback.failed(e); // the browser went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            callback.failed(e);
        } finally {
            view.unsubscribe(client);
            client.close();
            liveSlots.release();
        }
    }

    private static void serve(Asset asset, Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, asset.type() + "; charset=utf-8");
        response.write(true, ByteBuffer.wrap(asset.body()), callback);
    }

    private static Asset asset(String type, String name) {
        try (InputStream in = BoardHandler.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new Asset(type, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
