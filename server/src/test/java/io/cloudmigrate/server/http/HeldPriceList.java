package io.cloudmigrate.server.http;

import com.sun.net.httpserver.HttpServer;
import io.cloudmigrate.server.pipeline.Pricing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for the AWS price APIs (Price List, Savings Plans, Spot prices) that takes every
 * question and answers none until it is closed: an assessment that prices through it is held in its
 * pricing step for as long as a test needs it running, with no timing involved.
 */
final class HeldPriceList
        implements AutoCloseable
{
    private static final byte[] NO_PRODUCTS = "{\"FormatVersion\":\"aws_v1\",\"PriceList\":[]}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService handlers;
    private final CountDownLatch asked = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    private HeldPriceList(HttpServer server, ExecutorService handlers)
    {
        this.server = server;
        this.handlers = handlers;
    }

    static HeldPriceList start()
    {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService handlers = Executors.newVirtualThreadPerTaskExecutor();
            HeldPriceList held = new HeldPriceList(server, handlers);
            server.createContext("/", exchange -> {
                try (exchange) {
                    exchange.getRequestBody().readAllBytes();
                    held.asked.countDown();
                    held.released.await();
                    exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
                    exchange.sendResponseHeaders(200, NO_PRODUCTS.length);
                    exchange.getResponseBody().write(NO_PRODUCTS);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.setExecutor(handlers);
            server.start();
            return held;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment of a {@code cloudmigrate serve} that prices through this, with credentials only a local endpoint accepts. */
    Map<String, String> environment()
    {
        String endpoint = "http://127.0.0.1:" + server.getAddress().getPort();
        return Map.of(Pricing.ENDPOINT_VARIABLE, endpoint, Pricing.SAVINGS_PLANS_ENDPOINT_VARIABLE, endpoint, Pricing.SPOT_ENDPOINT_VARIABLE, endpoint,
                "AWS_ACCESS_KEY_ID", "held-price-list", "AWS_SECRET_ACCESS_KEY", "held-price-list", "AWS_REGION", "us-east-1",
                "AWS_EC2_METADATA_DISABLED", "true");
    }

    /** Whether a question came within a minute (a generous bound on a loaded machine, not a timing the test relies on). */
    boolean awaitAsked()
            throws InterruptedException
    {
        return asked.await(60, TimeUnit.SECONDS);
    }

    /** Answers the questions held so far with no products, and stops. */
    @Override
    public void close()
    {
        released.countDown();
        server.stop(0);
        handlers.close();
    }
}
