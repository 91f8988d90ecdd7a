package io.cloudmigrate.graph;

/**
 * Why the graph holds an edge. The kinds are kept apart: an edge observed in flow logs but not
 * allowed by security groups means something, and so does one allowed but never observed.
 */
public enum EdgeKind
{
    /** Seen in VPC flow logs, with volumes. */
    OBSERVED,
    /** Permitted by security groups (a group reference, or a CIDR rule covering the peer's address). */
    ALLOWED,
    /**
     * Declared in configuration: load balancer to target, API to Lambda, service to target group, read
     * replica to primary, a DB cluster or replication group and its members (both ways: they move as
     * one), a workload to the instance its subnet's route table sends traffic through.
     */
    CONFIGURED;

    /**
     * Whether an edge of this kind orders the migration (decides move groups and waves). An allowed
     * edge says a connection is possible, not that anything uses it, and security groups are routinely
     * broader than the traffic they admit, so it does not.
     */
    public boolean ordersMigration()
    {
        return switch (this) {
            case OBSERVED, CONFIGURED -> true;
            case ALLOWED -> false;
        };
    }
}
