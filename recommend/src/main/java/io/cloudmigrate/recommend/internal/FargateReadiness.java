package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What keeps an ECS service on EC2 capacity, from its task definition (rule G6: "no privileged/host
 * volumes/daemons"). Fargate offers no privileged containers, no volumes that bind a path of the
 * host, no host PID or IPC namespace and no daemon scheduling; it runs only the {@code awsvpc} network
 * mode, so a task in another mode can move, but its port mappings change.
 */
final class FargateReadiness
{
    private FargateReadiness() {}

    /** The reasons the service cannot run on Fargate, in words; empty when none is known. */
    static List<String> blockers(ResourceDetails.EcsService service)
    {
        List<String> blockers = new ArrayList<>();
        if ("DAEMON".equalsIgnoreCase(service.schedulingStrategy())) {
            blockers.add("daemon scheduling (one task on every container instance)");
        }
        ResourceDetails.TaskDefinition definition = service.taskDefinition();
        if (definition == null) {
            return blockers;
        }
        definition.containers().stream().filter(ResourceDetails.Container::privileged)
                .forEach(container -> blockers.add("privileged container " + container.name()));
        definition.hostVolumes().forEach(volume -> blockers.add("host volume " + volume));
        if ("host".equalsIgnoreCase(definition.pidMode())) {
            blockers.add("host PID namespace");
        }
        if ("host".equalsIgnoreCase(definition.ipcMode())) {
            blockers.add("host IPC namespace");
        }
        return blockers;
    }

    /** The change the move needs besides the launch type, or empty. */
    static String networkModeChange(ResourceDetails.TaskDefinition definition)
    {
        String mode = definition.networkMode() == null ? "bridge" : definition.networkMode().toLowerCase(Locale.ROOT);
        return mode.equals("awsvpc") ? "" : "; its network mode " + mode + " becomes awsvpc, so each task gets its own network interface and port mappings change";
    }

    /** ECS lists {@code FARGATE} among the compatibilities of a task definition it validated for Fargate. */
    static boolean validatedForFargate(ResourceDetails.TaskDefinition definition)
    {
        return definition.compatibilities().stream().anyMatch(value -> value.equalsIgnoreCase("FARGATE"));
    }
}
