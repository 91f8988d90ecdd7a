package io.cloudmigrate.discovery.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.aws.ec2.Ec2ScannerFactory;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import io.cloudmigrate.discovery.aws.network.NetworkScannerFactory;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.VolumeType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A policy without {@code ec2:DescribeSnapshots} loses the snapshots alone: the scan warns once, naming the call and the error,
 * and the instances and volumes are read as before. moto authorises everything, so the scan goes through a local proxy that
 * answers DescribeSnapshots as EC2 answers a denied call (HTTP 403, {@code UnauthorizedOperation}) and hands every other call to moto.
 */
class DeniedSnapshotsScanTest
{
    private static final String REGION = "us-east-1";
    // Headers the JDK client sets itself and refuses to be given.
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade", "transfer-encoding");
    private static final String DENIED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Response><Errors><Error><Code>UnauthorizedOperation</Code><Message>You are not authorized to perform this operation. \
            User: arn:aws:iam::123456789012:user/auditor is not authorized to perform: ec2:DescribeSnapshots</Message></Error></Errors>\
            <RequestID>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestID></Response>""";

    @Test
    void keepsTheInstancesAndVolumesAndWarnsOnceWhenDescribeSnapshotsIsDenied()
            throws Exception
    {
        URI moto = MotoEmulator.require();
        String instanceId;
        String volumeId;
        try (Ec2Client ec2 = MotoEstate.configure(Ec2Client.builder(), moto, DefaultCredentialsProvider.builder().build(), REGION).build()) {
            String imageId = ec2.describeImages().images().getFirst().imageId();
            instanceId = ec2.runInstances(request -> request.imageId(imageId).instanceType(InstanceType.M5_LARGE).minCount(1).maxCount(1)
                    .placement(placement -> placement.availabilityZone(REGION + "a"))).instances().getFirst().instanceId();
            volumeId = ec2.createVolume(request -> request.availabilityZone(REGION + "a").volumeType(VolumeType.GP3).size(100)).volumeId();
            ec2.attachVolume(request -> request.volumeId(volumeId).instanceId(instanceId).device("/dev/sdf"));
            ec2.createSnapshot(request -> request.volumeId(volumeId));
        }
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        try (HttpClient client = HttpClient.newHttpClient()) {
            proxy.createContext("/", exchange -> forwardOrDeny(exchange, moto, client));
            proxy.start();
            URI endpoint = URI.create("http://127.0.0.1:" + proxy.getAddress().getPort());

            // EC2 and the network it refers to; the other services are no part of this
            Inventory inventory = AwsScan.run(new AwsScanOptions("moto", Optional.empty(), List.of(REGION), List.of(), Optional.empty(), Optional.empty(),
                    Optional.of(endpoint), 2), List.of(new Ec2ScannerFactory(), new NetworkScannerFactory()), new ApiCallRecorder(), progress -> {}).inventory();

            ResourceDetails.Ec2Instance instance = (ResourceDetails.Ec2Instance) inventory
                    .resource("arn:aws:ec2:" + REGION + ":" + MotoEmulator.FIRST_ACCOUNT + ":instance/" + instanceId).orElseThrow().details();
            assertThat(instance.ebsVolumes()).filteredOn(volume -> volume.volumeId().equals(volumeId)).singleElement().satisfies(volume -> {
                assertThat(volume.volumeType()).isEqualTo("gp3");
                assertThat(volume.snapshots()).as("not read, so none").isEmpty();
            });
            assertThat(inventory.warnings()).singleElement().satisfies(warning -> {
                assertThat(warning).extracting(InventoryWarning::service, InventoryWarning::code, InventoryWarning::input)
                        .containsExactly("ec2", "UnauthorizedOperation", "ec2-describe-snapshots");
                assertThat(warning.message()).contains("ec2-describe-snapshots failed once", "ec2:DescribeSnapshots", "the rest of ec2 was scanned");
            });
        }
        finally {
            proxy.stop(0);
        }
    }

    private static void forwardOrDeny(HttpExchange exchange, URI moto, HttpClient client)
            throws IOException
    {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (new String(body, StandardCharsets.UTF_8).contains("Action=DescribeSnapshots")) {
            reply(exchange, 403, "text/xml;charset=UTF-8", DENIED.getBytes(StandardCharsets.UTF_8));
            return;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(moto.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            reply(exchange, response.statusCode(), response.headers().firstValue("content-type").orElse("text/xml"), response.body());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void reply(HttpExchange exchange, int status, String contentType, byte[] body)
            throws IOException
    {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
