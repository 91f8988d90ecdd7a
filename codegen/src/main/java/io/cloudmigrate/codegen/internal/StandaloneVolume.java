package io.cloudmigrate.codegen.internal;

import static java.util.Objects.requireNonNull;

/**
 * An EBS volume attached to nothing that a wave keeps: the target is an encrypted volume restored from the snapshot the
 * runbook copies, with the source's type, size, IOPS and throughput as inputs. Public because FreeMarker reads it by reflection.
 *
 * @param availabilityZone the source's zone, the default of the target's (zone names differ between accounts), or {@code null}
 * @param volumeType the source's type, or {@code null} when the inventory does not give it (the input then has no default)
 * @param sizeGb the source's size, or {@code null} when unknown
 * @param iops the IOPS to provision (io1, io2, gp3), else {@code null}: gp2's is a baseline, not a setting
 * @param throughputMibps the throughput to provision (gp3), else {@code null}
 */
public record StandaloneVolume(Targets.Name name, String volumeId, String availabilityZone, String volumeType, Integer sizeGb, Integer iops,
        Integer throughputMibps, Targets.TagSet tags)
{
    public StandaloneVolume
    {
        requireNonNull(name, "name is null");
        requireNonNull(volumeId, "volumeId is null");
        requireNonNull(tags, "tags is null");
    }
}
