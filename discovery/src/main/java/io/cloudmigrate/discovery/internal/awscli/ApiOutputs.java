package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.Scope;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The outputs of AWS API calls for one account and region, shaped as the AWS CLI prints them and
 * named by the operations of {@code docs/aws-cli-layout.md}. The live scan fills one per account and
 * region and hands them to {@link #assemble}, which runs the same normalisation as the file import:
 * security-group rule splitting, network-interface owner resolution, ARN building and reference
 * checks. Safe for concurrent writers.
 */
public final class ApiOutputs
{
    private final RegionScope scope;
    private final RegionFiles files;

    public ApiOutputs(String partition, String accountId, String region)
    {
        this.scope = new RegionScope(partition, accountId, region);
        this.files = RegionFiles.inMemory(region, accountId + "/" + region + "/");
    }

    public String accountId()
    {
        return scope.accountId();
    }

    public String region()
    {
        return scope.region();
    }

    /** ARNs built the way AWS builds them, for resources whose API output carries none. */
    public RegionScope arns()
    {
        return scope;
    }

    /** Stores the output of a single call (pages merged), e.g. {@code ec2-describe-instances}. */
    public void document(String operation, JsonNode content)
    {
        files.putDocument(requireNonNull(operation, "operation is null"), requireNonNull(content, "content is null"));
    }

    /** Stores the output of a per-resource call, e.g. {@code elbv2-describe-listeners} for one load balancer ARN. */
    public void resourceDocument(String operation, String identifier, JsonNode content)
    {
        files.putResourceFile(requireNonNull(operation, "operation is null"), requireNonNull(identifier, "identifier is null"),
                requireNonNull(content, "content is null"));
    }

    /** The output of a single call stored so far. */
    public Optional<JsonNode> document(String operation)
    {
        return files.document(operation);
    }

    /**
     * Normalises the outputs into an inventory. Warnings of the scan itself (denied calls, opted-out
     * regions) come first in {@code scanWarnings} and are merged, sorted, with those of normalisation.
     */
    public static Inventory assemble(String scanId, String name, String capturedAt, Scope scope, List<ApiOutputs> outputs, List<InventoryWarning> scanWarnings)
    {
        Warnings warnings = new Warnings();
        scanWarnings.forEach(warning -> warnings.add(warning.accountId(), warning.region(), warning.service(), warning.code(), warning.input(), warning.message()));
        EstateBuilder estate = new EstateBuilder();
        List<RegionContext> contexts = outputs.stream()
                .map(output -> new RegionContext(output.scope, output.files, estate, warnings))
                .toList();
        AwsCliImport.readAll(contexts, estate, warnings);
        return new Inventory(Inventory.SCHEMA_VERSION, scanId, name, capturedAt, scope, estate.resources(), estate.securityGroups(),
                estate.networkInterfaces(), estate.utilization(), warnings.sorted(), estate.flowLogs());
    }
}
