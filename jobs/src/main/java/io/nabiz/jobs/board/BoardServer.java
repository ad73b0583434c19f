package io.nabiz.jobs.board;

import com.fasterxml.jackson.databind.JsonNode;
import io.nabiz.jobs.config.JobSettings;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The live alert board: an embedded Jetty serving one page over the alert topics, with live updates
 * and a way to acknowledge and resolve incidents.
 *
 * <p>It listens on loopback unless told otherwise, and off loopback it will not start without a
 * token: an open board would show customers' (masked) words to anyone on the network and let them
 * close incidents.
 */
public final class BoardServer implements AutoCloseable {

    /** The environment variable that holds the token. */
    public static final String TOKEN_VARIABLE = "NABIZ_BOARD_TOKEN";

    private final Server server;
    private final ServerConnector connector;
    private final IncidentView view;
    private final BoardFeed feed;
    private final ResolutionWriter writer;

    private BoardServer(
            Server server,
            ServerConnector connector,
            IncidentView view,
            BoardFeed feed,
            ResolutionWriter writer) {
        this.server = server;
        this.connector = connector;
        this.view = view;
        this.feed = feed;
        this.writer = writer;
    }

    /**
     * Starts the board.
     *
     * @param bind the address to listen on
     * @param port 0 for any free port
     * @param token the token callers must show, or {@code null}
     * @throws IllegalArgumentException when {@code bind} is not a loopback address and there is no
     *     token
     */
    public static BoardServer start(
            String bootstrapServers, JobSettings.Topics topics, String bind, int port, String token)
            throws Exception {
        boolean loopback = isLoopback(bind);
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (!loopback && token == null) {
            throw new IllegalArgumentException(
                    "listening on "
                            + bind
                            + " needs a token: set "
                            + TOKEN_VARIABLE
                            + " (a long random string)");
        }
        IncidentView view = new IncidentView();
        Map<String, Predicate<JsonNode>> sinks = new LinkedHashMap<>();
        sinks.put(topics.alerts(), view::acceptAlert);
        sinks.put(topics.resolutions(), view::acceptResolution);
        if (topics.judgedWindows() != null) {
            sinks.put(topics.judgedWindows(), view::acceptLevel);
        }
        ResolutionWriter writer = new ResolutionWriter(bootstrapServers, topics.resolutions());
        BoardFeed feed = new BoardFeed(bootstrapServers, sinks);

        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("board-http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(
                new BoardHandler(
                        view,
                        new ResolutionDesk(view, writer),
                        new BoardAccess(token),
                        loopback,
                        Clock.systemUTC()));
        // Stopping must not wait for live streams that never end by themselves.
        server.setStopTimeout(2000);
        BoardServer board = new BoardServer(server, connector, view, feed, writer);
        try {
            server.start();
            feed.start();
        } catch (Exception e) {
            board.close();
            throw e;
        }
        return board;
    }

    /** Where a browser on this machine finds the board. */
    public URI uri() {
        String host = connector.getHost();
        boolean any = host == null || host.equals("0.0.0.0") || host.equals("::");
        String shown = any ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + connector.getLocalPort() + "/");
    }

    /** How many incidents the board holds now. */
    public int incidents() {
        return view.incidentCount();
    }

    @Override
    public void close() throws Exception {
        view.closeAll();
        try {
            server.stop();
        } finally {
            feed.close();
            writer.close();
        }
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot listen on " + bind + ": unknown address");
        }
    }
}
