package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ECS task definitions of one region ({@code ecs-describe-task-definition/<arn>}), indexed by the
 * ARN inside each file and by the file's identifier, so that a file saved under {@code family:revision}
 * is found too.
 */
final class TaskDefinitionReader
{
    static final String OPERATION = "ecs-describe-task-definition";

    private final Map<String, ResourceDetails.TaskDefinition> definitions = new TreeMap<>();
    private final boolean saved;

    private TaskDefinitionReader(boolean saved)
    {
        this.saved = saved;
    }

    static TaskDefinitionReader read(RegionContext context)
    {
        List<RegionFiles.ResourceFile> files = context.files().resourceFiles(OPERATION);
        TaskDefinitionReader reader = new TaskDefinitionReader(!files.isEmpty());
        for (RegionFiles.ResourceFile file : files) {
            JsonNode definition = file.content().get("taskDefinition");
            if (definition == null || !definition.isObject()) {
                context.warn("import", Warnings.UNEXPECTED_SHAPE, file.relativePath(),
                        file.relativePath() + ": expected a \"taskDefinition\" object; the file was not read. Is it the output of another command?");
                continue;
            }
            ResourceDetails.TaskDefinition parsed = parse(definition);
            reader.definitions.put(file.identifier(), parsed);
            if (parsed.taskDefinitionArn() != null) {
                reader.definitions.put(parsed.taskDefinitionArn(), parsed);
            }
        }
        return reader;
    }

    /** The task definition a service or task names (by ARN, or {@code family:revision}). */
    Optional<ResourceDetails.TaskDefinition> find(String reference)
    {
        if (reference == null) {
            return Optional.empty();
        }
        ResourceDetails.TaskDefinition found = definitions.get(reference);
        if (found == null && reference.contains(":task-definition/")) {
            found = definitions.get(reference.substring(reference.indexOf(":task-definition/") + ":task-definition/".length()));
        }
        return Optional.ofNullable(found);
    }

    /** Whether the collector saved any task definition in this region, so that a missing one is worth a warning. */
    boolean saved()
    {
        return saved;
    }

    private static ResourceDetails.TaskDefinition parse(JsonNode definition)
    {
        List<String> hostVolumes = new ArrayList<>();
        for (JsonNode volume : Json.array(definition, "volumes")) {
            if (Json.textAt(volume, "host", "sourcePath") != null) {
                hostVolumes.addAll(Json.present(Json.text(volume, "name")));
            }
        }
        List<ResourceDetails.Container> containers = new ArrayList<>();
        for (JsonNode container : Json.array(definition, "containerDefinitions")) {
            int memory = Json.integer(container, "memory", 0);
            containers.add(new ResourceDetails.Container(
                    Json.text(container, "name"),
                    Json.text(container, "image"),
                    Json.integer(container, "cpu", 0),
                    memory > 0 ? memory : Json.integer(container, "memoryReservation", 0),
                    Json.bool(container, "privileged"),
                    // ECS treats a container without the flag as essential
                    !container.has("essential") || Json.bool(container, "essential")));
        }
        JsonNode platform = definition.path("runtimePlatform");
        return new ResourceDetails.TaskDefinition(
                Json.text(definition, "taskDefinitionArn"),
                Json.text(definition, "family"),
                Json.integer(definition, "revision", 0),
                Json.strings(definition, "requiresCompatibilities"),
                Json.strings(definition, "compatibilities"),
                Json.text(definition, "networkMode"),
                Json.integer(definition, "cpu", 0),
                Json.integer(definition, "memory", 0),
                Json.text(platform, "cpuArchitecture"),
                Json.text(platform, "operatingSystemFamily"),
                Json.text(definition, "pidMode"),
                Json.text(definition, "ipcMode"),
                hostVolumes,
                containers);
    }
}
