package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;

import java.util.Optional;

/**
 * What resources of a runbook must share to be one step with a row each, by the kind of step they
 * make: instances that move the same way ({@link Ec2Batch}), functions that move the same way
 * ({@link LambdaBatch}), or resources of one type retired in one place ({@link RetireBatch}). Keys of
 * different kinds are never equal, so one map can gather every batch of a runbook.
 */
sealed interface BatchKey
{
    /** EC2 instances of one strategy and placement, all with generated code or all without. */
    record Instances(Strategy strategy, Placement placement, boolean generated)
            implements BatchKey {}

    /** Lambda functions of one strategy and placement, all with generated code or all without. */
    record Functions(Strategy strategy, Placement placement, boolean generated)
            implements BatchKey {}

    /** Retired resources of one type, account and Region. */
    record Retired(ResourceType type, Placement placement)
            implements BatchKey {}

    /** The batch a resource may join, or empty for a resource whose steps are its own. */
    static Optional<BatchKey> of(StepContext context)
    {
        Optional<Strategy> strategy = context.recommendation().map(Recommendation::strategy);
        if (strategy.isEmpty()) {
            return Optional.empty();
        }
        return switch (strategy.get()) {
            case RETIRE -> Optional.of(new Retired(context.resource().type(), context.placement()));
            case RELOCATE, REHOST, REPLATFORM -> moved(strategy.get(), context);
            case RETAIN, REPURCHASE, REFACTOR -> Optional.empty();
        };
    }

    // by the details, not the type: the batches read each member's instance or function attributes
    private static Optional<BatchKey> moved(Strategy strategy, StepContext context)
    {
        return switch (context.resource().details()) {
            case ResourceDetails.Ec2Instance ignored -> Optional.of(new Instances(strategy, context.placement(), context.generated()));
            case ResourceDetails.LambdaFunction ignored -> Optional.of(new Functions(strategy, context.placement(), context.generated()));
            case ResourceDetails.Vpc ignored -> Optional.empty();
            case ResourceDetails.Subnet ignored -> Optional.empty();
            case ResourceDetails.RouteTable ignored -> Optional.empty();
            case ResourceDetails.NatGateway ignored -> Optional.empty();
            case ResourceDetails.VpcEndpoint ignored -> Optional.empty();
            case ResourceDetails.RdsDbInstance ignored -> Optional.empty();
            case ResourceDetails.RdsDbCluster ignored -> Optional.empty();
            case ResourceDetails.ElastiCacheCluster ignored -> Optional.empty();
            case ResourceDetails.ElastiCacheReplicationGroup ignored -> Optional.empty();
            case ResourceDetails.LoadBalancer ignored -> Optional.empty();
            case ResourceDetails.EcsCluster ignored -> Optional.empty();
            case ResourceDetails.EcsService ignored -> Optional.empty();
            case ResourceDetails.S3Bucket ignored -> Optional.empty();
            case ResourceDetails.ApiGateway ignored -> Optional.empty();
            case ResourceDetails.UnattachedVolume ignored -> Optional.empty();
        };
    }
}
