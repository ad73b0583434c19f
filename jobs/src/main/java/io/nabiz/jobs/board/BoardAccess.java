package io.nabiz.jobs.board;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Who may see the board: anyone on this machine when it listens on loopback only, and otherwise
 * only who shows the token ({@code NABIZ_BOARD_TOKEN}), once at a sign-in form (then a session
 * cookie the page cannot read) or as {@code Authorization: Bearer} from a script.
 *
 * <p>Secrets are compared as SHA-256 digests with {@link MessageDigest#isEqual}, which takes the
 * same time wherever the inputs differ; equal-length digests hide the secret's length too. The
 * session value is random per process, so no cookie outlives a restart and none reveals the token.
 */
final class BoardAccess {

    static final String COOKIE = "nabiz_board_session";

    private static final String BEARER = "Bearer ";

    private final byte[] tokenDigest;
    private final String session;
    private final byte[] sessionDigest;

    /**
     * @param token the required token, or {@code null} when the board is open to this machine
     */
    BoardAccess(String token) {
        this.tokenDigest = token == null ? null : digest(token);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.session = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.sessionDigest = digest(session);
    }

    boolean tokenRequired() {
        return tokenDigest != null;
    }

    boolean tokenMatches(String given) {
        return tokenDigest != null
                && given != null
                && MessageDigest.isEqual(tokenDigest, digest(given));
    }

    /** Whether the request may read the board and record decisions. */
    boolean allowed(Request request) {
        if (tokenDigest == null) {
            return true;
        }
        String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (auth != null && auth.startsWith(BEARER)) {
            return tokenMatches(auth.substring(BEARER.length()));
        }
        for (HttpCookie c : Request.getCookies(request)) {
            if (COOKIE.equals(c.getName())
                    && MessageDigest.isEqual(sessionDigest, digest(c.getValue()))) {
                return true;
            }
        }
        return false;
    }

    /** The cookie a correct sign-in sets: not readable by scripts, never sent cross-site. */
    HttpCookie sessionCookie() {
        return HttpCookie.build(COOKIE, session)
                .path("/")
                .httpOnly(true)
                .sameSite(HttpCookie.SameSite.STRICT)
                .build();
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
