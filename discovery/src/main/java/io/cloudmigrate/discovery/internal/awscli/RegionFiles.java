package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * The AWS CLI output of one region folder, parsed. Single calls are stored as
 * {@code <operation>.json}; per-resource calls as {@code <operation>/<url-encoded identifier>},
 * with or without a {@code .json} ending. Files of operations the importer does not read are
 * remembered as skipped, files that are not JSON as malformed. Single calls are kept parsed; a
 * per-resource file is checked when the folder is loaded and parsed again each time a reader asks for
 * its content (see {@link FileLedger}), so the import holds one such file's tree at a time.
 */
final class RegionFiles
{
    /** Single calls the importer reads, by operation. */
    static final Set<String> DOCUMENTS = Set.of(
            "sts-get-caller-identity", "ec2-describe-instances", "ec2-describe-volumes", EbsSnapshots.OPERATION, "ec2-describe-vpcs",
            "ec2-describe-subnets", "ec2-describe-security-groups", "ec2-describe-network-interfaces",
            "ec2-describe-nat-gateways", "ec2-describe-vpc-endpoints", "ec2-describe-flow-logs",
            "ec2-describe-route-tables", "ssm-describe-instance-information", "rds-describe-db-instances", "rds-describe-db-clusters",
            "elasticache-describe-cache-clusters", "elasticache-describe-replication-groups", "elasticache-describe-cache-subnet-groups",
            "elb-describe-load-balancers", "elbv2-describe-load-balancers", "elbv2-describe-target-groups",
            "lambda-list-functions", "lambda-list-event-source-mappings", "ecs-list-clusters", "ecs-describe-clusters",
            "s3-list-buckets", "apigateway-get-rest-apis", "apigatewayv2-get-apis", TagReader.CLASSIC_OPERATION, TagReader.V2_OPERATION);

    /** Per-resource calls the importer reads, by operation (the folder name). */
    static final Set<String> PER_RESOURCE = Set.of(
            "ssm-list-inventory-entries", "elbv2-describe-listeners", "elbv2-describe-target-health",
            "ecs-describe-services", "ecs-list-tasks", "ecs-describe-tasks", "ecs-describe-task-definition", "s3-get-bucket-location",
            "s3-get-bucket-versioning", "s3-get-bucket-encryption", "apigateway-get-resources",
            "apigatewayv2-get-routes", "apigatewayv2-get-integrations", "cloudwatch-get-metric-data", TagReader.LAMBDA_OPERATION,
            TagReader.ELASTICACHE_OPERATION, TagReader.S3_OPERATION);

    private static final String JSON_ENDING = ".json";

    /**
     * One per-resource file.
     *
     * @param identifier the URL-decoded file name; nested folders are joined with {@code /}
     * @param parse gives its content, parsed anew from the file at each call (a live scan's output is in memory already)
     */
    record ResourceFile(String relativePath, String identifier, Supplier<JsonNode> parse)
    {
        ResourceFile
        {
            requireNonNull(relativePath, "relativePath is null");
            requireNonNull(identifier, "identifier is null");
            requireNonNull(parse, "parse is null");
        }

        /** The file's content: a tree a caller holds only while it reads the file. */
        JsonNode content()
        {
            return parse.get();
        }
    }

    /** A file that could not be parsed, and why. */
    record Problem(String relativePath, String message) {}

    private final String region;
    private final Map<String, JsonNode> documents = new TreeMap<>();
    private final Map<String, String> documentPaths = new TreeMap<>();
    private final Map<String, Map<String, ResourceFile>> resourceFiles = new TreeMap<>();
    private final List<String> skippedFiles = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private final String pathPrefix;
    private final boolean fromFiles;

    private RegionFiles(String region, String pathPrefix, boolean fromFiles)
    {
        this.region = requireNonNull(region, "region is null");
        this.pathPrefix = requireNonNull(pathPrefix, "pathPrefix is null");
        this.fromFiles = fromFiles;
    }

    /**
     * Outputs gathered from live API calls rather than files. Paths in messages read
     * {@code <pathPrefix><operation>.json}, as if the outputs had been saved in the documented layout.
     */
    static RegionFiles inMemory(String region, String pathPrefix)
    {
        return new RegionFiles(region, pathPrefix, false);
    }

    /** Adds the output of a single call; a second output of the same operation replaces the first. */
    synchronized void putDocument(String operation, JsonNode content)
    {
        documentPaths.putIfAbsent(operation, pathPrefix + operation + JSON_ENDING);
        documents.put(operation, content);
    }

    /** Adds the output of a per-resource call for one identifier. */
    synchronized void putResourceFile(String operation, String identifier, JsonNode content)
    {
        String relativePath = pathPrefix + operation + "/" + identifier;
        requireNonNull(content, "content is null");
        resourceFiles.computeIfAbsent(operation, name -> new TreeMap<>()).put(identifier, new ResourceFile(relativePath, identifier, () -> content));
    }

    static RegionFiles load(Path root, EstateLayout.RegionFolder folder, FileLedger ledger)
    {
        String folderPath = EstateLayout.relativePath(root, folder.path());
        RegionFiles files = new RegionFiles(folder.region(), folderPath.isEmpty() ? "" : folderPath + "/", true);
        for (Path file : EstateLayout.filesUnder(folder.path())) {
            String relativePath = EstateLayout.relativePath(root, file);
            List<String> segments = List.of(EstateLayout.relativePath(folder.path(), file).split("/"));
            if (segments.size() == 1 && DOCUMENTS.contains(withoutJsonEnding(segments.getFirst()))) {
                FileLedger.Parsed parsed = ledger.read(file, relativePath);
                files.addDocument(withoutJsonEnding(segments.getFirst()), relativePath, parsed);
            }
            else if (segments.size() > 1 && PER_RESOURCE.contains(segments.getFirst())) {
                Optional<String> problem = ledger.check(file, relativePath);
                files.addResourceFile(segments, relativePath, problem, () -> ledger.parse(file, relativePath));
            }
            else {
                files.skippedFiles.add(relativePath);
            }
        }
        return files;
    }

    private void addDocument(String operation, String relativePath, FileLedger.Parsed parsed)
    {
        documentPaths.putIfAbsent(operation, relativePath);
        if (!parsed.valid()) {
            problems.add(new Problem(relativePath, parsed.problem()));
        }
        else if (documents.putIfAbsent(operation, parsed.content()) != null) {
            // both op.json and op were given: the first in path order wins, the other is not read
            skippedFiles.add(relativePath);
        }
    }

    private void addResourceFile(List<String> segments, String relativePath, Optional<String> problem, Supplier<JsonNode> parse)
    {
        if (problem.isPresent()) {
            problems.add(new Problem(relativePath, problem.get()));
            return;
        }
        List<String> decoded = segments.subList(1, segments.size()).stream()
                .map(segment -> URLDecoder.decode(segment, StandardCharsets.UTF_8))
                .toList();
        String identifier = String.join("/", decoded);
        resourceFiles.computeIfAbsent(segments.getFirst(), operation -> new TreeMap<>())
                .put(identifier, new ResourceFile(relativePath, identifier, parse));
    }

    String region()
    {
        return region;
    }

    /** The output of a single call, when the file is present and valid. */
    synchronized Optional<JsonNode> document(String operation)
    {
        return Optional.ofNullable(documents.get(operation));
    }

    /** The path of a single call's file relative to the estate root, for messages. */
    synchronized String documentPath(String operation)
    {
        return documentPaths.getOrDefault(operation, operation + JSON_ENDING);
    }

    /**
     * Whether the outputs were read from a folder of files. Outputs of live calls have no missing
     * file to name: a call that failed was reported by the scan already.
     */
    boolean fromFiles()
    {
        return fromFiles;
    }

    /** Whether the file of a single call was given but could not be parsed (it has a warning of its own). */
    synchronized boolean malformed(String operation)
    {
        String path = documentPath(operation);
        return problems.stream().anyMatch(problem -> problem.relativePath().equals(path));
    }

    /** Where the file of a single call is, or would be in the documented layout, relative to the estate root. */
    synchronized String expectedPath(String operation)
    {
        return documentPaths.getOrDefault(operation, pathPrefix + operation + JSON_ENDING);
    }

    /** Every valid file of a per-resource call, in identifier order. */
    synchronized List<ResourceFile> resourceFiles(String operation)
    {
        return List.copyOf(resourceFiles.getOrDefault(operation, Map.of()).values());
    }

    /** The output of a per-resource call for one identifier, stored with or without {@code .json}. */
    synchronized Optional<JsonNode> resourceFile(String operation, String identifier)
    {
        Map<String, ResourceFile> files = resourceFiles.getOrDefault(operation, Map.of());
        ResourceFile file = files.containsKey(identifier) ? files.get(identifier) : files.get(identifier + JSON_ENDING);
        return Optional.ofNullable(file).map(ResourceFile::content);
    }

    List<String> skippedFiles()
    {
        return List.copyOf(skippedFiles);
    }

    List<Problem> problems()
    {
        return List.copyOf(problems);
    }

    static String withoutJsonEnding(String name)
    {
        return name.endsWith(JSON_ENDING) ? name.substring(0, name.length() - JSON_ENDING.length()) : name;
    }
}
