package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.Scope;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Imports a directory of AWS CLI output (the layout of {@code docs/aws-cli-layout.md}) into an
 * {@link Inventory}. Readers run in two passes: first the resources that stand alone, then those
 * that point at others (load balancer targets, tags from tag calls, network interface owners,
 * CloudWatch series), and last the check for references to things the estate does not hold.
 */
public final class AwsCliImport
{
    private static final String IMPORT = "import";
    private static final String EPOCH = "1970-01-01T00:00:00Z";

    private final FileLedger ledger = new FileLedger();
    private final Warnings warnings = new Warnings();
    private final EstateBuilder estate = new EstateBuilder();

    private AwsCliImport() {}

    public static Inventory importDirectory(Path directory, Optional<String> estateName)
    {
        requireNonNull(directory, "directory is null");
        requireNonNull(estateName, "estateName is null");
        return new AwsCliImport().run(directory.toAbsolutePath().normalize(), estateName);
    }

    private Inventory run(Path root, Optional<String> estateName)
    {
        EstateLayout layout = EstateLayout.scan(root);
        layout.skippedFiles().forEach(path -> warnings.add(null, null, IMPORT, Warnings.SKIPPED_FILE, path, skippedMessage(path)));
        Optional<JsonNode> estateFile = layout.estateFile().flatMap(file -> readEstateFile(root, file));

        List<RegionContext> contexts = contexts(layout);
        readAll(contexts, estate, warnings);

        List<Resource> resources = estate.resources();
        Scope scope = new Scope(
                contexts.stream().map(RegionContext::accountId).toList(),
                Stream.concat(contexts.stream().map(RegionContext::region), resources.stream().map(Resource::region)).toList());
        return new Inventory(Inventory.SCHEMA_VERSION, ledger.scanId(), name(root, estateName, estateFile), capturedAt(estateFile), scope,
                resources, estate.securityGroups(), estate.networkInterfaces(), estate.utilization(), warnings.sorted(), estate.flowLogs());
    }

    /**
     * Normalises the outputs of every region into the estate; shared by the file import and the live
     * scan, which hands over the same outputs gathered from API calls ({@link ApiOutputs}).
     */
    static void readAll(List<RegionContext> contexts, EstateBuilder estate, Warnings warnings)
    {
        for (RegionContext context : contexts) {
            NetworkReader.read(context);
            RouteTableReader.read(context);
            Ec2Reader.read(context);
            RdsReader.read(context);
            RdsClusterReader.read(context);
            ElastiCacheReader.read(context);
            ElastiCacheReplicationGroupReader.read(context);
            LambdaReader.read(context);
            EcsReader.read(context);
            ApiGatewayReader.read(context);
            FlowLogReader.read(context);
        }
        S3Reader.read(contexts);
        for (RegionContext context : contexts) {
            LoadBalancerReader.read(context);
        }
        // tag calls name resources of every kind, so they are read once all resources are in
        for (RegionContext context : contexts) {
            TagReader.read(context);
        }
        for (RegionContext context : contexts) {
            NetworkInterfaceReader.read(context);
            CloudWatchReader.read(context);
        }
        ReferenceChecker.check(estate, warnings);
    }

    /** Loads the region folders of each account folder and works out the account they belong to. */
    private List<RegionContext> contexts(EstateLayout layout)
    {
        Map<String, List<EstateLayout.RegionFolder>> accounts = new LinkedHashMap<>();
        layout.regionFolders().forEach(folder -> accounts.computeIfAbsent(folder.accountFolder(), name -> new ArrayList<>()).add(folder));
        List<RegionContext> contexts = new ArrayList<>();
        accounts.forEach((accountFolder, folders) -> {
            List<RegionFiles> regions = folders.stream().map(folder -> RegionFiles.load(layout.root(), folder, ledger)).toList();
            AccountResolver.Account account = AccountResolver.resolve(regions);
            String accountId = account.accountId().orElse(AccountResolver.UNKNOWN_ACCOUNT);
            if (account.accountId().isEmpty()) {
                String folder = accountFolder.isEmpty() ? layout.root().getFileName() + "" : accountFolder;
                warnings.add(accountId, null, IMPORT, Warnings.UNKNOWN_ACCOUNT, folder, folder
                        + ": no sts-get-caller-identity.json and no owner field names the account; resources are filed under account \"unknown\"."
                        + " Save `aws sts get-caller-identity` output in one of its region folders");
            }
            String folderName = accountFolder.isEmpty() ? layout.root().getFileName() + "" : accountFolder;
            account.malformedIds().forEach(malformed -> warnings.add(accountId, null, IMPORT, Warnings.INVALID_VALUE, folderName, folderName
                    + ": \"" + malformed + "\" is given as the account id (sts-get-caller-identity Account, an OwnerId or an ARN), but an account id"
                    + " is 12 digits; it was not used"));
            for (RegionFiles files : regions) {
                RegionScope scope = new RegionScope(account.partition().orElse(RegionScope.partitionOfRegion(files.region())), accountId, files.region());
                files.skippedFiles().forEach(path -> warnings.add(scope, IMPORT, Warnings.SKIPPED_FILE, path, skippedMessage(path)));
                files.problems().forEach(problem -> warnings.add(scope, IMPORT, Warnings.MALFORMED_FILE, problem.relativePath(), malformedMessage(problem)));
                contexts.add(new RegionContext(scope, files, estate, warnings));
            }
        });
        return contexts;
    }

    private Optional<JsonNode> readEstateFile(Path root, Path file)
    {
        String relativePath = EstateLayout.relativePath(root, file);
        FileLedger.Parsed parsed = ledger.read(file, relativePath);
        if (!parsed.valid()) {
            warnings.add(null, null, IMPORT, Warnings.MALFORMED_FILE, relativePath,
                    malformedMessage(new RegionFiles.Problem(relativePath, parsed.problem())));
            return Optional.empty();
        }
        return Optional.of(parsed.content());
    }

    private static String name(Path root, Optional<String> estateName, Optional<JsonNode> estateFile)
    {
        return estateName.filter(name -> !name.isBlank())
                .or(() -> estateFile.map(document -> Json.text(document, "name")))
                .orElseGet(() -> root.getFileName() == null ? "estate" : root.getFileName().toString());
    }

    /**
     * The capture time the estate file states; failing that, the newest modification time of the
     * files read, which is when the collector last wrote to the estate.
     */
    private String capturedAt(Optional<JsonNode> estateFile)
    {
        Optional<String> stated = estateFile.map(document -> Json.text(document, "capturedAt"));
        if (stated.isPresent()) {
            try {
                return Instant.parse(stated.get()).toString();
            }
            catch (DateTimeParseException e) {
                warnings.add(null, null, IMPORT, Warnings.INVALID_ESTATE_FILE, EstateLayout.ESTATE_FILE, EstateLayout.ESTATE_FILE + ": capturedAt \""
                        + stated.get() + "\" is not an ISO-8601 UTC time such as 2026-11-01T00:00:00Z; the files' modification time was used");
            }
        }
        return ledger.newestModification().map(Instant::toString).orElse(EPOCH);
    }

    private static String skippedMessage(String path)
    {
        return path + ": not an AWS CLI output CloudMigrate imports; skipped";
    }

    private static String malformedMessage(RegionFiles.Problem problem)
    {
        return problem.relativePath() + " " + problem.message() + "; the file was skipped and the rest of the estate was read";
    }
}
