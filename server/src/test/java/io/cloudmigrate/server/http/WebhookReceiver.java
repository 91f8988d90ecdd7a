package io.cloudmigrate.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A webhook receiver on the loopback for the tests: records what it is sent, by path, and answers as
 * each path is told to: fail the first attempts, stall past the sender's timeout, or accept. It
 * checks signatures as a receiver would, with its own HMAC, not the server's code.
 */
final class WebhookReceiver
        implements AutoCloseable
{
    /** One request as it arrived; header names in lower case. */
    record Received(String path, Map<String, String> headers, String body, Instant at)
    {
        String header(String name)
        {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** How a path answers: {@code failures} times {@code failureStatus} first, each answer after {@code stall}. */
    private record Behaviour(int failures, int failureStatus, Duration stall) {}

    private final HttpServer server;
    private final String scheme;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private WebhookReceiver(HttpServer server, String scheme)
    {
        this.server = server;
        this.scheme = scheme;
    }

    static WebhookReceiver start()
    {
        try {
            return start(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), "http");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A receiver over HTTPS that presents the certificate of this TLS context; its URLs name {@code localhost}. */
    static WebhookReceiver startHttps(SSLContext tls)
    {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return start(server, "https");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebhookReceiver start(HttpServer server, String scheme)
    {
        WebhookReceiver receiver = new WebhookReceiver(server, scheme);
        server.createContext("/", receiver::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return receiver;
    }

    URI url(String path)
    {
        // By name over HTTPS, as the certificate names it and as a TLS client checks it.
        String host = scheme.equals("https") ? "localhost" : "127.0.0.1";
        return URI.create(scheme + "://" + host + ":" + server.getAddress().getPort() + path);
    }

    /** The path fails its first {@code failures} requests with the status, then accepts. */
    void failFirst(String path, int failures, int status)
    {
        behaviours.put(path, new Behaviour(failures, status, Duration.ZERO));
    }

    /** The path waits this long before it answers 200. */
    void stall(String path, Duration stall)
    {
        behaviours.put(path, new Behaviour(0, 200, stall));
    }

    List<Received> received(String path)
    {
        return received.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** Waits until the path has received at least this many requests. */
    List<Received> await(String path, int count, Duration timeout)
    {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            List<Received> requests = received(path);
            if (requests.size() >= count) {
                return requests;
            }
            pause();
        }
        throw new AssertionError(path + " received " + received(path).size() + " request(s), not " + count + ", within " + timeout);
    }

    /** Whether the request carries a valid {@code v1} signature of its timestamp and body with this secret. */
    static boolean signedWith(Received request, String secret)
    {
        String timestamp = request.header("X-CloudMigrate-Timestamp");
        String signature = request.header("X-CloudMigrate-Signature");
        if (timestamp == null || signature == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "v1=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
            return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange)
            throws IOException
    {
        try (exchange; InputStream input = exchange.getRequestBody()) {
            String body = new String(input.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.getFirst()));
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, Map.copyOf(headers), body, Instant.now()));
            Behaviour behaviour = behaviours.getOrDefault(path, new Behaviour(0, 200, Duration.ZERO));
            if (!behaviour.stall().isZero()) {
                Thread.sleep(behaviour.stall());
            }
            int status = received(path).size() <= behaviour.failures() ? behaviour.failureStatus() : 200;
            exchange.sendResponseHeaders(status, -1);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause()
    {
        try {
            Thread.sleep(50);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close()
    {
        server.stop(0);
    }
}
