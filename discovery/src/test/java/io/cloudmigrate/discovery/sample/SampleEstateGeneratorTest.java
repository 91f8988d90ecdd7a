package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SampleEstateGeneratorTest
{
    /** Where the committed copy lives, relative to the discovery module (Maven's working directory for tests). */
    private static final Path COMMITTED = Path.of("src/main/resources/io/cloudmigrate/discovery/sample-estate");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path generated;

    @BeforeAll
    static void generate()
    {
        SampleEstateGenerator.generate(generated);
    }

    @Test
    void committedSampleEstateIsUpToDate()
            throws IOException
    {
        List<String> expected = files(generated);
        assertThat(files(COMMITTED))
                .as("files of %s; regenerate it with SampleEstateGenerator", COMMITTED)
                .containsExactlyElementsOf(expected);
        for (String file : expected) {
            assertThat(Files.readAllBytes(COMMITTED.resolve(file)))
                    .as("%s differs from the generator's output; regenerate the sample estate with SampleEstateGenerator", file)
                    .isEqualTo(Files.readAllBytes(generated.resolve(file)));
        }
    }

    @Test
    void generatesTheSameBytesOnEveryRun(@TempDir Path again)
            throws IOException
    {
        SampleEstateGenerator.generate(again);

        List<String> files = files(generated);
        assertThat(files(again)).containsExactlyElementsOf(files);
        for (String file : files) {
            assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(generated.resolve(file)));
        }
    }

    @Test
    void indexListsEveryOtherFileSorted()
            throws IOException
    {
        List<String> index = Files.readAllLines(generated.resolve("index.txt"));

        assertThat(index).isSortedAccordingTo(String::compareTo);
        assertThat(index).containsExactlyElementsOf(files(generated).stream().filter(file -> !file.equals("index.txt")).toList());
    }

    @Test
    void refusesToOverwriteADirectoryThatIsNotASampleEstate(@TempDir Path directory)
            throws IOException
    {
        Files.writeString(directory.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> SampleEstateGenerator.generate(directory))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a sample estate");
        assertThat(directory.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void spansTwoAccountsAndTwoRegionsWithAtLeastEightyResources()
    {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> accounts = new ArrayList<>();
        for (Path region : regionFolders()) {
            accounts.add(json(region.resolve("sts-get-caller-identity.json")).path("Account").asText());
            count(counts, "instances", json(region.resolve("ec2-describe-instances.json")).findValues("InstanceType").size());
            count(counts, "vpcs", json(region.resolve("ec2-describe-vpcs.json")).path("Vpcs").size());
            count(counts, "subnets", json(region.resolve("ec2-describe-subnets.json")).path("Subnets").size());
            count(counts, "nat gateways", json(region.resolve("ec2-describe-nat-gateways.json")).path("NatGateways").size());
            count(counts, "vpc endpoints", json(region.resolve("ec2-describe-vpc-endpoints.json")).path("VpcEndpoints").size());
            count(counts, "rds", json(region.resolve("rds-describe-db-instances.json")).path("DBInstances").size());
            count(counts, "rds clusters", json(region.resolve("rds-describe-db-clusters.json")).path("DBClusters").size());
            count(counts, "elasticache", json(region.resolve("elasticache-describe-cache-clusters.json")).path("CacheClusters").size());
            count(counts, "replication groups", json(region.resolve("elasticache-describe-replication-groups.json")).path("ReplicationGroups").size());
            count(counts, "route tables", json(region.resolve("ec2-describe-route-tables.json")).path("RouteTables").size());
            count(counts, "classic load balancers", json(region.resolve("elb-describe-load-balancers.json")).path("LoadBalancerDescriptions").size());
            count(counts, "load balancers", json(region.resolve("elbv2-describe-load-balancers.json")).path("LoadBalancers").size());
            count(counts, "functions", json(region.resolve("lambda-list-functions.json")).path("Functions").size());
            JsonNode clusters = json(region.resolve("ecs-list-clusters.json")).path("clusterArns");
            count(counts, "ecs clusters", clusters.size());
            for (JsonNode cluster : clusters) {
                count(counts, "ecs services", json(region.resolve("ecs-describe-services").resolve(encode(cluster.asText()))).path("services").size());
            }
            if (Files.exists(region.resolve("s3-list-buckets.json"))) {
                count(counts, "buckets", json(region.resolve("s3-list-buckets.json")).path("Buckets").size());
            }
            count(counts, "rest apis", json(region.resolve("apigateway-get-rest-apis.json")).path("items").size());
            count(counts, "http apis", json(region.resolve("apigatewayv2-get-apis.json")).path("Items").size());
        }

        assertThat(accounts).containsOnly("111111111111", "222222222222").hasSize(4);
        assertThat(regionFolders()).extracting(path -> path.getFileName().toString()).containsOnly("us-east-1", "eu-west-1");
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(80);
        assertThat(counts).containsEntry("instances", 22).containsEntry("rds", 6).containsEntry("rds clusters", 1).containsEntry("elasticache", 4)
                .containsEntry("replication groups", 3).containsEntry("route tables", 15).containsEntry("ecs services", 3);
    }

    @Test
    void flowLogsHoldBothDirectionsOfTheStorefrontWebToDatabaseConnection()
            throws IOException
    {
        Path region = generated.resolve("production-111111111111/us-east-1");
        String web = instanceAddress(region, "storefront-web-1");
        JsonNode database = json(region.resolve("rds-describe-db-instances.json")).path("DBInstances").get(0);
        assertThat(database.path("DBInstanceIdentifier").asText()).isEqualTo("storefront-db");
        // RDS names no address: its ENI is the RDSNetworkInterface in the instance's zone and security group
        String groupId = database.path("VpcSecurityGroups").get(0).path("VpcSecurityGroupId").asText();
        JsonNode databaseInterface = stream(json(region.resolve("ec2-describe-network-interfaces.json")).path("NetworkInterfaces"))
                .filter(eni -> eni.path("Description").asText().equals("RDSNetworkInterface"))
                .filter(eni -> eni.path("AvailabilityZone").asText().equals(database.path("AvailabilityZone").asText()))
                .filter(eni -> eni.path("Groups").get(0).path("GroupId").asText().equals(groupId))
                .findFirst()
                .orElseThrow();
        String databaseAddress = databaseInterface.path("PrivateIpAddress").asText();

        List<String[]> records = Files.readAllLines(generated.resolve("flow-logs/111111111111-us-east-1.log")).stream()
                .skip(1)
                .map(line -> line.split(" "))
                .toList();
        // fields: version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status
        List<String[]> requests = records.stream()
                .filter(record -> record[3].equals(web) && record[4].equals(databaseAddress) && record[6].equals("5432") && record[12].equals("ACCEPT"))
                .toList();
        List<String[]> responses = records.stream()
                .filter(record -> record[3].equals(databaseAddress) && record[4].equals(web) && record[5].equals("5432") && record[12].equals("ACCEPT"))
                .toList();

        assertThat(requests).isNotEmpty();
        assertThat(responses).hasSameSizeAs(requests);
        assertThat(requests).extracting(record -> record[2]).contains(databaseInterface.path("NetworkInterfaceId").asText());
        assertThat(responses).extracting(record -> record[5] + ">" + record[6])
                .containsExactlyInAnyOrderElementsOf(requests.stream().map(record -> record[6] + ">" + record[5]).toList());
    }

    @Test
    void exactlyOneSecurityGroupOpensSshToTheWorld()
    {
        List<String> open = new ArrayList<>();
        for (Path region : regionFolders()) {
            for (JsonNode group : json(region.resolve("ec2-describe-security-groups.json")).path("SecurityGroups")) {
                for (JsonNode permission : group.path("IpPermissions")) {
                    boolean ssh = permission.path("IpProtocol").asText().equals("tcp") && permission.path("FromPort").asInt() <= 22 && permission.path("ToPort").asInt() >= 22;
                    if (ssh && stream(permission.path("IpRanges")).anyMatch(range -> range.path("CidrIp").asText().equals("0.0.0.0/0"))) {
                        open.add(group.path("GroupName").asText());
                    }
                }
            }
        }

        assertThat(open).containsExactly("legacy-sftp");
    }

    @Test
    void everyComputeResourceHasNinetyDaysOfMetricsUnderItsArn()
    {
        // the ARN of every compute resource, as the importer builds it, and the region folder it is in
        Map<String, Path> arns = new TreeMap<>();
        for (Path region : regionFolders()) {
            String account = json(region.resolve("sts-get-caller-identity.json")).path("Account").asText();
            json(region.resolve("ec2-describe-instances.json")).findValues("InstanceId").stream()
                    .map(JsonNode::asText)
                    .forEach(id -> arns.put("arn:aws:ec2:" + region.getFileName() + ":" + account + ":instance/" + id, region));
            Stream.of(
                            json(region.resolve("rds-describe-db-instances.json")).findValues("DBInstanceArn"),
                            json(region.resolve("elasticache-describe-cache-clusters.json")).findValues("ARN"),
                            json(region.resolve("lambda-list-functions.json")).findValues("FunctionArn"))
                    .flatMap(List::stream)
                    .forEach(arn -> arns.put(arn.asText(), region));
            for (JsonNode cluster : json(region.resolve("ecs-list-clusters.json")).path("clusterArns")) {
                json(region.resolve("ecs-describe-services").resolve(encode(cluster.asText()))).path("services")
                        .forEach(service -> arns.put(service.path("serviceArn").asText(), region));
            }
        }

        assertThat(arns).hasSize(22 + 6 + 4 + 6 + 3);
        arns.forEach((arn, region) -> {
            JsonNode results = json(region.resolve("cloudwatch-get-metric-data").resolve(encode(arn))).path("MetricDataResults");
            assertThat(results).as(arn).isNotEmpty();
            for (JsonNode result : results) {
                assertThat(result.path("Values").size()).as(arn).isEqualTo(90);
                assertThat(result.path("Timestamps").get(0).asText()).isEqualTo("2026-10-31T00:00:00+00:00");
                assertThat(result.path("Timestamps").get(89).asText()).isEqualTo("2026-08-03T00:00:00+00:00");
            }
        });
    }

    @Test
    void idleInstanceIsQuietAndAbsentFromTheFlowLogs()
            throws IOException
    {
        Path region = generated.resolve("production-111111111111/us-east-1");
        JsonNode instance = instance(region, "dev-sandbox-1");
        String arn = "arn:aws:ec2:us-east-1:111111111111:instance/" + instance.path("InstanceId").asText();
        Map<String, double[]> metrics = metrics(region, arn);

        assertThat(stream(instance.path("Tags")).map(tag -> tag.path("Key").asText())).doesNotContain("Owner");
        assertThat(average(metrics.get("CPUUtilization"))).isLessThan(2);
        assertThat(average(metrics.get("mem_used_percent"))).isLessThan(5);
        assertThat(Files.readString(generated.resolve("flow-logs/111111111111-us-east-1.log")))
                .doesNotContain(" " + instance.path("PrivateIpAddress").asText() + " ");
    }

    @Test
    void batchInstanceIsQuietOnAverageButBusyAtItsPeaks()
    {
        Path region = generated.resolve("production-111111111111/us-east-1");
        String arn = "arn:aws:ec2:us-east-1:111111111111:instance/" + instance(region, "batch-etl-1").path("InstanceId").asText();
        double[] cpu = metrics(region, arn).get("CPUUtilization");

        assertThat(average(cpu)).isLessThan(10);
        assertThat(Arrays.stream(cpu).max().orElseThrow()).isGreaterThan(70);
        assertThat(Arrays.stream(cpu).filter(value -> value > 40).count()).as("days above 40 %").isEqualTo(6);
    }

    private static List<Path> regionFolders()
    {
        try (Stream<Path> paths = Files.walk(generated, 2)) {
            return paths.filter(path -> Files.exists(path.resolve("sts-get-caller-identity.json"))).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode instance(Path region, String name)
    {
        return json(region.resolve("ec2-describe-instances.json")).path("Reservations").findValues("Instances").stream()
                .flatMap(SampleEstateGeneratorTest::stream)
                .filter(instance -> stream(instance.path("Tags")).anyMatch(tag -> tag.path("Key").asText().equals("Name") && tag.path("Value").asText().equals(name)))
                .findFirst()
                .orElseThrow();
    }

    private static String instanceAddress(Path region, String name)
    {
        return instance(region, name).path("PrivateIpAddress").asText();
    }

    private static Map<String, double[]> metrics(Path region, String arn)
    {
        Map<String, double[]> metrics = new TreeMap<>();
        for (JsonNode result : json(region.resolve("cloudwatch-get-metric-data").resolve(encode(arn))).path("MetricDataResults")) {
            metrics.put(result.path("Label").asText(), stream(result.path("Values")).mapToDouble(JsonNode::asDouble).toArray());
        }
        return metrics;
    }

    private static double average(double[] values)
    {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static void count(Map<String, Integer> counts, String type, int count)
    {
        counts.merge(type, count, Integer::sum);
    }

    private static Stream<JsonNode> stream(JsonNode array)
    {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements.stream();
    }

    private static String encode(String identifier)
    {
        return URLEncoder.encode(identifier, StandardCharsets.UTF_8);
    }

    private static JsonNode json(Path path)
    {
        try {
            return MAPPER.readTree(path.toFile());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> files(Path root)
            throws IOException
    {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
