package io.cloudmigrate.server.http.internal.storage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * One migration wave of an assessment as the API shows it: what it moves, with which strategies, at
 * what cost and risk, and whether it is approved.
 *
 * @param resourceIds sorted
 * @param unrecommendedResourceIds resources of the wave with neither a recommendation nor an override; a wave with any cannot be approved
 * @param strategies resources by effective strategy (the override's where there is one)
 * @param riskLevels scored resources by risk level
 * @param highestRiskScore the highest risk score in the wave; {@code null} when none was scored
 * @param contentHash SHA-256 of the wave's resource ids with their effective strategies; an approval holds while it does not change
 */
public record Wave(
        int number,
        int resourceCount,
        List<String> resourceIds,
        List<String> unrecommendedResourceIds,
        Map<String, Integer> strategies,
        Map<String, Integer> riskLevels,
        Integer highestRiskScore,
        WaveCost cost,
        String contentHash,
        Approval approval)
        implements Audited
{
    public Wave
    {
        resourceIds = List.copyOf(resourceIds);
        unrecommendedResourceIds = List.copyOf(unrecommendedResourceIds);
        strategies = new TreeMap<>(strategies);
        riskLevels = new TreeMap<>(riskLevels);
        requireNonNull(cost, "cost is null");
        requireNonNull(contentHash, "contentHash is null");
        requireNonNull(approval, "approval is null");
    }

    /** Where a wave stands with its reviewers. */
    public enum ApprovalState
    {
        PENDING,
        APPROVED,
        REJECTED,
        /** Decided once, but the wave's resources or strategies changed since. */
        INVALIDATED
    }

    /** A reviewer's decision on a wave. */
    public enum Decision
    {
        APPROVED,
        REJECTED
    }

    /**
     * The wave's approval state and the decision behind it ({@code null} fields while pending).
     *
     * @param assessmentId the assessment the decision was made on
     * @param invalidatedReason why a decision no longer holds
     */
    public record Approval(
            ApprovalState state,
            Decision decision,
            String comment,
            String author,
            String decidedAt,
            String assessmentId,
            String invalidatedAt,
            String invalidatedReason)
    {
        public static final Approval PENDING = new Approval(ApprovalState.PENDING, null, null, null, null, null, null, null);

        public Approval
        {
            requireNonNull(state, "state is null");
        }
    }

    /**
     * The wave's costs in USD with the effective strategies. Sums cover only what a price source has;
     * every resource with something unpriced is counted, and a sum nothing priced is {@code null},
     * never 0.
     *
     * @param pricedResources resources priced in full (today's run-rate and the target's)
     * @param partlyPricedResources resources of which some part has no price
     * @param unpricedResources resources with no price for today or for their strategy's target, or with no strategy at all
     */
    public record WaveCost(
            Double monthlyBeforeUsd,
            Double monthlyAfterUsd,
            Double oneOffUsd,
            int pricedResources,
            int partlyPricedResources,
            int unpricedResources,
            boolean complete) {}
}
