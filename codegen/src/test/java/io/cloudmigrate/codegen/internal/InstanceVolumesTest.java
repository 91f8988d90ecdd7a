package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceVolumesTest
{
    @Test
    void putsTheVolumeOnTheRootDeviceOnTheRootAndRecreatesTheOthers()
    {
        InstanceVolumes volumes = InstanceVolumes.of(instance(List.of("vol-1", "vol-2", "vol-3"),
                volume("vol-1", "/dev/sda1", "gp2", 50, 150, null),
                volume("vol-2", "/dev/sdf", "io2", 500, 8000, null),
                volume("vol-3", "/dev/sdg", "gp3", 200, 3000, 125)));

        assertThat(volumes.root().volumeId()).isEqualTo("vol-1");
        assertThat(volumes.data()).extracting(InstanceVolumes.Volume::name, InstanceVolumes.Volume::iops, InstanceVolumes.Volume::throughputMibps)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sdf", 8000, null), org.assertj.core.groups.Tuple.tuple("sdg", 3000, 125));
        assertThat(volumes.unknown()).isEmpty();
    }

    @Test
    void generatesNoDataVolumeWhenWhichIsTheRootIsNotKnown()
    {
        InstanceVolumes volumes = InstanceVolumes.of(instance(List.of("vol-1", "vol-2"),
                volume("vol-1", "/dev/sdb", "gp2", 50, 150, null),
                volume("vol-2", "/dev/sdf", "gp3", 500, 3000, 125)));

        assertThat(volumes.root()).isNull();
        assertThat(volumes.data()).isEmpty();
        assertThat(volumes.unknown()).containsExactly("vol-1", "vol-2");
    }

    @Test
    void namesVolumesDescribeVolumesDidNotDescribeInsteadOfGuessingTheirSize()
    {
        InstanceVolumes volumes = InstanceVolumes.of(instance(List.of("vol-1", "vol-2", "vol-3"),
                volume("vol-1", "/dev/xvda", "gp3", 8, 3000, 125),
                new ResourceDetails.EbsVolume("vol-2", "/dev/sdf", null, null, null, null, null, null, List.of())));

        assertThat(volumes.root().sizeGb()).isEqualTo(8);
        assertThat(volumes.data()).isEmpty();
        assertThat(volumes.unknown()).containsExactly("vol-2", "vol-3");
    }

    @Test
    void takesALoneVolumeAsTheRootWithoutAComment()
    {
        assertThat(InstanceVolumes.of(instance(List.of("vol-1"))).unknown()).isEmpty();
        assertThat(InstanceVolumes.of(instance(List.of("vol-1"), volume("vol-1", "/dev/sdb", "st1", 500, null, null))).root().volumeType()).isEqualTo("st1");
    }

    @Test
    void marksAnIo2VolumeOnSeveralInstancesAsMultiAttachAndNeverTakesItForTheRoot()
    {
        InstanceVolumes volumes = InstanceVolumes.of(instance(List.of("vol-1", "vol-2", "vol-3"),
                volume("vol-1", "/dev/xvda", "gp3", 8, 3000, 125),
                new ResourceDetails.EbsVolume("vol-2", "/dev/sdf", "io2", 500, 16000, null, true, false, List.of("i-1", "i-2")),
                // a gp3 volume cannot be attached twice: an inventory saying so does not make it Multi-Attach
                new ResourceDetails.EbsVolume("vol-3", "/dev/sdg", "gp3", 100, 3000, 125, true, false, List.of("i-1", "i-2"))));

        assertThat(volumes.data()).extracting(InstanceVolumes.Volume::volumeId, InstanceVolumes.Volume::multiAttach)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("vol-2", true), org.assertj.core.groups.Tuple.tuple("vol-3", false));
        InstanceVolumes alone = InstanceVolumes.of(instance(List.of("vol-2"),
                new ResourceDetails.EbsVolume("vol-2", "/dev/sdf", "io2", 500, 16000, null, true, false, List.of("i-1", "i-2"))));
        assertThat(alone.root()).isNull();
        assertThat(alone.unknown()).containsExactly("vol-2");
    }

    private static ResourceDetails.Ec2Instance instance(List<String> ids, ResourceDetails.EbsVolume... volumes)
    {
        return new ResourceDetails.Ec2Instance("i-1", "m5.large", "running", "Linux/UNIX", null, null, "x86_64", "ami-1", null, List.of(), ids, 0, "required",
                List.of(volumes));
    }

    private static ResourceDetails.EbsVolume volume(String id, String device, String type, int size, Integer iops, Integer throughput)
    {
        return new ResourceDetails.EbsVolume(id, device, type, size, iops, throughput, true, true, List.of("i-1"));
    }
}
