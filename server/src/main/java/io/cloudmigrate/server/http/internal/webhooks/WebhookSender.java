package io.cloudmigrate.server.http.internal.webhooks;

import io.cloudmigrate.server.http.internal.storage.WebhookOutbox.Attempt;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import javax.net.ssl.SSLException;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static java.util.Objects.requireNonNull;

/**
 * One attempt: checks the address, signs the body with the time of the attempt, posts it to the
 * checked address (the host still names the server, for the Host header and TLS), and tells what came
 * of it. Runs on a virtual thread and waits there for the answer.
 */
final class WebhookSender
{
    private static final int MAXIMUM_ERROR_LENGTH = 500;

    private final HttpClient client;
    private final AddressPolicy policy;
    private final Duration timeout;

    WebhookSender(HttpClient client, AddressPolicy policy, Duration timeout)
    {
        this.client = requireNonNull(client, "client is null");
        this.policy = requireNonNull(policy, "policy is null");
        this.timeout = requireNonNull(timeout, "timeout is null");
    }

    /**
     * What an attempt came to.
     *
     * @param statusCode the receiver's status; {@code null} when none answered
     * @param retryable whether another attempt may fare better
     */
    record Result(boolean delivered, Integer statusCode, String error, boolean retryable) {}

    Result send(Attempt attempt)
    {
        URI uri = URI.create(attempt.url());
        InetAddress address;
        try {
            address = policy.resolve(uri);
        }
        catch (AddressPolicy.Refused e) {
            return new Result(false, null, e.getMessage(), e.retryable());
        }
        boolean secure = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : secure ? 443 : 80;
        String pathAndQuery = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        byte[] body = attempt.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(uri.getHost())
                .setPort(port)
                .setSsl(secure)
                .setURI(pathAndQuery)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "CloudMigrate-Webhooks/1")
                .putHeader(WebhookSignature.EVENT_HEADER, attempt.eventType())
                .putHeader(WebhookSignature.DELIVERY_HEADER, attempt.deliveryId().toString())
                .putHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .putHeader(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(attempt.secret(), timestamp, body));
        try {
            int status = client.request(request)
                    .compose(outgoing -> outgoing.send(Buffer.buffer(body)))
                    .compose(WebhookSender::drain)
                    .toCompletionStage().toCompletableFuture()
                    // The idle timeout bounds each wait; this bounds a receiver that trickles its answer.
                    .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            if (status >= 200 && status < 300) {
                return new Result(true, status, null, false);
            }
            return new Result(false, status, "the receiver answered " + status, retryable(status));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, null, "interrupted", true);
        }
        catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Result(false, null, failure(uri, cause), true);
        }
        catch (TimeoutException e) {
            return new Result(false, null, "no complete answer from " + origin(uri) + " within " + timeout.toMillis() * 2 + " ms", true);
        }
    }

    /** Reads the answer to its end without keeping it: a receiver's body is of no use and may be large. */
    private static io.vertx.core.Future<Integer> drain(HttpClientResponse response)
    {
        response.handler(ignored -> {});
        return response.end().map(ignored -> response.statusCode());
    }

    /**
     * Whether a failed status is worth another attempt: a server error, a timeout, or too many
     * requests may pass; any other 4xx (or a redirect, which is not followed) will be answered again.
     */
    static boolean retryable(int status)
    {
        return status >= 500 || status == 408 || status == 425 || status == 429;
    }

    /**
     * Where an attempt went, as an admin may read it in a delivery's error or the log: the scheme, host
     * and port only, because the path or query of a webhook URL is often itself the secret (Slack's and
     * Teams' incoming webhooks).
     */
    static String origin(URI uri)
    {
        boolean secure = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() != -1 ? uri.getPort() : secure ? 443 : 80;
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + ":" + port;
    }

    private static String failure(URI uri, Throwable cause)
    {
        for (Throwable link = cause; link != null; link = link.getCause()) {
            if (link instanceof SSLException tls) {
                return truncate("TLS with " + origin(uri) + " failed (" + describe(tls) + "); if the receiver's certificate comes from a private CA, "
                        + "start the server with --webhook-ca-file naming that CA");
            }
        }
        return truncate("cannot deliver to " + origin(uri) + ": " + describe(cause));
    }

    private static String truncate(String message)
    {
        return message.length() > MAXIMUM_ERROR_LENGTH ? message.substring(0, MAXIMUM_ERROR_LENGTH) : message;
    }

    private static String describe(Throwable cause)
    {
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
