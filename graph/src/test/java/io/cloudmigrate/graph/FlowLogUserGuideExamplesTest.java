package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Known answers from "Flow log record examples" in the Amazon VPC user guide
 * (https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-records-examples.html), records copied as published.
 */
class FlowLogUserGuideExamplesTest
{
    private static final String TCP_FLAG_FORMAT = "version vpc-id subnet-id instance-id interface-id account-id type srcaddr dstaddr srcport dstport "
            + "pkt-srcaddr pkt-dstaddr protocol bytes packets start end action tcp-flags log-status";
    private static final String VERSION_5_FORMAT = "version srcaddr dstaddr srcport dstport protocol start end type packets bytes account-id vpc-id "
            + "subnet-id instance-id interface-id region az-id sublocation-type sublocation-id action tcp-flags pkt-srcaddr pkt-dstaddr "
            + "pkt-src-aws-service pkt-dst-aws-service traffic-path flow-direction log-status";

    private final FlowLogReader reader = FlowLogReader.create();

    @Test
    void readsAcceptedRejectedNoDataAndSkippedRecords()
    {
        Traffic traffic = read(
                "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK",
                "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK",
                "2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA",
                "2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1431280876 1431280934 - SKIPDATA");

        assertThat(traffic.records()).isEqualTo(4);
        assertThat(traffic.malformed()).isZero();
        assertThat(traffic.edges()).containsExactly(
                new TrafficEdge("172.31.16.139", "172.31.16.21", 22, 6, 1, 0, 20, 4249, 1418530010, 1418530070, null, null),
                new TrafficEdge("172.31.9.69", "172.31.9.12", 3389, 6, 0, 1, 0, 0, 1418530010, 1418530070, null, null));
    }

    @Test
    void keepsAPingAndItsRejectedReplyApartSinceIcmpHasNoPorts()
    {
        Traffic traffic = read(
                "2 123456789010 eni-1235b8ca123456789 203.0.113.12 172.31.16.139 0 0 1 4 336 1432917027 1432917142 ACCEPT OK",
                "2 123456789010 eni-1235b8ca123456789 172.31.16.139 203.0.113.12 0 0 1 4 336 1432917094 1432917142 REJECT OK");

        assertThat(traffic.edges()).containsExactly(
                new TrafficEdge("172.31.16.139", "203.0.113.12", 0, 1, 0, 1, 0, 0, 1432917094, 1432917142, null, null),
                new TrafficEdge("203.0.113.12", "172.31.16.139", 0, 1, 1, 0, 4, 336, 1432917027, 1432917142, null, null));
    }

    @Test
    void readsIpv6Addresses()
    {
        Traffic traffic = read("2 123456789010 eni-1235b8ca123456789 2001:db8:1234:a100:8d6e:3477:df66:f105 2001:db8:1234:a102:3304:8879:34cf:4071 "
                + "34892 22 6 54 8855 1477913708 1477913820 ACCEPT OK");

        assertThat(traffic.malformed()).isZero();
        assertThat(traffic.edges()).containsExactly(new TrafficEdge(
                "2001:db8:1234:a100:8d6e:3477:df66:f105", "2001:db8:1234:a102:3304:8879:34cf:4071", 22, 6, 1, 0, 54, 8855, 1477913708, 1477913820, null, null));
    }

    @Test
    void tcpFlagsTellTheClientWhenBothPortsAreEphemeral()
    {
        // Two connections from 52.213.180.42 to a server on port 5001: SYN (2) from the client, SYN-ACK (18) back.
        Traffic traffic = read(
                TCP_FLAG_FORMAT,
                "3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 eni-1235b8ca123456789 123456789010 IPv4 52.213.180.42 10.0.0.62 43416 5001 52.213.180.42 10.0.0.62 6 568 8 1566848875 1566848933 ACCEPT 2 OK",
                "3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 eni-1235b8ca123456789 123456789010 IPv4 10.0.0.62 52.213.180.42 5001 43416 10.0.0.62 52.213.180.42 6 376 7 1566848875 1566848933 ACCEPT 18 OK",
                "3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 eni-1235b8ca123456789 123456789010 IPv4 52.213.180.42 10.0.0.62 43418 5001 52.213.180.42 10.0.0.62 6 100701 70 1566848875 1566848933 ACCEPT 2 OK",
                "3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 eni-1235b8ca123456789 123456789010 IPv4 10.0.0.62 52.213.180.42 5001 43418 10.0.0.62 52.213.180.42 6 632 12 1566848875 1566848933 ACCEPT 18 OK",
                // A connection opened and closed in one window: SYN+FIN (3) from the client, SYN-ACK+FIN (19) from the server.
                "3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 eni-1235b8ca123456789 123456789010 IPv4 52.213.180.42 10.0.0.62 43638 5001 52.213.180.42 10.0.0.62 6 1260 17 1566933133 1566933193 ACCEPT 3 OK",
                "3 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-01234567890123456 eni-1235b8ca123456789 123456789010 IPv4 10.0.0.62 52.213.180.42 5001 43638  10.0.0.62 52.213.180.42 6 967 14 1566933133 1566933193 ACCEPT 19 OK");

        assertThat(traffic.malformed()).isZero();
        assertThat(traffic.edges()).containsExactly(new TrafficEdge(
                "52.213.180.42", "10.0.0.62", 5001, 6, 3, 0, 8 + 7 + 70 + 12 + 17 + 14, 568 + 376 + 100701 + 632 + 1260 + 967, 1566848875, 1566933193, null, null));
    }

    @Test
    void readsTheTransitGatewayFormatWithoutVolumes()
    {
        Traffic traffic = read(
                "version interface-id account-id vpc-id subnet-id instance-id srcaddr dstaddr srcport dstport protocol tcp-flags type pkt-srcaddr pkt-dstaddr action log-status",
                "3 eni-33333333333333333 123456789010 vpc-abcdefab012345678 subnet-22222222bbbbbbbbb i-01234567890123456 10.20.33.164 10.40.2.236 39812 80 6 3 IPv4 10.20.33.164 10.40.2.236 ACCEPT OK",
                "3 eni-33333333333333333 123456789010 vpc-abcdefab012345678 subnet-22222222bbbbbbbbb i-01234567890123456 10.40.2.236 10.20.33.164 80 39812 6 19 IPv4 10.40.2.236 10.20.33.164 ACCEPT OK");

        assertThat(traffic.edges()).containsExactly(new TrafficEdge("10.20.33.164", "10.40.2.236", 80, 6, 1, 0, 0, 0, 0, 0, null, null));
    }

    @Test
    void attributesTheAwsServiceOfAVersion5Record()
    {
        Inventory inventory = new TestEstate().instance("app", "10.0.0.71").inventory();
        Traffic traffic = reader.readSources(List.of(source(
                        VERSION_5_FORMAT,
                        "5 52.95.128.179 10.0.0.71 80 34210 6 1616729292 1616729349 IPv4 14 15044 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 19 52.95.128.179 10.0.0.71 S3 - - ingress OK",
                        "5 10.0.0.71 52.95.128.179 34210 80 6 1616729292 1616729349 IPv4 7 471 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 3 10.0.0.71 52.95.128.179 - S3 8 egress OK")),
                Optional.of(AddressAttribution.of(inventory)));

        assertThat(traffic.malformed()).isZero();
        assertThat(traffic.edges()).containsExactly(new TrafficEdge(
                "10.0.0.71", "52.95.128.179", 80, 6, 1, 0, 21, 15515, 1616729292, 1616729349, TestEstate.instanceArn("app"), "aws:S3"));
    }

    @Test
    void takesTheFieldOrderFromALogFormatWhenTheFileHasNoHeader()
    {
        FlowLogReader custom = FlowLogReader.create(FlowLogOptions.DEFAULT.withLogFormat("${version} ${interface-id} ${account-id} ${vpc-id} ${subnet-id} "
                + "${instance-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${tcp-flags} ${type} ${pkt-srcaddr} ${pkt-dstaddr} ${action} ${log-status}"));

        Traffic traffic = custom.readSources(List.of(source(
                "3 eni-11111111111111111 123456789010 vpc-abcdefab012345678 subnet-11111111aaaaaaaaa - 10.40.1.175 10.40.2.236 39812 80 6 3 IPv4 10.20.33.164 10.40.2.236 ACCEPT OK")),
                Optional.empty());

        assertThat(traffic.malformed()).isZero();
        assertThat(traffic.edges()).extracting(TrafficEdge::source, TrafficEdge::target, TrafficEdge::port).containsExactly(tuple("10.40.1.175", "10.40.2.236", 80));
    }

    private Traffic read(String... lines)
    {
        return reader.readSources(List.of(source(lines)), Optional.empty());
    }

    private static FlowLogSource source(String... lines)
    {
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return new FlowLogSource("user-guide.log", () -> new ByteArrayInputStream(bytes));
    }
}
