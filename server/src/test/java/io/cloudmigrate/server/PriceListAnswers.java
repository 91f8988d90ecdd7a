package io.cloudmigrate.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
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
import java.nio.file.Path;
import java.util.Optional;

/**
 * Fills a price cache by asking a local Price List API every question of an inventory: it answers the
 * m4.2xlarge Windows question with a product built from the fixture item at 0.768 USD an hour, and every
 * other question with no product.
 */
public final class PriceListAnswers
{
    private PriceListAnswers() {}

    public static Path cache(Inventory inventory, Path cache)
    {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                JsonNode request = JsonDocuments.mapper().readTree(exchange.getRequestBody().readAllBytes());
                byte[] body = answer(request).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            try (PricingClient client = PricingClient.builder().region(Region.US_EAST_1)
                    .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                    .credentialsProvider(AnonymousCredentialsProvider.create()).httpClient(ApacheHttpClient.create()).build()) {
                PriceListPrices.create(cache, Optional.of(client)).catalogFor(inventory, PriceCatalog.bundled(), PriceMode.LIVE);
            }
            finally {
                server.stop(0);
            }
            return cache;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String answer(JsonNode request)
            throws IOException
    {
        ObjectNode body = JsonDocuments.mapper().createObjectNode();
        body.put("FormatVersion", "aws_v1");
        var list = body.putArray("PriceList");
        if (filter(request, "instanceType").equals("m4.2xlarge") && filter(request, "operatingSystem").equals("Windows")) {
            ObjectNode item;
            try (InputStream input = PriceListAnswers.class.getResourceAsStream("/io/cloudmigrate/server/pricelist/get-products-ec2-m5.large.json")) {
                item = (ObjectNode) JsonDocuments.mapper().readTree(input);
            }
            ((ObjectNode) item.path("terms")).remove("Reserved");
            JsonNode rate = item.path("terms").path("OnDemand").elements().next().path("priceDimensions").elements().next();
            ((ObjectNode) rate.path("pricePerUnit")).put("USD", "0.7680000000");
            list.add(item.toString());
        }
        return body.toString();
    }

    private static String filter(JsonNode request, String field)
    {
        for (JsonNode filter : request.path("Filters")) {
            if (filter.path("Field").asText().equals(field)) {
                return filter.path("Value").asText();
            }
        }
        return "";
    }
}
