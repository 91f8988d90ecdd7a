package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * ECS clusters, services and tasks of one region. Tasks are not resources of the inventory; they
 * are kept to resolve the owners of the network interfaces of {@code awsvpc} tasks. A service carries
 * the task definition it runs, when its description was saved. Cluster counts
 * come from {@code ecs-describe-clusters}, or are counted from the services and tasks when that
 * file is absent.
 */
final class EcsReader
{
    private EcsReader() {}

    static void read(RegionContext context)
    {
        Map<String, JsonNode> clusters = new TreeMap<>();
        context.files().document("ecs-list-clusters").ifPresent(document -> Json.strings(document, "clusterArns")
                .forEach(arn -> clusters.put(arn, null)));
        for (JsonNode cluster : context.items("ecs-describe-clusters", "clusters")) {
            String arn = Json.text(cluster, "clusterArn");
            if (arn != null) {
                clusters.put(arn, cluster);
            }
        }
        List<Resource> services = new ArrayList<>();
        TaskDefinitionReader taskDefinitions = TaskDefinitionReader.read(context);
        for (RegionFiles.ResourceFile file : context.files().resourceFiles("ecs-describe-services")) {
            for (JsonNode service : context.items(file.content(), file.relativePath(), "services")) {
                if (!"INACTIVE".equals(Json.text(service, "status")) && Json.text(service, "serviceName") != null) {
                    Resource resource = service(context, service, file, taskDefinitions);
                    services.add(resource);
                    context.estate().add(context, resource, file.relativePath());
                }
            }
        }
        List<EstateBuilder.EcsTask> tasks = readTasks(context, services);
        clusters.forEach((arn, cluster) -> addCluster(context, arn, cluster, services, tasks));
    }

    private static void addCluster(RegionContext context, String arn, JsonNode cluster, List<Resource> services, List<EstateBuilder.EcsTask> tasks)
    {
        String clusterName = Json.text(cluster, "clusterName") != null ? Json.text(cluster, "clusterName") : clusterName(arn);
        int activeServices = cluster != null ? Json.integer(cluster, "activeServicesCount", 0)
                : (int) services.stream().filter(service -> arn.equals(details(service).clusterArn())).count();
        int runningTasks = cluster != null ? Json.integer(cluster, "runningTasksCount", 0)
                : (int) tasks.stream().filter(task -> arn.equals(task.clusterArn())).count();
        Map<String, String> tags = Json.tags(cluster);
        context.estate().add(context, new Resource(arn, ResourceType.ECS_CLUSTER, context.accountId(), context.region(),
                Json.name(tags, clusterName), tags, NetworkPlacement.NONE, new ResourceDetails.EcsCluster(clusterName, activeServices, runningTasks)),
                context.files().documentPath(cluster == null ? "ecs-list-clusters" : "ecs-describe-clusters"));
    }

    private static Resource service(RegionContext context, JsonNode service, RegionFiles.ResourceFile file, TaskDefinitionReader taskDefinitions)
    {
        String serviceName = Json.text(service, "serviceName");
        String clusterArn = Json.text(service, "clusterArn") != null ? Json.text(service, "clusterArn") : file.identifier();
        String arn = Json.text(service, "serviceArn") != null ? Json.text(service, "serviceArn")
                : context.scope().ecsService(clusterName(clusterArn), serviceName);
        JsonNode vpcConfiguration = service.path("networkConfiguration").path("awsvpcConfiguration");
        List<String> subnetIds = Json.strings(vpcConfiguration, "subnets");
        String vpcId = subnetIds.stream().flatMap(id -> context.estate().vpcOfSubnet(id).stream()).findFirst().orElse(null);
        NetworkPlacement placement = new NetworkPlacement(vpcId, subnetIds, Json.strings(vpcConfiguration, "securityGroups"),
                List.of(), List.of(), List.of());
        String taskDefinitionArn = Json.text(service, "taskDefinition");
        ResourceDetails.TaskDefinition taskDefinition = taskDefinitions.find(taskDefinitionArn).orElse(null);
        if (taskDefinition == null && taskDefinitionArn != null && taskDefinitions.saved()) {
            context.dangling("ecs", arn, "task definition " + taskDefinitionArn, TaskDefinitionReader.OPERATION);
        }
        ResourceDetails details = new ResourceDetails.EcsService(clusterArn, serviceName, launchType(service),
                Json.integer(service, "desiredCount", 0), Json.integer(service, "runningCount", 0),
                taskDefinitionArn, Json.texts(service, "loadBalancers", "targetGroupArn"), Json.text(service, "schedulingStrategy"), taskDefinition);
        Map<String, String> tags = Json.tags(service);
        return new Resource(arn, ResourceType.ECS_SERVICE, context.accountId(), context.region(), Json.name(tags, serviceName), tags, placement, details);
    }

    private static ResourceDetails.EcsService details(Resource service)
    {
        return (ResourceDetails.EcsService) service.details();
    }

    /** Services placed by capacity provider report no launch type; the provider says which it is. */
    private static String launchType(JsonNode service)
    {
        String launchType = Json.text(service, "launchType");
        if (launchType != null) {
            return launchType;
        }
        List<String> providers = Json.texts(service, "capacityProviderStrategy", "capacityProvider");
        if (providers.isEmpty()) {
            return null;
        }
        return providers.stream().anyMatch(provider -> provider.startsWith("FARGATE")) ? "FARGATE" : "EC2";
    }

    private static List<EstateBuilder.EcsTask> readTasks(RegionContext context, List<Resource> services)
    {
        List<EstateBuilder.EcsTask> tasks = new ArrayList<>();
        for (RegionFiles.ResourceFile file : context.files().resourceFiles("ecs-describe-tasks")) {
            for (JsonNode task : context.items(file.content(), file.relativePath(), "tasks")) {
                String taskArn = Json.text(task, "taskArn");
                if (taskArn == null || "STOPPED".equals(Json.text(task, "lastStatus"))) {
                    continue;
                }
                String clusterArn = Json.text(task, "clusterArn");
                List<String> attachmentIds = new ArrayList<>();
                List<String> interfaceIds = new ArrayList<>();
                for (JsonNode attachment : Json.array(task, "attachments")) {
                    attachmentIds.addAll(Json.present(Json.text(attachment, "id")));
                    Json.array(attachment, "details").stream()
                            .filter(detail -> "networkInterfaceId".equals(Json.text(detail, "name")))
                            .forEach(detail -> interfaceIds.addAll(Json.present(Json.text(detail, "value"))));
                }
                EstateBuilder.EcsTask ecsTask = new EstateBuilder.EcsTask(taskArn, clusterArn, serviceArn(task, clusterArn, services),
                        attachmentIds, interfaceIds);
                tasks.add(ecsTask);
                context.estate().add(ecsTask);
            }
        }
        return tasks;
    }

    /** Tasks started by a service are in the group {@code service:NAME}. */
    private static String serviceArn(JsonNode task, String clusterArn, List<Resource> services)
    {
        String group = Json.text(task, "group");
        if (group == null || !group.startsWith("service:")) {
            return null;
        }
        String serviceName = group.substring("service:".length());
        return services.stream()
                .filter(service -> serviceName.equals(details(service).serviceName()))
                .filter(service -> clusterArn == null || clusterArn.equals(details(service).clusterArn()))
                .map(Resource::id)
                .findFirst()
                .orElse(null);
    }

    static String clusterName(String clusterArn)
    {
        int slash = clusterArn.lastIndexOf('/');
        return slash < 0 ? clusterArn : clusterArn.substring(slash + 1);
    }
}
