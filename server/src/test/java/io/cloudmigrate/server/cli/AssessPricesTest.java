package io.cloudmigrate.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pricing.PricingClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code assess --prices}: prices from cached Price List API answers, and a clear refusal of an unknown source. */
class AssessPricesTest
{
    @TempDir
    Path directory;

    @Test
    void refusesAnUnknownPriceSource()
            throws IOException
    {
        Path inventory = sampleInventory();

        CommandRun run = CommandRun.of("assess", "--inventory", inventory.toString(), "--out", directory.resolve("a.json").toString(), "--prices", "guess");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("'guess' is not a price source: use live, cache, snapshot or auto");
    }

    @Test
    void pricesWindowsFromCachedPriceListAnswersWithoutTheNetwork()
            throws IOException
    {
        Path inventoryFile = sampleInventory();
        Path cache = directory.resolve("prices");
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
            Inventory inventory = JsonDocuments.readInventory(inventoryFile);
            PriceListPrices.create(cache, Optional.of(client)).catalogFor(inventory, PriceCatalog.bundled(), PriceMode.LIVE);
        }
        finally {
            server.stop(0);
        }
        Path output = directory.resolve("assessment.json");

        CommandRun run = CommandRun.of("assess", "--inventory", inventoryFile.toString(), "--out", output.toString(), "--prices", "cache", "--price-cache", cache.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode windows = cost(output, "legacy-erp-win-1");
        // m4.2xlarge Windows at the 0.768 USD an hour the (test) API answered, × 730
        assertThat(windows.path("currentMonthlyUsd").asDouble()).isGreaterThanOrEqualTo(560.64);
        assertThat(windows.path("unpriced").findValuesAsText("item")).doesNotContain("EC2 m4.2xlarge windows instance hours");
        assertThat(windows.path("sources").findValuesAsText("name")).contains(PriceListPrices.API_SOURCE);
        assertThat(windows.path("sources").findValuesAsText("published")).contains("2021-02-05");
    }

    private static JsonNode cost(Path assessment, String name)
            throws IOException
    {
        JsonNode document = JsonDocuments.mapper().readTree(assessment.toFile());
        for (JsonNode cost : document.path("costs")) {
            if (cost.path("resourceId").asText().equals(resourceId(document, name))) {
                return cost;
            }
        }
        throw new AssertionError("no cost for " + name);
    }

    private static String resourceId(JsonNode assessment, String name)
    {
        for (JsonNode resource : assessment.path("inventory").path("resources")) {
            if (resource.path("name").asText().equals(name)) {
                return resource.path("id").asText();
            }
        }
        throw new AssertionError("no resource named " + name);
    }

    /** A Windows m4.2xlarge product built from the fixture item; an empty answer for every other question. */
    private static String answer(JsonNode request)
            throws IOException
    {
        ObjectNode body = JsonDocuments.mapper().createObjectNode();
        body.put("FormatVersion", "aws_v1");
        var list = body.putArray("PriceList");
        if (filter(request, "instanceType").equals("m4.2xlarge") && filter(request, "operatingSystem").equals("Windows")) {
            ObjectNode item;
            try (InputStream input = AssessPricesTest.class.getResourceAsStream("/io/cloudmigrate/server/pricelist/get-products-ec2-m5.large.json")) {
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

    private Path sampleInventory()
            throws IOException
    {
        Path sample = directory.resolve("sample");
        SampleEstate.extractTo(sample);
        Path file = directory.resolve("inventory.json");
        JsonDocuments.write(file, AwsCliImporter.importDirectory(sample, Optional.empty()));
        return file;
    }
}
