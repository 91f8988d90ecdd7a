package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleCompute.EcsCluster;
import io.cloudmigrate.discovery.sample.SampleCompute.EcsService;
import io.cloudmigrate.discovery.sample.SampleCompute.EcsTask;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.NetworkInterface;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;

import java.util.List;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes the ECS files: {@code ecs-list-clusters.json}, {@code ecs-describe-clusters.json}, and per
 * cluster {@code ecs-describe-services/<cluster-arn>}, {@code ecs-list-tasks/<cluster-arn>} and
 * {@code ecs-describe-tasks/<cluster-arn>/<task-arn>}. A task names its service in {@code group}
 * and its ENI in its attachment, whose id is in the ENI's description. Clusters and services carry
 * their tags, as {@code describe-clusters} and {@code describe-services} print them with
 * {@code --include TAGS}.
 */
final class ContainerJsonWriter
{
    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    ContainerJsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        ArrayNode clusterArns = array();
        ArrayNode clusters = array();
        for (EcsCluster cluster : topology.ecsClusters()) {
            if (!cluster.where().equals(region)) {
                continue;
            }
            List<EcsService> services = topology.ecsServices().stream().filter(service -> service.cluster().equals(cluster)).toList();
            clusterArns.add(cluster.arn());
            clusters.add(cluster(cluster, services));
            String clusterFile = SampleIds.fileName(cluster.arn());
            ArrayNode serviceNodes = array();
            ArrayNode taskArns = array();
            for (EcsService service : services) {
                serviceNodes.add(service(service));
                out.write(region.folder() + "/ecs-describe-task-definition/" + SampleIds.fileName(taskDefinitionArn(service)), taskDefinition(service));
                for (EcsTask task : service.tasks()) {
                    taskArns.add(taskArn(service, task));
                    ObjectNode describeTasks = NetworkJsonWriter.wrap("tasks", array().add(task(service, task)));
                    describeTasks.set("failures", array());
                    out.write(region.folder() + "/ecs-describe-tasks/" + clusterFile + "/" + SampleIds.fileName(taskArn(service, task)), describeTasks);
                }
            }
            ObjectNode describeServices = NetworkJsonWriter.wrap("services", serviceNodes);
            describeServices.set("failures", array());
            out.write(region.folder() + "/ecs-describe-services/" + clusterFile, describeServices);
            out.write(region.folder() + "/ecs-list-tasks/" + clusterFile, NetworkJsonWriter.wrap("taskArns", taskArns));
        }
        out.write(region.folder() + "/ecs-list-clusters.json", NetworkJsonWriter.wrap("clusterArns", clusterArns));
        ObjectNode describeClusters = NetworkJsonWriter.wrap("clusters", clusters);
        describeClusters.set("failures", array());
        out.write(region.folder() + "/ecs-describe-clusters.json", describeClusters);
    }

    private static ObjectNode cluster(EcsCluster cluster, List<EcsService> services)
    {
        ObjectNode node = object();
        node.put("clusterArn", cluster.arn());
        node.put("clusterName", cluster.name());
        node.put("status", "ACTIVE");
        node.put("registeredContainerInstancesCount", 0);
        node.put("runningTasksCount", services.stream().mapToInt(service -> service.tasks().size()).sum());
        node.put("pendingTasksCount", 0);
        node.put("activeServicesCount", services.size());
        node.set("statistics", array());
        node.set("tags", AwsCliJsonWriter.ecsTags(cluster.tags()));
        node.set("capacityProviders", AwsCliJsonWriter.strings(List.of("FARGATE", "FARGATE_SPOT")));
        node.set("defaultCapacityProviderStrategy", array());
        return node;
    }

    private ObjectNode service(EcsService service)
    {
        AccountRegion where = service.cluster().where();
        String deploymentId = "ecs-svc/" + SampleIds.digits("deployment:" + service.key(), 18) + "1";
        ObjectNode node = object();
        node.put("serviceArn", service.arn());
        node.put("serviceName", service.name());
        node.put("clusterArn", service.cluster().arn());
        ArrayNode loadBalancers = node.putArray("loadBalancers");
        if (service.targetGroupName() != null) {
            loadBalancers.addObject()
                    .put("targetGroupArn", topology.targetGroup(service.targetGroupName()).arn())
                    .put("containerName", service.name())
                    .put("containerPort", service.containerPort());
        }
        node.set("serviceRegistries", array());
        node.put("status", "ACTIVE");
        node.put("desiredCount", service.desiredCount());
        node.put("runningCount", service.tasks().size());
        node.put("pendingCount", 0);
        node.put("launchType", "FARGATE");
        node.put("platformVersion", "LATEST");
        node.put("platformFamily", "Linux");
        node.put("taskDefinition", taskDefinitionArn(service));
        node.putObject("deploymentConfiguration")
                .put("maximumPercent", 200)
                .put("minimumHealthyPercent", 100)
                .set("deploymentCircuitBreaker", object().put("enable", true).put("rollback", true));
        ObjectNode deployment = node.putArray("deployments").addObject();
        deployment.put("id", deploymentId);
        deployment.put("status", "PRIMARY");
        deployment.put("taskDefinition", taskDefinitionArn(service));
        deployment.put("desiredCount", service.desiredCount());
        deployment.put("pendingCount", 0);
        deployment.put("runningCount", service.tasks().size());
        deployment.put("failedTasks", 0);
        deployment.put("createdAt", "2026-10-20T14:00:02.118000+00:00");
        deployment.put("updatedAt", "2026-10-20T14:06:45.930000+00:00");
        deployment.put("launchType", "FARGATE");
        deployment.put("platformVersion", "1.4.0");
        deployment.put("platformFamily", "Linux");
        deployment.set("networkConfiguration", networkConfiguration(service));
        deployment.put("rolloutState", "COMPLETED");
        deployment.put("rolloutStateReason", "ECS deployment " + deploymentId + " completed.");
        node.put("roleArn", "arn:aws:iam::" + where.accountId() + ":role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS");
        node.set("events", array());
        node.put("createdAt", service.createdAt());
        node.set("placementConstraints", array());
        node.set("placementStrategy", array());
        node.set("networkConfiguration", networkConfiguration(service));
        if (service.targetGroupName() != null) {
            node.put("healthCheckGracePeriodSeconds", 60);
        }
        node.put("schedulingStrategy", "REPLICA");
        node.putObject("deploymentController").put("type", "ECS");
        node.put("createdBy", "arn:aws:iam::" + where.accountId() + ":role/terraform-deployer");
        node.put("enableECSManagedTags", true);
        node.put("propagateTags", "SERVICE");
        node.set("tags", AwsCliJsonWriter.ecsTags(service.tags()));
        node.put("enableExecuteCommand", false);
        node.put("availabilityZoneRebalancing", "ENABLED");
        return node;
    }

    private static ObjectNode networkConfiguration(EcsService service)
    {
        ObjectNode configuration = object();
        configuration.putObject("awsvpcConfiguration")
                .<ObjectNode>set("subnets", AwsCliJsonWriter.strings(service.subnets().stream().map(Subnet::id).toList()))
                .<ObjectNode>set("securityGroups", AwsCliJsonWriter.groupIds(service.groups()))
                .put("assignPublicIp", "DISABLED");
        return configuration;
    }

    private static ObjectNode task(EcsService service, EcsTask task)
    {
        NetworkInterface networkInterface = task.networkInterface();
        String taskArn = taskArn(service, task);
        ObjectNode node = object();
        ObjectNode attachment = node.putArray("attachments").addObject();
        attachment.put("id", task.attachmentId());
        attachment.put("type", "ElasticNetworkInterface");
        attachment.put("status", "ATTACHED");
        ArrayNode details = attachment.putArray("details");
        details.addObject().put("name", "subnetId").put("value", networkInterface.subnet().id());
        details.addObject().put("name", "networkInterfaceId").put("value", networkInterface.id());
        details.addObject().put("name", "macAddress").put("value", SampleIds.macAddress(networkInterface.id()));
        details.addObject().put("name", "privateDnsName").put("value", AwsCliJsonWriter.privateDnsName(networkInterface.where().region(), networkInterface.privateIp()));
        details.addObject().put("name", "privateIPv4Address").put("value", networkInterface.privateIp());
        node.putArray("attributes").addObject().put("name", "ecs.cpu-architecture").put("value", "x86_64");
        node.put("availabilityZone", networkInterface.subnet().availabilityZone());
        node.put("clusterArn", service.cluster().arn());
        node.put("connectivity", "CONNECTED");
        node.put("connectivityAt", task.startedAt());
        ObjectNode container = node.putArray("containers").addObject();
        container.put("containerArn", "arn:aws:ecs:" + networkInterface.where().region() + ":" + networkInterface.where().accountId() + ":container/"
                + service.cluster().name() + "/" + task.id() + "/" + SampleIds.uuid("container:" + task.id()));
        container.put("taskArn", taskArn);
        container.put("name", service.name());
        container.put("image", networkInterface.where().accountId() + ".dkr.ecr." + networkInterface.where().region() + ".amazonaws.com/" + service.name()
                + ":" + service.taskDefinition().substring(service.taskDefinition().indexOf(':') + 1));
        container.put("lastStatus", "RUNNING");
        container.set("networkBindings", array());
        container.putArray("networkInterfaces").addObject().put("attachmentId", task.attachmentId()).put("privateIpv4Address", networkInterface.privateIp());
        container.put("healthStatus", "HEALTHY");
        container.put("cpu", "0");
        node.put("cpu", "1024");
        node.put("createdAt", task.startedAt());
        node.put("desiredStatus", "RUNNING");
        node.put("enableExecuteCommand", false);
        node.put("group", "service:" + service.name());
        node.put("healthStatus", "HEALTHY");
        node.put("lastStatus", "RUNNING");
        node.put("launchType", "FARGATE");
        node.put("memory", "2048");
        ObjectNode overrides = node.putObject("overrides");
        overrides.putArray("containerOverrides").addObject().put("name", service.name());
        overrides.set("inferenceAcceleratorOverrides", array());
        node.put("platformVersion", "1.4.0");
        node.put("platformFamily", "Linux");
        node.put("startedAt", task.startedAt());
        node.put("startedBy", "ecs-svc/" + SampleIds.digits("deployment:" + service.key(), 18) + "1");
        node.set("tags", array());
        node.put("taskArn", taskArn);
        node.put("taskDefinitionArn", taskDefinitionArn(service));
        node.put("version", 3);
        node.putObject("ephemeralStorage").put("sizeInGiB", 20);
        return node;
    }

    /** What {@code ecs describe-task-definition} prints: a Fargate definition of one container, the size every task of the sample runs at. */
    private static ObjectNode taskDefinition(EcsService service)
    {
        AccountRegion where = service.cluster().where();
        String revision = service.taskDefinition().substring(service.taskDefinition().indexOf(':') + 1);
        ObjectNode definition = object();
        definition.put("taskDefinitionArn", taskDefinitionArn(service));
        ObjectNode container = definition.putArray("containerDefinitions").addObject();
        container.put("name", service.name());
        container.put("image", where.accountId() + ".dkr.ecr." + where.region() + ".amazonaws.com/" + service.name() + ":" + revision);
        container.put("cpu", 0);
        ArrayNode ports = container.putArray("portMappings");
        if (service.containerPort() > 0) {
            ports.addObject().put("containerPort", service.containerPort()).put("hostPort", service.containerPort()).put("protocol", "tcp");
        }
        container.put("essential", true);
        container.set("environment", array());
        container.set("mountPoints", array());
        container.set("volumesFrom", array());
        container.putObject("logConfiguration").put("logDriver", "awslogs").set("options", object()
                .put("awslogs-group", "/ecs/" + service.name())
                .put("awslogs-region", where.region())
                .put("awslogs-stream-prefix", "ecs"));
        definition.put("family", service.name());
        definition.put("executionRoleArn", "arn:aws:iam::" + where.accountId() + ":role/ecsTaskExecutionRole");
        definition.put("networkMode", "awsvpc");
        definition.put("revision", Integer.parseInt(revision));
        definition.set("volumes", array());
        definition.put("status", "ACTIVE");
        definition.set("requiresAttributes", array());
        definition.set("placementConstraints", array());
        definition.set("compatibilities", AwsCliJsonWriter.strings(List.of("EC2", "FARGATE")));
        definition.putObject("runtimePlatform").put("cpuArchitecture", "X86_64").put("operatingSystemFamily", "LINUX");
        definition.set("requiresCompatibilities", AwsCliJsonWriter.strings(List.of("FARGATE")));
        definition.put("cpu", "1024");
        definition.put("memory", "2048");
        definition.put("registeredAt", service.createdAt());
        definition.put("registeredBy", "arn:aws:sts::" + where.accountId() + ":assumed-role/deploy/ci-runner-1");
        ObjectNode document = object();
        document.set("taskDefinition", definition);
        document.set("tags", array());
        return document;
    }

    private static String taskArn(EcsService service, EcsTask task)
    {
        AccountRegion where = service.cluster().where();
        return "arn:aws:ecs:" + where.region() + ":" + where.accountId() + ":task/" + service.cluster().name() + "/" + task.id();
    }

    private static String taskDefinitionArn(EcsService service)
    {
        AccountRegion where = service.cluster().where();
        return "arn:aws:ecs:" + where.region() + ":" + where.accountId() + ":task-definition/" + service.taskDefinition();
    }
}
