package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.ResourceDetails;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.ShellText.quote;

/**
 * Path checks from clients that have no shell of their own to run {@code nc} in through SSM: an ECS
 * service (ECS Exec into one of its running tasks), an API Gateway API (a test call of the route that
 * integrates the server), an RDS read replica (its replication status from its primary), and the
 * route an instance needs to reach on-premises systems, whose addresses the flow logs attribute to a
 * CIDR block rather than a host. Each value is a quoted shell word, or a variable set from one.
 */
final class ServiceClientCommands
{
    private ServiceClientCommands() {}

    /**
     * {@code nc -z} from a running task of the service.
     *
     * @param service a shell word naming the service: its ARN (a Terraform output) or its name
     * @param cluster a shell word naming its cluster, or empty to read it from the service's ARN
     */
    static PathCommands.Command ecsExec(String region, String service, Optional<String> cluster, ResourceDetails.EcsService details,
            String host, String protocol, int port)
    {
        String container = Optional.ofNullable(details.taskDefinition()).stream()
                .flatMap(definition -> definition.containers().stream())
                .sorted(Comparator.comparing((ResourceDetails.Container each) -> !each.essential()).thenComparing(ResourceDetails.Container::name))
                .map(ResourceDetails.Container::name)
                .findFirst()
                .map(name -> " --container " + quote(name))
                .orElse("");
        String clusterWord = cluster.map(word -> "cluster=" + word).orElse("cluster=${service#*:service/} && cluster=${cluster%%/*}");
        return new PathCommands.Command("service=" + service + " && " + clusterWord + " && host=" + host
                + " && task=$(aws ecs list-tasks --region " + region + " --cluster \"$cluster\" --service-name \"${service##*/}\" --desired-status RUNNING --query 'taskArns[0]' --output text)"
                + " && aws ecs execute-command --region " + region + " --cluster \"$cluster\" --task \"$task\"" + container
                + " --interactive --command \"nc -z" + ("udp".equals(protocol) ? " -u" : "") + " -w 5 ${host%:*} " + port + "\"",
                "the session ends without an error from " + code("nc") + " (ECS Exec must be on for the service: "
                        + code("aws ecs update-service --enable-execute-command --force-new-deployment") + ", and the container needs " + code("nc") + ")");
    }

    /**
     * A call of the API's route whose integration is the server: {@code test-invoke-method} for a REST
     * API, a request to the stage's URL for an HTTP API. Path parameters are sent as {@code test}.
     */
    static Optional<PathCommands.Command> apiRoute(String region, ResourceDetails.ApiGateway api, String serverId)
    {
        Optional<String[]> route = api.integrations().stream()
                .filter(integration -> serverId.equals(integration.targetArn()) && integration.route() != null)
                .map(ResourceDetails.Integration::route)
                .sorted()
                .map(ServiceClientCommands::methodAndPath)
                .flatMap(Optional::stream)
                .findFirst();
        if (route.isEmpty() || api.apiId() == null) {
            return Optional.empty();
        }
        String method = route.get()[0].equals("ANY") ? "GET" : route.get()[0];
        String path = route.get()[1];
        String probe = path.replaceAll("\\{[^}]*}", "test");
        String expected = "a status the integration answers with (a 4xx for the probe value " + code("test") + " is fine); " + code("500") + ", "
                + code("502") + " or " + code("504") + " means API Gateway cannot reach the server";
        String start = "region=" + region + " api=" + quote(api.apiId()) + " method=" + quote(method) + " path=" + quote(probe);
        if ("REST".equalsIgnoreCase(api.protocolType())) {
            String query = "items[?path=='" + path.replace("\\", "\\\\").replace("'", "\\'") + "'].id";
            return Optional.of(new PathCommands.Command(start + " && resource=$(aws apigateway get-resources --region \"$region\" --rest-api-id \"$api\" --query "
                    + quote(query) + " --output text) && aws apigateway test-invoke-method --region \"$region\" --rest-api-id \"$api\" --resource-id \"$resource\""
                    + " --http-method \"$method\" --path-with-query-string \"$path\" --query status --output text", expected));
        }
        return Optional.of(new PathCommands.Command(start + " && stage=$(aws apigatewayv2 get-stages --region \"$region\" --api-id \"$api\" --query 'Items[0].StageName' --output text)"
                + " && base=\"https://$api.execute-api.$region.amazonaws.com\" && { [ \"$stage\" = '$default' ] || base=\"$base/$stage\"; }"
                + " && curl -sS -o /dev/null -w '%{http_code}\\n' -X \"$method\" \"$base$path\"", expected));
    }

    /** "GET /orders/{id}" as method and path; "$default" as any method on the root. */
    private static Optional<String[]> methodAndPath(String route)
    {
        String trimmed = route.strip();
        if (trimmed.equals("$default")) {
            return Optional.of(new String[] {"ANY", "/"});
        }
        String[] parts = trimmed.split("\\s+", 2);
        return parts.length == 2 && parts[1].startsWith("/") ? Optional.of(new String[] {parts[0].toUpperCase(Locale.ROOT), parts[1]}) : Optional.empty();
    }

    /**
     * The replication status of a read replica.
     *
     * @param identifier a shell word with the replica's identifier, or with its endpoint (a Terraform output), whose first label is the identifier
     */
    static PathCommands.Command replication(String region, String identifier)
    {
        return new PathCommands.Command("replica=" + identifier + " && replica=${replica%%.*} && aws rds describe-db-instances --region " + region
                + " --db-instance-identifier \"$replica\" --query 'DBInstances[0].[DBInstanceStatus,ReadReplicaSourceDBInstanceIdentifier,StatusInfos[0].Status]' --output text",
                code("available") + ", the primary's identifier or ARN, and " + code("replicating") + " (" + code("error") + " or " + code("stopped")
                        + " means the replica cannot reach its primary)");
    }

    /**
     * The routes of the instance's subnet toward a virtual private gateway or transit gateway: without
     * one, nothing the instance sends reaches the on-premises network, whatever its security groups say.
     */
    static PathCommands.Command onPremisesRoute(String region, String instance)
    {
        return new PathCommands.Command("instance=" + instance + " && subnet=$(aws ec2 describe-instances --region " + region
                + " --instance-ids \"$instance\" --query 'Reservations[0].Instances[0].SubnetId' --output text) && aws ec2 describe-route-tables --region " + region
                + " --filters \"Name=association.subnet-id,Values=$subnet\" --query \"RouteTables[].Routes[?starts_with(GatewayId || '', 'vgw-') || TransitGatewayId].[DestinationCidrBlock,State]\" --output text",
                "a line with the on-premises range and " + code("active") + " (no line: the subnet uses the VPC's main route table, "
                        + "or has no route to on-premises; check the main table with " + code("Name=association.main,Values=true") + " before the cutover)");
    }

    /**
     * The default route of the instance's subnet: a path to a server on the internet leaves through a NAT
     * gateway or an internet gateway, whatever the port.
     */
    static PathCommands.Command internetRoute(String region, String instance)
    {
        return new PathCommands.Command("instance=" + instance + " && subnet=$(aws ec2 describe-instances --region " + region
                + " --instance-ids \"$instance\" --query 'Reservations[0].Instances[0].SubnetId' --output text) && aws ec2 describe-route-tables --region " + region
                + " --filters \"Name=association.subnet-id,Values=$subnet\" --query \"RouteTables[].Routes[?DestinationCidrBlock=='0.0.0.0/0'].[NatGatewayId || GatewayId,State]\" --output text",
                "a " + code("nat-") + " or " + code("igw-") + " id and " + code("active") + " (no line: the subnet uses the VPC's main route table, "
                        + "or has no route to the internet; check the main table with " + code("Name=association.main,Values=true") + " before the cutover)");
    }
}
