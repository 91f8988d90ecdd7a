package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An instance keeps every volume it is given, whether by id, described, or both. */
class Ec2InstanceVolumesTest
{
    private static final ResourceDetails.EbsVolume DATA = new ResourceDetails.EbsVolume("vol-data", "/dev/sdf", "gp3", 500, 3000, 125, true, false, List.of("i-1"));

    @Test
    void keepsAVolumeKnownOnlyByIdAsAnUndescribedVolume()
    {
        ResourceDetails.Ec2Instance instance = instance(List.of("vol-root", "vol-data"), List.of(DATA));

        assertThat(instance.ebsVolumes()).containsExactly(
                new ResourceDetails.EbsVolume("vol-root", null, null, null, null, null, null, null, List.of("i-1")), DATA);
        assertThat(instance.ebsVolumes().getFirst().described()).isFalse();
    }

    @Test
    void namesEveryDescribedVolumeAmongTheVolumeIds()
    {
        ResourceDetails.Ec2Instance instance = instance(List.of(), List.of(DATA));

        assertThat(instance.ebsVolumeIds()).containsExactly("vol-data");
    }

    @Test
    void survivesARoundTripThroughJsonUnchanged()
            throws Exception
    {
        ResourceDetails.Ec2Instance instance = instance(List.of("vol-root", "vol-data"), List.of(DATA));

        String json = JsonDocuments.toJson(instance);

        assertThat(JsonDocuments.mapper().readValue(json, ResourceDetails.class)).isEqualTo(instance);
    }

    private static ResourceDetails.Ec2Instance instance(List<String> volumeIds, List<ResourceDetails.EbsVolume> volumes)
    {
        return new ResourceDetails.Ec2Instance("i-1", "m5.large", "running", "Linux/UNIX", null, null, "x86_64", "ami-1", null, List.of(), volumeIds, 508,
                "required", volumes);
    }
}
