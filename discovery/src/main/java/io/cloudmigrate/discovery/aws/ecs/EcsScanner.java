package io.cloudmigrate.discovery.aws.ecs;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.ListClustersResponse;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceField;
import software.amazon.awssdk.services.ecs.model.Task;
import software.amazon.awssdk.services.ecs.model.TaskField;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Reads ECS clusters, their services and their tasks, and the task definitions they run. Describe
 * calls take at most 100 clusters or tasks and 10 services at a time, so the listed ARNs are sent in
 * batches of that size; {@code DescribeTaskDefinition} takes one definition per call. Each describe
 * call asks for the tags too ({@code include TAGS}): without it ECS leaves them out.
 */
final class EcsScanner
        implements Scanner
{
    private static final int CLUSTER_BATCH = 100;
    private static final int SERVICE_BATCH = 10;
    private static final int TASK_BATCH = 100;

    private final ScannerContext context;

    EcsScanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        EcsClient ecs = context.client(EcsClient.builder());
        List<String> clusterArns = ecs.listClustersPaginator(request -> request.maxResults(100)).clusterArns().stream().toList();
        context.document("ecs-list-clusters", ListClustersResponse.builder().clusterArns(clusterArns).build());
        List<Cluster> clusters = new ArrayList<>();
        for (List<String> batch : batches(clusterArns, CLUSTER_BATCH)) {
            clusters.addAll(ecs.describeClusters(request -> request.clusters(batch).include(ClusterField.TAGS)).clusters());
        }
        context.document("ecs-describe-clusters", "clusters", clusters);
        SortedSet<String> taskDefinitionArns = new TreeSet<>();
        for (String clusterArn : clusterArns) {
            List<String> serviceArns = ecs.listServicesPaginator(request -> request.cluster(clusterArn).maxResults(100)).serviceArns().stream().toList();
            List<Service> services = new ArrayList<>();
            for (List<String> batch : batches(serviceArns, SERVICE_BATCH)) {
                services.addAll(ecs.describeServices(request -> request.cluster(clusterArn).services(batch).include(ServiceField.TAGS)).services());
            }
            context.resourceDocument("ecs-describe-services", clusterArn, "services", services);
            List<String> taskArns = ecs.listTasksPaginator(request -> request.cluster(clusterArn).maxResults(100)).taskArns().stream().toList();
            List<Task> tasks = new ArrayList<>();
            for (List<String> batch : batches(taskArns, TASK_BATCH)) {
                tasks.addAll(ecs.describeTasks(request -> request.cluster(clusterArn).tasks(batch).include(TaskField.TAGS)).tasks());
            }
            context.resourceDocument("ecs-describe-tasks", clusterArn, "tasks", tasks);
            services.stream().map(Service::taskDefinition).filter(Objects::nonNull).forEach(taskDefinitionArns::add);
            tasks.stream().map(Task::taskDefinitionArn).filter(Objects::nonNull).forEach(taskDefinitionArns::add);
        }
        // services and their tasks mostly share a revision: each is described once
        for (String taskDefinitionArn : taskDefinitionArns) {
            context.optionalCall("ecs-describe-task-definition", taskDefinitionArn, () -> context.resourceDocument("ecs-describe-task-definition",
                    taskDefinitionArn, ecs.describeTaskDefinition(request -> request.taskDefinition(taskDefinitionArn))));
        }
    }

    private static List<List<String>> batches(List<String> values, int size)
    {
        List<List<String>> batches = new ArrayList<>();
        for (int start = 0; start < values.size(); start += size) {
            batches.add(values.subList(start, Math.min(values.size(), start + size)));
        }
        return batches;
    }
}
