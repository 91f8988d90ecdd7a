package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;

import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Finds the primary a read replica follows, so that the replica's target is created as a replica of the
 * primary's target rather than as an empty primary. The source names its primary by identifier in the
 * same Region and by ARN across Regions.
 */
final class ReplicaSources
{
    private final EstateIndex index;

    ReplicaSources(EstateIndex index)
    {
        this.index = requireNonNull(index, "index is null");
    }

    /**
     * The primary's target, or empty when the replica follows none, or one whose target this tool does
     * not create (unknown to the inventory, not generated, or moved in a later wave): such a replica
     * stays a primary, and the runbook says how to recreate it.
     *
     * @param generatedInWave ids of the resources the replica's wave generates
     */
    Optional<Targets.ReplicaSource> of(Resource replica, ResourceDetails.RdsDbInstance database, int wave, Set<String> generatedInWave)
    {
        String named = database.readReplicaSourceIdentifier();
        if (named == null || named.isBlank()) {
            return Optional.empty();
        }
        Optional<Resource> primary = index.resources().stream()
                .filter(resource -> resource.details() instanceof ResourceDetails.RdsDbInstance)
                .filter(resource -> resource.id().equals(named) || resource.scoped(identifier(resource)).equals(replica.scoped(named)))
                .findFirst();
        if (primary.isEmpty() || Provisioning.skip(primary.get(), index.recommendation(primary.get().id())).isPresent()) {
            return Optional.empty();
        }
        Resource source = primary.get();
        boolean sameWave = generatedInWave.contains(source.id());
        if (!sameWave && index.wave(source.id()).orElse(Integer.MAX_VALUE) > wave) {
            return Optional.empty();
        }
        Placement placement = new Placement(source.accountId(), source.region());
        boolean crossRegion = !placement.region().equals(replica.region());
        return Optional.of(new Targets.ReplicaSource(
                source.name(),
                source.id(),
                AwsNames.hyphenated(identifier(source), 50),
                sameWave ? index.terraformName(source.id()) : null,
                sameWave && !crossRegion ? index.logicalId(source.id()) : null,
                crossRegion,
                placement,
                index.logicalId(source.id()),
                index.terraformName(source.id()),
                sameWave ? wave : index.wave(source.id()).orElseThrow()));
    }

    private static String identifier(Resource resource)
    {
        String identifier = ((ResourceDetails.RdsDbInstance) resource.details()).dbInstanceIdentifier();
        return identifier == null || identifier.isBlank() ? resource.name() : identifier;
    }
}
