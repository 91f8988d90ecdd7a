package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.scoring.DependencyIndex;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.RiskFactor;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.RiskModel;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.SupportStatus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Adds up eight named factors, each capped at its weight; the default weights sum to 100, so the score
 * reaches 100 only when every factor is at its cap (a larger sum, possible with custom weights, is
 * clamped to 100). The weights are judgement, chosen so that what breaks other systems when it moves
 * (dependents, cycles, state) outweighs what only makes the move itself harder. Runs in
 * O(resources × (edges + security groups)).
 */
public final class WeightedFactorRiskModel
        implements RiskModel
{
    public static final int INBOUND_DEPENDENCIES_WEIGHT_DEFAULT = 25;
    public static final int OUTBOUND_DEPENDENCIES_WEIGHT_DEFAULT = 10;
    public static final int MOVE_GROUP_WEIGHT_DEFAULT = 15;
    public static final int STATEFULNESS_WEIGHT_DEFAULT = 15;
    public static final int DATA_SIZE_WEIGHT_DEFAULT = 10;
    public static final int PRODUCTION_WEIGHT_DEFAULT = 10;
    public static final int END_OF_LIFE_WEIGHT_DEFAULT = 10;
    public static final int PUBLIC_EXPOSURE_WEIGHT_DEFAULT = 5;

    /** Points per distinct dependent resource; five dependents reach the default cap. */
    public static final int POINTS_PER_DEPENDENT = 5;
    /** Points per distinct resource depended on; five dependencies reach the default cap. */
    public static final int POINTS_PER_DEPENDENCY = 2;
    /** The data size at which the data-size factor reaches its weight; it grows with log10(1 + GB) up to here. */
    public static final double DATA_SIZE_SATURATION_GB = 10_240;

    /** The weight (maximum contribution) of each factor. */
    public record Weights(
            int inboundDependencies,
            int outboundDependencies,
            int moveGroup,
            int statefulness,
            int dataSize,
            int production,
            int endOfLife,
            int publicExposure)
    {
        public static final Weights DEFAULT = new Weights(
                INBOUND_DEPENDENCIES_WEIGHT_DEFAULT,
                OUTBOUND_DEPENDENCIES_WEIGHT_DEFAULT,
                MOVE_GROUP_WEIGHT_DEFAULT,
                STATEFULNESS_WEIGHT_DEFAULT,
                DATA_SIZE_WEIGHT_DEFAULT,
                PRODUCTION_WEIGHT_DEFAULT,
                END_OF_LIFE_WEIGHT_DEFAULT,
                PUBLIC_EXPOSURE_WEIGHT_DEFAULT);

        public Weights
        {
            for (int weight : List.of(inboundDependencies, outboundDependencies, moveGroup, statefulness, dataSize, production, endOfLife, publicExposure)) {
                if (weight < 0) {
                    throw new IllegalArgumentException("weights must not be negative: " + weight);
                }
            }
        }
    }

    private final LifecycleCatalog lifecycle;
    private final Weights weights;

    public WeightedFactorRiskModel(LifecycleCatalog lifecycle, Weights weights)
    {
        this.lifecycle = requireNonNull(lifecycle, "lifecycle is null");
        this.weights = requireNonNull(weights, "weights is null");
    }

    @Override
    public List<RiskScore> score(Inventory inventory, GraphAnalysis graph, LocalDate asOf)
    {
        requireNonNull(inventory, "inventory is null");
        requireNonNull(graph, "graph is null");
        requireNonNull(asOf, "asOf is null");
        DependencyIndex dependencies = DependencyIndex.of(graph);
        Set<String> nodes = Set.copyOf(graph.nodes());
        return inventory.resources().stream()
                .filter(resource -> nodes.contains(resource.id()))
                .map(resource -> score(resource, inventory, dependencies, asOf))
                .sorted(Comparator.comparing(RiskScore::resourceId))
                .toList();
    }

    RiskScore score(Resource resource, Inventory inventory, DependencyIndex dependencies, LocalDate asOf)
    {
        List<RiskFactor> factors = List.of(
                inbound(dependencies.dependents(resource.id()).size()),
                outbound(dependencies.dependencies(resource.id()).size()),
                moveGroup(dependencies.moveGroupOf(resource.id())),
                statefulness(ResourceFacts.statefulness(resource)),
                dataSize(ResourceFacts.dataSizeGb(resource)),
                production(ResourceFacts.productionTag(resource)),
                endOfLife(lifecycle.matches(resource), lifecycle.unlisted(resource), asOf),
                publicExposure(ResourceFacts.publicExposure(resource, inventory, dependencies.reachedFromInternet(resource.id()))));
        int score = Math.min(100, factors.stream().mapToInt(RiskFactor::contribution).sum());
        return new RiskScore(resource.id(), score, RiskLevel.of(score), factors);
    }

    private RiskFactor inbound(int dependents)
    {
        return new RiskFactor("inboundDependencies", count(dependents),
                Math.min(weights.inboundDependencies(), dependents * POINTS_PER_DEPENDENT),
                "Resources that call this one (observed in flow logs or configured) break if it moves without them.");
    }

    private RiskFactor outbound(int dependencies)
    {
        return new RiskFactor("outboundDependencies", count(dependencies),
                Math.min(weights.outboundDependencies(), dependencies * POINTS_PER_DEPENDENCY),
                "Each resource this one calls must stay reachable, with the same latency, after the move.");
    }

    private RiskFactor moveGroup(Optional<MoveGroup> group)
    {
        return new RiskFactor("moveGroup",
                group.map(value -> value.id() + " (" + value.resourceIds().size() + " resources)").orElse("none"),
                group.isPresent() ? weights.moveGroup() : 0,
                "Resources in a dependency cycle must move together, in one wave, which makes the cutover larger.");
    }

    private RiskFactor statefulness(Optional<String> state)
    {
        return new RiskFactor("statefulness", state.orElse("stateless"), state.isPresent() ? weights.statefulness() : 0,
                "State must be copied and kept in sync during the cutover; a stateless resource can simply be rebuilt.");
    }

    private RiskFactor dataSize(double gigabytes)
    {
        double scale = Math.min(1, Math.log10(1 + gigabytes) / Math.log10(1 + DATA_SIZE_SATURATION_GB));
        return new RiskFactor("dataSize", ResourceFacts.gigabytes(gigabytes), (int) Math.round(weights.dataSize() * scale),
                "More data means a longer copy and a longer or riskier cutover window (log-scaled, full weight at 10 TB).");
    }

    private RiskFactor production(Optional<String> tag)
    {
        return new RiskFactor("production", tag.orElse("not tagged production"), tag.isPresent() ? weights.production() : 0,
                "A production resource serves users, so mistakes during the move are outages.");
    }

    private RiskFactor endOfLife(List<LifecycleMatch> matches, Optional<String> unlisted, LocalDate asOf)
    {
        Optional<LifecycleMatch> worst = matches.stream()
                .filter(match -> match.entry().statusAt(asOf, LifecycleCatalog.HORIZON_DEFAULT).forcesChange())
                .min(Comparator.comparing(match -> match.entry().supportEnds()));
        if (worst.isEmpty() && unlisted.isPresent()) {
            // not listed is not known to be supported; the score cannot say how far past support it is, so it adds nothing
            return new RiskFactor("endOfLife", "unknown: the lifecycle table does not list " + unlisted.get(), 0, explanationOfEndOfLife());
        }
        if (worst.isEmpty()) {
            return new RiskFactor("endOfLife", "none known", 0, explanationOfEndOfLife());
        }
        LifecycleMatch match = worst.get();
        SupportStatus status = match.entry().statusAt(asOf, LifecycleCatalog.HORIZON_DEFAULT);
        // Past support counts in full; support ending within the horizon counts half, rounded up.
        int contribution = status.pastSupport() ? weights.endOfLife() : (weights.endOfLife() + 1) / 2;
        String value = match.observed() + ": " + match.entry().supportEndName() + " " + match.entry().supportEnds();
        return new RiskFactor("endOfLife", value, contribution, explanationOfEndOfLife());
    }

    private static String explanationOfEndOfLife()
    {
        return "An operating system or engine past its vendor's support must be upgraded as part of the move, which adds change to the cutover.";
    }

    private RiskFactor publicExposure(List<String> reasons)
    {
        return new RiskFactor("publicExposure", reasons.isEmpty() ? "none visible" : String.join("; ", reasons),
                reasons.isEmpty() ? 0 : weights.publicExposure(),
                "Internet-facing endpoints need DNS, certificates and firewall rules moved in step, and are attacked during the change.");
    }

    private static String count(int resources)
    {
        return resources == 1 ? "1 resource" : resources + " resources";
    }
}
