package io.cloudmigrate.discovery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The details of compute resources: EC2 instances and their EBS volumes, Lambda functions, ECS clusters
 * and task definitions. Only {@link ResourceDetails} extends this interface, which
 * holds these records to keep that file to one concern; name them {@code ResourceDetails.X}, the name
 * every module uses (a single-type import needs the declaring interface: {@code import …}{@code ComputeDetails.X}).
 */
public interface ComputeDetails
{
    /**
     * An EC2 instance.
     *
     * @param platform {@code Linux/UNIX} or {@code Windows}, as EC2 reports {@code PlatformDetails}
     * @param operatingSystem name and version as SSM reports them (e.g. {@code Microsoft Windows Server 2012 R2 Standard}), or {@code null} when unknown
     * @param software installed applications with version (e.g. {@code MySQL Server 8.0.36}), from SSM Inventory; empty when unknown
     * @param storageGb the sum of the attached EBS volume sizes, 0 when unknown
     * @param ebsVolumes the attached EBS volumes in the order of the block device mapping, with what
     *        {@code DescribeVolumes} says of each; a volume it did not describe has only its id and device
     */
    record Ec2Instance(
            String instanceId,
            String instanceType,
            String state,
            String platform,
            String operatingSystem,
            String operatingSystemVersion,
            String architecture,
            String imageId,
            String launchTime,
            List<String> software,
            List<String> ebsVolumeIds,
            int storageGb,
            String imdsHttpTokens,
            List<EbsVolume> ebsVolumes)
            implements ResourceDetails
    {
        /**
         * Every volume named in {@code ebsVolumeIds} has an entry in {@code ebsVolumes} (one {@code DescribeVolumes} did not
         * describe has only its id) and every volume's id is in {@code ebsVolumeIds}, so no way of building an instance
         * loses a volume.
         */
        public Ec2Instance
        {
            software = List.copyOf(software == null ? List.of() : software);
            Map<String, EbsVolume> volumes = new LinkedHashMap<>();
            for (String volumeId : ebsVolumeIds == null ? List.<String>of() : ebsVolumeIds) {
                volumes.put(volumeId, new EbsVolume(volumeId, null, null, null, null, null, null, null,
                        instanceId == null ? List.of() : List.of(instanceId)));
            }
            for (EbsVolume volume : ebsVolumes == null ? List.<EbsVolume>of() : ebsVolumes) {
                volumes.put(volume.volumeId(), volume);
            }
            ebsVolumeIds = List.copyOf(volumes.keySet());
            ebsVolumes = List.copyOf(volumes.values());
        }
    }

    record LambdaFunction(
            String functionName,
            String runtime,
            String handler,
            int memorySizeMb,
            int timeoutSeconds,
            long codeSizeBytes,
            String architecture,
            String packageType)
            implements ResourceDetails {}

    record EcsCluster(String clusterName, int activeServicesCount, int runningTasksCount)
            implements ResourceDetails {}

    /**
     * An ECS task definition, as {@code DescribeTaskDefinition} reports it.
     *
     * @param requiresCompatibilities the launch types it was registered for ({@code EC2}, {@code FARGATE}, {@code EXTERNAL})
     * @param compatibilities the launch types ECS validated it for; {@code FARGATE} here means it runs on Fargate unchanged
     * @param networkMode {@code awsvpc}, {@code bridge}, {@code host} or {@code none}
     * @param cpu task-level CPU units (1024 = 1 vCPU); 0 when only containers set it
     * @param memoryMb task-level memory in MiB; 0 when only containers set it
     * @param pidMode {@code host} or {@code task}, or {@code null}
     * @param ipcMode {@code host}, {@code task} or {@code none}, or {@code null}
     * @param hostVolumes the volumes that mount a path of the container instance ({@code host.sourcePath}), which Fargate cannot offer
     */
    record TaskDefinition(
            String taskDefinitionArn,
            String family,
            int revision,
            List<String> requiresCompatibilities,
            List<String> compatibilities,
            String networkMode,
            int cpu,
            int memoryMb,
            String cpuArchitecture,
            String operatingSystemFamily,
            String pidMode,
            String ipcMode,
            List<String> hostVolumes,
            List<Container> containers)
    {
        public TaskDefinition
        {
            requiresCompatibilities = List.copyOf(requiresCompatibilities == null ? List.of() : requiresCompatibilities);
            compatibilities = List.copyOf(compatibilities == null ? List.of() : compatibilities);
            hostVolumes = List.copyOf(hostVolumes == null ? List.of() : hostVolumes);
            containers = List.copyOf(containers == null ? List.of() : containers);
        }
    }

    /**
     * One container of a {@link TaskDefinition}.
     *
     * @param cpu CPU units reserved for it, 0 when unset
     * @param memoryMb its hard memory limit, or else its soft reservation, in MiB; 0 when unset
     */
    record Container(String name, String image, int cpu, int memoryMb, boolean privileged, boolean essential) {}
}
