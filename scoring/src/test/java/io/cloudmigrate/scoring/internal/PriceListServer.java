package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudmigrate.discovery.JsonDocuments;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A local stand-in for the Price List Query API: answers {@code AWSPriceListService.GetProducts} calls
 * (AWS JSON 1.1 over HTTP) with queued replies in the real shape, and records the requests it got.
 */
final class PriceListServer
        implements AutoCloseable
{
    /** A reply: an HTTP status and a JSON body. */
    record Reply(int status, String body) {}

    private final HttpServer server;
    private final Deque<Reply> replies = new ArrayDeque<>();
    private final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Function<JsonNode, Reply> responder;

    PriceListServer()
            throws IOException
    {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    static String fixtureItem()
    {
        try (InputStream input = PriceListServer.class.getResourceAsStream("/io/cloudmigrate/scoring/pricelist/get-products-ec2-m5.large.json")) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of a GetProducts answer holding the items; {@code nextToken} null on the last page. */
    static Reply page(List<String> items, String nextToken)
    {
        ObjectNode body = JsonDocuments.mapper().createObjectNode();
        body.put("FormatVersion", "aws_v1");
        items.forEach(body.putArray("PriceList")::add);
        if (nextToken != null) {
            body.put("NextToken", nextToken);
        }
        return new Reply(200, body.toString());
    }

    static Reply error(String type, String message)
    {
        return new Reply(400, "{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"}");
    }

    void enqueue(Reply... next)
    {
        synchronized (replies) {
            replies.addAll(List.of(next));
        }
    }

    /** Answers every request from its body (the GetProducts request) instead of the queue. */
    void respond(Function<JsonNode, Reply> answer)
    {
        responder = answer;
    }

    /** The value of one filter of a GetProducts request, or "" when it has none. */
    static String filter(JsonNode request, String field)
    {
        for (JsonNode filter : request.path("Filters")) {
            if (filter.path("Field").asText().equals(field)) {
                return filter.path("Value").asText();
            }
        }
        return "";
    }

    /** Whether a Price List item (as JSON text) answers a GetProducts request: same service code, and every filter equal, as the API filters. */
    static boolean matches(String product, JsonNode request)
    {
        JsonNode item;
        try {
            item = JsonDocuments.mapper().readTree(product);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!item.path("serviceCode").asText().equals(request.path("ServiceCode").asText())) {
            return false;
        }
        for (JsonNode filter : request.path("Filters")) {
            String field = filter.path("Field").asText();
            JsonNode value = field.equals("productFamily") ? item.path("product").path("productFamily") : item.path("product").path("attributes").path(field);
            if (!value.asText().equals(filter.path("Value").asText())) {
                return false;
            }
        }
        return true;
    }

    List<JsonNode> requests()
    {
        return List.copyOf(requests);
    }

    PricingClient client()
    {
        return PricingClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(ApacheHttpClient.create())
                .build();
    }

    private void handle(HttpExchange exchange)
            throws IOException
    {
        JsonNode request = JsonDocuments.mapper().readTree(exchange.getRequestBody().readAllBytes());
        requests.add(request);
        Reply reply;
        synchronized (replies) {
            reply = responder != null ? responder.apply(request)
                    : replies.isEmpty() ? error("InternalErrorException", "no reply queued") : replies.removeFirst();
        }
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        exchange.sendResponseHeaders(reply.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close()
    {
        server.stop(0);
    }
}
