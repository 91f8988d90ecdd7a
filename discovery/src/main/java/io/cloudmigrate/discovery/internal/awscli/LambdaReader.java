package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lambda functions of one region and where they sit in the network. Their network interfaces are
 * linked later, from the interface descriptions.
 */
final class LambdaReader
{
    private static final String OPERATION = "lambda-list-functions";

    private LambdaReader() {}

    static void read(RegionContext context)
    {
        for (JsonNode function : context.items(OPERATION, "Functions")) {
            String functionName = Json.text(function, "FunctionName");
            if (functionName == null) {
                continue;
            }
            String arn = Json.text(function, "FunctionArn");
            List<String> architectures = Json.strings(function, "Architectures");
            String packageType = Json.text(function, "PackageType");
            ResourceDetails details = new ResourceDetails.LambdaFunction(
                    functionName,
                    Json.text(function, "Runtime"),
                    Json.text(function, "Handler"),
                    Json.integer(function, "MemorySize", 0),
                    Json.integer(function, "Timeout", 0),
                    Json.longValue(function, "CodeSize", 0),
                    architectures.isEmpty() ? "x86_64" : architectures.getFirst(),
                    packageType == null ? "Zip" : packageType);
            Map<String, String> tags = Json.tags(function);
            String id = arn == null ? context.scope().lambdaFunction(functionName) : unqualified(arn);
            context.estate().add(context, new Resource(id, ResourceType.LAMBDA_FUNCTION, context.accountId(), context.region(),
                    Json.name(tags, functionName), tags, placement(context, function.path("VpcConfig")), details),
                    context.files().documentPath(OPERATION));
        }
    }

    /**
     * A function with subnets runs in their VPC. {@code VpcId} is missing from older output and empty
     * for functions outside any VPC, so the subnets are trusted over it.
     */
    private static NetworkPlacement placement(RegionContext context, JsonNode vpcConfig)
    {
        List<String> subnetIds = Json.strings(vpcConfig, "SubnetIds");
        if (subnetIds.isEmpty()) {
            return NetworkPlacement.NONE;
        }
        String reportedVpcId = Json.text(vpcConfig, "VpcId");
        Optional<String> subnetVpcId = subnetIds.stream().flatMap(id -> context.estate().vpcOfSubnet(id).stream()).findFirst();
        String vpcId = reportedVpcId != null && context.estate().hasVpc(reportedVpcId) ? reportedVpcId : subnetVpcId.orElse(reportedVpcId);
        return new NetworkPlacement(vpcId, subnetIds, Json.strings(vpcConfig, "SecurityGroupIds"), List.of(), List.of(), List.of());
    }

    /** The function ARN without a version or alias, which is how the inventory names a function. */
    static String unqualified(String functionArn)
    {
        String[] parts = functionArn.split(":");
        if (parts.length > 7 && parts[5].equals("function")) {
            return String.join(":", List.of(parts).subList(0, 7));
        }
        return functionArn;
    }
}
