package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudmigrate.discovery.JsonDocuments;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.savingsplans.SavingsplansClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A local stand-in for the Savings Plans API: answers {@code POST /DescribeSavingsPlansOfferingRates}
 * (REST JSON) with what the responder returns for each request body, and records the requests.
 */
final class SavingsPlansServer
        implements AutoCloseable
{
    private final HttpServer server;
    private final List<String> paths = Collections.synchronizedList(new ArrayList<>());
    private final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    private final Function<JsonNode, String> responder;

    SavingsPlansServer(Function<JsonNode, String> responder)
            throws IOException
    {
        this.responder = responder;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    SavingsplansClient client()
    {
        return SavingsplansClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(ApacheHttpClient.create())
                .build();
    }

    List<String> paths()
    {
        return List.copyOf(paths);
    }

    List<JsonNode> requests()
    {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange)
            throws IOException
    {
        paths.add(exchange.getRequestURI().getPath());
        JsonNode request = JsonDocuments.mapper().readTree(exchange.getRequestBody().readAllBytes());
        requests.add(request);
        byte[] body = responder.apply(request).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close()
    {
        server.stop(0);
    }
}
