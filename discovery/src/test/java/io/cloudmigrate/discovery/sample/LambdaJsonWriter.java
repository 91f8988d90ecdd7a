package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleCompute.Function;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleServices.EventSourceMapping;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes {@code lambda-list-functions.json}, {@code lambda-list-event-source-mappings.json} and,
 * per function, {@code lambda-list-tags/<function-arn>}.
 * Functions outside any VPC have no {@code VpcConfig}, as Lambda reports them.
 */
final class LambdaJsonWriter
{
    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    LambdaJsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        ArrayNode functions = array();
        for (Function function : topology.functions()) {
            if (function.where().equals(region)) {
                functions.add(function(function));
                // list-functions leaves tags out; list-tags answers {"Tags": {}} for an untagged function
                out.write(region.folder() + "/lambda-list-tags/" + SampleIds.fileName(function.arn()),
                        object().set("Tags", AwsCliJsonWriter.tagMap(function.tags())));
            }
        }
        ArrayNode mappings = array();
        topology.eventSourceMappings().stream().filter(mapping -> mapping.function().where().equals(region))
                .forEach(mapping -> mappings.add(eventSourceMapping(mapping)));
        out.write(region.folder() + "/lambda-list-functions.json", NetworkJsonWriter.wrap("Functions", functions));
        out.write(region.folder() + "/lambda-list-event-source-mappings.json", NetworkJsonWriter.wrap("EventSourceMappings", mappings));
    }

    private static ObjectNode function(Function function)
    {
        AccountRegion where = function.where();
        ObjectNode node = object();
        node.put("FunctionName", function.name());
        node.put("FunctionArn", function.arn());
        node.put("Runtime", function.runtime());
        node.put("Role", "arn:aws:iam::" + where.accountId() + ":role/" + function.name() + "-role");
        node.put("Handler", function.handler());
        node.put("CodeSize", function.codeSizeBytes());
        node.put("Description", function.description());
        node.put("Timeout", function.timeoutSeconds());
        node.put("MemorySize", function.memorySizeMb());
        node.put("LastModified", function.lastModified());
        node.put("CodeSha256", Base64.getEncoder().encodeToString(HexFormat.of().parseHex(SampleIds.hex("code:" + function.name(), 64))));
        node.put("Version", "$LATEST");
        if (!function.subnets().isEmpty()) {
            node.putObject("VpcConfig")
                    .put("VpcId", function.subnets().getFirst().vpc().id())
                    .put("Ipv6AllowedForDualStack", false)
                    .<ObjectNode>set("SubnetIds", AwsCliJsonWriter.strings(function.subnets().stream().map(Subnet::id).toList()))
                    .set("SecurityGroupIds", AwsCliJsonWriter.groupIds(function.groups()));
        }
        node.putObject("TracingConfig").put("Mode", "PassThrough");
        node.put("RevisionId", SampleIds.uuid("revision:" + function.name() + function.lastModified()));
        node.put("PackageType", "Zip");
        node.set("Architectures", AwsCliJsonWriter.strings(List.of(function.architecture())));
        node.putObject("EphemeralStorage").put("Size", 512);
        node.putObject("SnapStart").put("ApplyOn", "None").put("OptimizationStatus", "Off");
        node.putObject("LoggingConfig").put("LogFormat", "Text").put("LogGroup", "/aws/lambda/" + function.name());
        return node;
    }

    private static ObjectNode eventSourceMapping(EventSourceMapping mapping)
    {
        ObjectNode node = object();
        node.put("UUID", mapping.uuid());
        node.put("BatchSize", mapping.batchSize());
        node.put("MaximumBatchingWindowInSeconds", 0);
        node.put("EventSourceArn", mapping.eventSourceArn());
        node.put("FunctionArn", mapping.function().arn());
        node.put("LastModified", mapping.lastModified());
        node.put("State", "Enabled");
        node.put("StateTransitionReason", "USER_INITIATED");
        node.set("FunctionResponseTypes", array());
        node.put("EventSourceMappingArn", "arn:aws:lambda:" + mapping.function().where().region() + ":" + mapping.function().where().accountId()
                + ":event-source-mapping:" + mapping.uuid());
        return node;
    }
}
