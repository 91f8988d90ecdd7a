package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.JsonDocuments;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The one-off step that cuts the bundled price snapshot out of the aws-price-watcher {@code processed/}
 * files (a 4.8 MB fixture) down to the dimensions and regions CloudMigrate prices. Run it again only when
 * the snapshot is replaced, then update NOTICE.md:
 *
 * <pre>java -cp … io.cloudmigrate.scoring.internal.PriceSnapshotExtractor FIXTURE_DIR OUTPUT_JSON</pre>
 *
 * The test {@code PriceSnapshotExtractorTest} checks that the committed file is exactly what this
 * produces from the fixture, when the fixture is present.
 */
public final class PriceSnapshotExtractor
{
    public static final String SNAPSHOT = "2025-06";
    public static final String SOURCE = "QuinnyPig/aws-price-watcher, processed/ at commit a6645eb (data as published June 2025)";

    /** Region code to the location name AWS price lists use. */
    static final Map<String, String> REGIONS = orderedRegions();

    // General purpose, compute, memory and burstable families; no bare metal, GPU, HPC or storage families.
    private static final Pattern EC2_TYPE = Pattern.compile("^([tmcr][1-8][a-z]*(-flex)?|a1)\\.(?!metal)[a-z0-9]+$");
    private static final Pattern CACHE_NODE = Pattern.compile("^(?<location>.+) \\(Instance Type: (?<type>cache\\.[a-z0-9.]+),");
    private static final Pattern CACHE_ENGINE = Pattern.compile(" (Redis|Memcached) (Current|Previous) Generation$");
    private static final Pattern TO_LOCATION = Pattern.compile("^(?<from>.+) \\(To Location: (?<to>.+)\\)$");

    private static final Map<String, String> ELB = Map.of(
            "Application Load Balancer Hours", "elb.application.hour",
            "Application Load Balancer LCU Hours", "elb.application.lcu-hour",
            "Network Load Balancer Hours", "elb.network.hour",
            "Network Load Balancer LCU Hours", "elb.network.lcu-hour",
            "Gateway Load Balancer Hours", "elb.gateway.hour",
            "Gateway Load Balancer LCU Hours", "elb.gateway.lcu-hour",
            "Classic Load Balancer Hours", "elb.classic.hour",
            "Classic Load Balancer Data", "elb.classic.gb");
    private static final Map<String, String> LAMBDA = Map.of(
            "Lambda Requests", "lambda.request",
            "Lambda Duration", "lambda.gb-second.x86_64",
            "Lambda Duration-ARM", "lambda.gb-second.arm64");
    private static final Map<String, String> FARGATE = Map.of(
            "perCPU per hour", "fargate.vcpu-hour.x86_64",
            "perGB per hour", "fargate.gb-hour.x86_64",
            "ARM perCPU per hour", "fargate.vcpu-hour.arm64",
            "ARM perGB per hour", "fargate.gb-hour.arm64",
            "perCPU OS License Fee per hour Windows", "fargate.windows-license.vcpu-hour");
    // Storage classes, first tier where there are tiers. Reduced Redundancy is left out: its tiers are mislabelled
    // ("First 1 YB", "Nex 500 TB"), so which one is the first cannot be told; Deep Archive is in another price list.
    private static final Map<String, String> S3 = Map.ofEntries(
            Map.entry("Standard Storage First 50 TB per GB Mo", "s3.standard.gb-month"),
            Map.entry("Standard Infrequent Access Storage per GB-Mo", "s3.standard-ia.gb-month"),
            Map.entry("One Zone Infrequent Access Storage Inf per GB-Mo", "s3.one-zone-ia.gb-month"),
            Map.entry("Glacier Instant Retrieval Storage", "s3.glacier-instant-retrieval.gb-month"),
            Map.entry("Glacier Storage per GB Mo", "s3.glacier-flexible-retrieval.gb-month"),
            Map.entry("Glacier Staging Storage per GB Mo", "s3.glacier-staging.gb-month"),
            Map.entry("Intelligent Tiering Frequent Access First 50 TB per GB Mo", "s3.intelligent-tiering.frequent.gb-month"),
            Map.entry("Intelligent Tiering Infrequent Access per GB Mo", "s3.intelligent-tiering.infrequent.gb-month"),
            Map.entry("Intelligent Tiering Archive Instant Access", "s3.intelligent-tiering.archive-instant.gb-month"),
            Map.entry("IntelligentTieringArchiveAccess", "s3.intelligent-tiering.archive.gb-month"),
            Map.entry("IntelligentTieringDeepArchiveAccess", "s3.intelligent-tiering.deep-archive.gb-month"));
    private static final Map<String, String> RDS_STORAGE = Map.ofEntries(
            Map.entry("Database Storage Single AZ General Purpose", "rds.storage.gp2.single-az"),
            Map.entry("Database Storage Multi AZ General Purpose", "rds.storage.gp2.multi-az"),
            Map.entry("Database Storage Single AZ General Purpose-GP3", "rds.storage.gp3.single-az"),
            Map.entry("Database Storage Multi AZ General Purpose-GP3", "rds.storage.gp3.multi-az"),
            Map.entry("Database Storage Single AZ Provisioned IOPS", "rds.storage.io1.single-az"),
            Map.entry("Database Storage Multi AZ Provisioned IOPS", "rds.storage.io1.multi-az"),
            Map.entry("Database Storage Single AZ Provisioned IOPS-IO2", "rds.storage.io2.single-az"),
            Map.entry("Database Storage Multi AZ Provisioned IOPS-IO2", "rds.storage.io2.multi-az"),
            Map.entry("Database Storage Single AZ Magnetic", "rds.storage.standard.single-az"),
            Map.entry("Database Storage Multi AZ Magnetic", "rds.storage.standard.multi-az"),
            Map.entry("Database Storage Single AZ General Purpose-Aurora", "rds.storage.aurora"));
    private static final Map<String, String> API_GATEWAY = Map.of(
            "API Calls Number of up to 333 million", "apigateway.rest.request",
            "ApiGatewayHttpApi First 300 million", "apigateway.http.request");
    private static final Map<String, String> VPC = Map.of(
            "Hourly charge for In use Public IPv4 Addresses per Hrs", "vpc.public-ipv4.hour",
            "Hourly charge for VPC Endpoints per Hrs", "vpc.endpoint.hour");
    private static final String INTERNET_OUT = "DataTransfer External Outbound Next 10 TB";
    private static final String INTER_REGION_PREFIX = "DataTransfer InterRegion Outbound to ";

    private PriceSnapshotExtractor() {}

    public static void main(String[] args)
    {
        if (args.length != 2) {
            System.err.println("usage: PriceSnapshotExtractor FIXTURE_DIR OUTPUT_JSON");
            System.exit(2);
        }
        JsonDocuments.write(Path.of(args[1]), extract(Path.of(args[0])));
    }

    /** The compact snapshot document, ready to be written with {@link JsonDocuments#toJson}. */
    public static Map<String, Object> extract(Path fixture)
    {
        requireNonNull(fixture, "fixture is null");
        Map<String, SortedMap<String, String>> prices = new TreeMap<>();
        REGIONS.keySet().forEach(region -> prices.put(region, new TreeMap<>()));

        JsonNode ec2 = JsonDocuments.readTree(fixture.resolve("ec2.json"));
        ec2.fieldNames().forEachRemaining(dimension -> {
            String type = dimension.substring(dimension.indexOf("-instancetype-") + "-instancetype-".length());
            if (dimension.startsWith("OnDemand Linux-instancetype-") && EC2_TYPE.matcher(type).matches()) {
                copyByLocation(ec2.get(dimension), "ec2.linux." + type, prices);
            }
        });
        extractCacheNodes(JsonDocuments.readTree(fixture.resolve("elasticache.json")), prices);
        copyNamed(JsonDocuments.readTree(fixture.resolve("elb.json")), ELB, prices);
        copyNamed(JsonDocuments.readTree(fixture.resolve("lambda.json")), LAMBDA, prices);
        copyNamed(JsonDocuments.readTree(fixture.resolve("ecs.json")), FARGATE, prices);
        copyNamed(JsonDocuments.readTree(fixture.resolve("s3.json")), S3, prices);
        copyNamed(JsonDocuments.readTree(fixture.resolve("rds-storage.json")), RDS_STORAGE, prices);
        copyNamed(JsonDocuments.readTree(fixture.resolve("apigateway.json")), API_GATEWAY, prices);
        copyNamed(JsonDocuments.readTree(fixture.resolve("vpc.json")), VPC, prices);
        extractDataTransfer(JsonDocuments.readTree(fixture.resolve("datatransfer.json")), prices);

        Map<String, Object> regions = new TreeMap<>();
        REGIONS.forEach((region, location) -> regions.put(region, Map.of("location", location, "prices", prices.get(region))));
        Map<String, Object> document = new TreeMap<>();
        document.put("schemaVersion", 1);
        document.put("snapshot", SNAPSHOT);
        document.put("source", SOURCE);
        document.put("regions", regions);
        return document;
    }

    private static void extractCacheNodes(JsonNode elastiCache, Map<String, SortedMap<String, String>> prices)
    {
        elastiCache.fieldNames().forEachRemaining(dimension -> {
            Matcher engine = CACHE_ENGINE.matcher(dimension);
            if (!dimension.startsWith("[OnDemand Cache Instance") || !engine.find()) {
                return;
            }
            fields(elastiCache.get(dimension)).forEach((location, price) -> {
                Matcher node = CACHE_NODE.matcher(location);
                if (node.find()) {
                    String region = regionOf(node.group("location"));
                    if (region != null) {
                        prices.get(region).put("elasticache." + engine.group(1).toLowerCase() + "." + node.group("type"), plain(price));
                    }
                }
            });
        });
    }

    private static void extractDataTransfer(JsonNode dataTransfer, Map<String, SortedMap<String, String>> prices)
    {
        fields(dataTransfer.get(INTERNET_OUT)).forEach((location, price) -> {
            // Only the first tier (0 to 10 TB a month), the one a single estate's traffic falls in.
            String region = regionOf(location.replace(" (StartingRange: 0, EndingRange: 10240)", ""));
            if (region != null && location.endsWith("(StartingRange: 0, EndingRange: 10240)")) {
                prices.get(region).put("datatransfer.internet-out.gb", plain(price));
            }
        });
        dataTransfer.fieldNames().forEachRemaining(dimension -> {
            if (!dimension.startsWith(INTER_REGION_PREFIX)) {
                return;
            }
            fields(dataTransfer.get(dimension)).forEach((location, price) -> {
                Matcher matcher = TO_LOCATION.matcher(location);
                if (matcher.matches()) {
                    String from = regionOf(matcher.group("from"));
                    String to = regionOf(matcher.group("to"));
                    if (from != null && to != null) {
                        prices.get(from).put("datatransfer.inter-region." + to + ".gb", plain(price));
                    }
                }
            });
        });
    }

    private static void copyNamed(JsonNode service, Map<String, String> names, Map<String, SortedMap<String, String>> prices)
    {
        names.forEach((dimension, key) -> copyByLocation(requireNonNull(service.get(dimension), "no dimension " + dimension), key, prices));
    }

    private static void copyByLocation(JsonNode byLocation, String key, Map<String, SortedMap<String, String>> prices)
    {
        fields(byLocation).forEach((location, price) -> {
            String region = regionOf(location);
            if (region != null) {
                prices.get(region).put(key, plain(price));
            }
        });
    }

    private static Map<String, String> fields(JsonNode node)
    {
        Map<String, String> fields = new TreeMap<>();
        node.properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue().asText()));
        return fields;
    }

    private static String regionOf(String location)
    {
        return REGIONS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(location))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    // The fixture writes ten decimals ("0.0960000000"); the value is the same without trailing zeros.
    private static String plain(String price)
    {
        return new BigDecimal(price).stripTrailingZeros().toPlainString();
    }

    private static Map<String, String> orderedRegions()
    {
        Map<String, String> regions = new LinkedHashMap<>();
        regions.put("us-east-1", "US East (N. Virginia)");
        regions.put("us-east-2", "US East (Ohio)");
        regions.put("us-west-2", "US West (Oregon)");
        regions.put("eu-west-1", "EU (Ireland)");
        regions.put("eu-west-2", "EU (London)");
        regions.put("eu-central-1", "EU (Frankfurt)");
        regions.put("ap-southeast-2", "Asia Pacific (Sydney)");
        regions.put("ap-northeast-1", "Asia Pacific (Tokyo)");
        return regions;
    }
}
