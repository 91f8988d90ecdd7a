package io.cloudmigrate.discovery.aws.internal;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * moto never throttles, so a local HTTP server plays STS: it throttles the first two attempts and
 * then answers. The client the scan builds must retry, and count one call and two throttles.
 */
class ThrottlingTest
{
    private static final String THROTTLED = """
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error>
              <RequestId>1</RequestId>
            </ErrorResponse>""";
    private static final String IDENTITY = """
            <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <GetCallerIdentityResult><Arn>arn:aws:iam::111111111111:user/scanner</Arn><UserId>AIDA1</UserId><Account>111111111111</Account></GetCallerIdentityResult>
              <ResponseMetadata><RequestId>2</RequestId></ResponseMetadata>
            </GetCallerIdentityResponse>""";

    @Test
    void retriesThrottledCallsAndCountsTheThrottles()
            throws IOException
    {
        AtomicInteger attempts = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            boolean throttle = attempts.incrementAndGet() <= 2;
            byte[] body = (throttle ? THROTTLED : IDENTITY).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(throttle ? 400 : 200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        ApiCallRecorder recorder = new ApiCallRecorder();
        try (ClientFactory clients = new ClientFactory(Optional.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort())), 1, recorder);
                StsClient sts = clients.build(StsClient.builder(), StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")), "us-east-1")) {
            assertThat(sts.getCallerIdentity().account()).isEqualTo("111111111111");
        }
        finally {
            server.stop(0);
        }

        assertThat(attempts.get()).isEqualTo(3);
        assertThat(recorder.calls()).isEqualTo(1);
        assertThat(recorder.throttles()).isEqualTo(2);
        assertThat(recorder.callsByOperation()).containsExactly(java.util.Map.entry("Sts:GetCallerIdentity", 1L));
    }
}
