package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.SecurityGroupRule;

import static java.util.Objects.requireNonNull;

/**
 * One ingress rule of a security group that makes resources reachable: every workload carrying
 * {@code securityGroupId} may be reached by the rule's peer (the workloads carrying the peer group, or
 * those with an address in the peer block) on the rule's protocol and ports.
 *
 * <p>The assessment keeps what security groups allow in this form, one entry per rule, rather than as
 * one allowed edge per pair of workloads: a rule naming a VPC's block covers every workload of the VPC,
 * so the pairs grow with the square of the estate. {@link AllowedPairs} derives the pairs where they
 * are looked at.
 */
public record GroupReachability(String securityGroupId, SecurityGroupRule rule)
{
    public GroupReachability
    {
        requireNonNull(securityGroupId, "securityGroupId is null");
        requireNonNull(rule, "rule is null");
    }
}
