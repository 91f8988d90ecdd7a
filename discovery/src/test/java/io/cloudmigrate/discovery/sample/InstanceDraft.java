package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleCompute.Instance;
import io.cloudmigrate.discovery.sample.SampleCompute.OperatingSystem;
import io.cloudmigrate.discovery.sample.SampleCompute.Software;
import io.cloudmigrate.discovery.sample.SampleCompute.UsageProfile;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * An EC2 instance being described, with the defaults most instances share; {@link #add()} hands it
 * to the {@link EstateBuilder}, which gives it an id, an ENI and volumes.
 */
final class InstanceDraft
{
    private final EstateBuilder estate;
    final String name;
    final Subnet subnet;
    final String instanceType;
    final OperatingSystem operatingSystem;
    List<SecurityGroup> groups = List.of();
    List<Tag> tags = List.of();
    UsageProfile profile = UsageProfile.steady(20, 2, 0);
    boolean memoryAgent;
    boolean ssmManaged = true;
    final List<Software> software = new ArrayList<>();
    String launchTime = "2025-03-12T09:21:44+00:00";
    String imdsHttpTokens = "required";
    String keyName;
    String publicIp;
    int rootVolumeGb;
    int dataVolumeGb;

    InstanceDraft(EstateBuilder estate, String name, Subnet subnet, String instanceType, OperatingSystem operatingSystem)
    {
        this.estate = requireNonNull(estate, "estate is null");
        this.name = requireNonNull(name, "name is null");
        this.subnet = requireNonNull(subnet, "subnet is null");
        this.instanceType = requireNonNull(instanceType, "instanceType is null");
        this.operatingSystem = requireNonNull(operatingSystem, "operatingSystem is null");
        this.rootVolumeGb = operatingSystem.isWindows() ? 80 : 20;
    }

    InstanceDraft groups(SecurityGroup... groups)
    {
        this.groups = List.of(groups);
        return this;
    }

    InstanceDraft tags(List<Tag> tags)
    {
        this.tags = tags;
        return this;
    }

    InstanceDraft profile(UsageProfile profile)
    {
        this.profile = profile;
        return this;
    }

    /** The CloudWatch agent runs and publishes {@code mem_used_percent}. */
    InstanceDraft memoryAgent()
    {
        this.memoryAgent = true;
        return this;
    }

    /** SSM does not manage the instance, so neither its OS nor its software are known. */
    InstanceDraft unmanaged()
    {
        this.ssmManaged = false;
        return this;
    }

    InstanceDraft software(String softwareName, String version, String publisher)
    {
        software.add(new Software(softwareName, version, publisher));
        return this;
    }

    InstanceDraft launched(String launchTime)
    {
        this.launchTime = launchTime;
        return this;
    }

    /** Instance metadata v1 still allowed, as on instances launched before IMDSv2 was the default. */
    InstanceDraft imdsOptional()
    {
        this.imdsHttpTokens = "optional";
        return this;
    }

    InstanceDraft keyName(String keyName)
    {
        this.keyName = keyName;
        return this;
    }

    InstanceDraft publicIp(String publicIp)
    {
        this.publicIp = publicIp;
        return this;
    }

    InstanceDraft volumes(int rootVolumeGb, int dataVolumeGb)
    {
        this.rootVolumeGb = rootVolumeGb;
        this.dataVolumeGb = dataVolumeGb;
        return this;
    }

    Instance add()
    {
        return estate.add(this);
    }
}
