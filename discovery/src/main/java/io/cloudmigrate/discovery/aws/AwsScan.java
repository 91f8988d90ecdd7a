package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import io.cloudmigrate.discovery.aws.internal.ClientFactory;
import io.cloudmigrate.discovery.aws.internal.ScanTarget;
import io.cloudmigrate.discovery.aws.internal.Targets;
import io.cloudmigrate.discovery.internal.awscli.ApiOutputs;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Region;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Scans AWS accounts live: every {@link ScannerFactory} found with {@link ServiceLoader}, in every
 * account and region, at most {@code concurrency} at once on virtual threads. The outputs go through
 * the same normalisation as the offline import ({@link ApiOutputs#assemble}).
 */
public final class AwsScan
{
    /** Calls the scan itself makes, besides those of the scanners. */
    public static final List<String> OWN_IAM_ACTIONS = List.of("ec2:DescribeRegions", "organizations:ListAccounts", "sts:GetCallerIdentity");
    private static final String DEFAULT_REGION = "us-east-1";
    private static final String ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL";

    private AwsScan() {}

    /** The scanner factories on the class path, sorted by name. */
    public static List<ScannerFactory> factories()
    {
        return ServiceLoader.load(ScannerFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(ScannerFactory::name))
                .toList();
    }

    public static ScanResult run(AwsScanOptions options, Consumer<ScanProgress> progress)
    {
        return run(options, factories(), new ApiCallRecorder(), progress);
    }

    /** Runs the given scanners; the recorder sees every call, for statistics and the least-privilege test. */
    public static ScanResult run(AwsScanOptions options, List<ScannerFactory> factories, ApiCallRecorder recorder, Consumer<ScanProgress> progress)
    {
        requireNonNull(options, "options is null");
        Instant start = Instant.now();
        Optional<URI> endpoint = options.endpoint().or(AwsScan::endpointFromEnvironment);
        try (ClientFactory clients = new ClientFactory(endpoint, options.concurrency(), recorder)) {
            AwsCredentialsProvider base = options.profile()
                    .<AwsCredentialsProvider>map(profile -> ProfileCredentialsProvider.builder().profileName(profile).build())
                    .orElseGet(() -> DefaultCredentialsProvider.builder().build());
            List<String> requested = options.regions().isEmpty() ? List.of(defaultRegion()) : options.regions();
            String homeRegion = requested.contains(AwsScanOptions.ALL_REGIONS) ? defaultRegion() : requested.getFirst();
            List<InventoryWarning> warnings = new ArrayList<>();
            List<ScanTarget> targets = Targets.resolve(clients, base, homeRegion, options.roleArns(), options.organizationRoleName(), options.externalId(), warnings);
            List<String> regions = requested.contains(AwsScanOptions.ALL_REGIONS) ? enabledRegions(clients, targets, base, homeRegion) : requested;

            List<ApiOutputs> outputs = new ScanTasks(clients, factories, options.concurrency(), options.metricsDays(), progress, start).run(targets, regions, warnings);

            Scope scope = new Scope(targets.stream().map(ScanTarget::accountId).toList(), regions);
            String capturedAt = start.truncatedTo(ChronoUnit.SECONDS).toString();
            Inventory inventory = ApiOutputs.assemble(scanId(scope, capturedAt), options.name(), capturedAt, scope, outputs, warnings);
            Map<ResourceType, Long> byType = inventory.resources().stream().collect(Collectors.groupingBy(Resource::type, TreeMap::new, Collectors.counting()));
            ScanStatistics statistics = new ScanStatistics(Duration.between(start, Instant.now()), recorder.calls(), recorder.throttles(),
                    recorder.callsByOperation(), byType);
            return new ScanResult(inventory, statistics);
        }
    }

    private static Optional<URI> endpointFromEnvironment()
    {
        return Optional.ofNullable(System.getenv(ENDPOINT_VARIABLE)).filter(value -> !value.isBlank()).map(URI::create);
    }

    private static String defaultRegion()
    {
        try {
            return new DefaultAwsRegionProviderChain().getRegion().id();
        }
        catch (SdkException e) {
            return DEFAULT_REGION;
        }
    }

    /** The regions enabled for the first account: DescribeRegions without {@code AllRegions} leaves out those not opted in. */
    private static List<String> enabledRegions(ClientFactory clients, List<ScanTarget> targets, AwsCredentialsProvider base, String homeRegion)
    {
        AwsCredentialsProvider credentials = targets.isEmpty() ? base : targets.getFirst().credentials();
        try (Ec2Client ec2 = clients.build(Ec2Client.builder(), credentials, homeRegion)) {
            return ec2.describeRegions().regions().stream().map(Region::regionName).sorted().toList();
        }
        catch (SdkException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.AWS_CALL_FAILED, "could not list the enabled regions for --regions all ("
                    + e.getMessage() + "). Name the regions instead, e.g. --regions us-east-1,eu-west-1", e);
        }
    }

    private static String scanId(Scope scope, String capturedAt)
    {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((String.join(",", scope.accounts()) + "|" + String.join(",", scope.regions()) + "|" + capturedAt).getBytes(StandardCharsets.UTF_8));
            return "scan-" + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
