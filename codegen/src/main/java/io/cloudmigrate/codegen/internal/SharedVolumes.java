package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * io1/io2 volumes with Multi-Attach, which the inventory lists on every instance they are attached to:
 * each is created once, by the target of one instance (the one of the earliest wave, then of the lowest
 * instance id), and every other generated instance attaches it, in its own wave. Without this, each
 * instance would create a copy of the volume.
 */
final class SharedVolumes
{
    /** Where a volume is created: with the target of resource {@code owner}, in wave {@code wave}, under these names. */
    private record Owner(String owner, String terraformName, String logicalId, int wave) {}

    private final SortedMap<String, Owner> owners;

    private SharedVolumes(SortedMap<String, Owner> owners)
    {
        this.owners = owners;
    }

    /**
     * @param generatedByWave the resources each wave generates code for, by wave number
     */
    static SharedVolumes of(EstateIndex index, SortedMap<Integer, List<Resource>> generatedByWave)
    {
        requireNonNull(index, "index is null");
        SortedMap<String, Owner> owners = new TreeMap<>();
        generatedByWave.forEach((wave, generated) -> {
            List<Resource> instances = new ArrayList<>(generated.stream().filter(resource -> resource.details() instanceof ResourceDetails.Ec2Instance).toList());
            instances.sort(Comparator.comparing(SharedVolumes::instanceId));
            for (Resource resource : instances) {
                for (InstanceVolumes.Volume volume : InstanceVolumes.of((ResourceDetails.Ec2Instance) resource.details()).data()) {
                    if (volume.multiAttach()) {
                        owners.putIfAbsent(resource.scoped(volume.volumeId()), new Owner(resource.id(),
                                index.terraformName(resource.id()) + "_" + volume.name(), index.logicalId(resource.id()) + volume.logicalName(), wave));
                    }
                }
            }
        });
        return new SharedVolumes(owners);
    }

    /** The instance's volumes: a Multi-Attach volume another instance's target creates is attached, not created again. */
    InstanceVolumes of(Resource resource, ResourceDetails.Ec2Instance instance, int wave)
    {
        InstanceVolumes volumes = InstanceVolumes.of(instance);
        List<InstanceVolumes.Volume> data = new ArrayList<>();
        List<InstanceVolumes.Shared> shared = new ArrayList<>();
        for (InstanceVolumes.Volume volume : volumes.data()) {
            Owner owner = volume.multiAttach() ? owners.get(resource.scoped(volume.volumeId())) : null;
            if (owner == null || owner.owner().equals(resource.id())) {
                data.add(volume);
            }
            else {
                shared.add(new InstanceVolumes.Shared(volume, owner.terraformName(), owner.logicalId(), owner.wave() == wave, owner.wave()));
            }
        }
        return new InstanceVolumes(volumes.root(), data, volumes.unknown(), shared);
    }

    private static String instanceId(Resource resource)
    {
        String instanceId = ((ResourceDetails.Ec2Instance) resource.details()).instanceId();
        return instanceId == null ? resource.id() : instanceId;
    }
}
