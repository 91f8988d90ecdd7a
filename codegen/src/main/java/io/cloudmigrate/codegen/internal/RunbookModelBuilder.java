package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * Builds the runbook of one wave from the assessment and the wave's targets.
 */
final class RunbookModelBuilder
{
    private final EstateIndex index;
    private final ConnectivityChecks checks;
    private final RouteDescriptions.Served routes;
    private final PathChecks paths;
    private final RunbookCounts counts;

    /**
     * @param notGenerated the resources of every wave whose target no generated code creates
     */
    RunbookModelBuilder(EstateIndex index, Set<String> notGenerated)
    {
        this.index = requireNonNull(index, "index is null");
        this.checks = new ConnectivityChecks(index);
        this.routes = RouteDescriptions.Served.of(index.resources());
        this.paths = new PathChecks(index, notGenerated);
        this.counts = new RunbookCounts(index);
    }

    /** What every runbook of one wave shares, computed once per wave. */
    record WaveContext(MigrationWave sourceWave, Targets.Wave wave, TerraformModel inputs, WaveCode codes, List<Resource> members,
            List<RunbookModel.Destination> destinations) {}

    /** The wave's members in execution order, with what its runbooks share. */
    WaveContext wave(MigrationWave sourceWave, Targets.Wave wave)
    {
        List<Resource> members = index.waveResources(sourceWave).stream()
                .sorted(Comparator.comparingInt((Resource resource) -> stage(resource.type())).thenComparing(Resource::name).thenComparing(Resource::id))
                .toList();
        // Targets.Wave derives its placements from all its members at each call: once per wave, not once per runbook
        List<Placement> placements = wave.placements();
        List<RunbookModel.Destination> destinations = wave.memberPlacements().stream()
                .map(placement -> new RunbookModel.Destination(placement.accountId(), placement.region(),
                        placements.contains(placement) ? placement.provider() : null, CloudFormationWriter.path(wave.label(), placement)))
                .toList();
        return new WaveContext(sourceWave, wave, TerraformModel.of(index, wave), WaveCode.of(wave), members, destinations);
    }

    /**
     * The runbook of one group of the wave's members.
     *
     * @param applications the wave's application runbooks, listed in the wave's own runbook (empty for an application's)
     */
    RunbookModel build(WaveContext context, RunbookGroups.Group group, List<RunbookModel.ApplicationRunbook> applications)
    {
        List<Resource> members = group.members();
        Targets.Wave wave = context.wave();
        Assessment assessment = index.assessment();
        WaveCode codes = context.codes();
        ConnectivityChecks.Summary connectivity = checks.of(members);
        List<RunbookModel.Steps> steps = new ArrayList<>();
        List<RunbookModel.Retained> retained = new ArrayList<>();
        SortedMap<String, SortedSet<String>> riskFactors = new TreeMap<>();
        Set<ShellHelper> helpers = EnumSet.noneOf(ShellHelper.class);
        List<StepContext> moved = new ArrayList<>();
        // looked up by id, never iterated
        Map<String, PathChecks.Lines> pathsById = new HashMap<>();
        for (Resource member : members) {
            PathChecks.Lines pathLines = paths.of(member);
            pathsById.put(member.id(), pathLines);
            StepContext step = context(member, wave, codes, pathLines);
            if (step.recommendation().map(Recommendation::strategy).orElse(null) == Strategy.RETAIN) {
                retained.add(retained(step));
                continue;
            }
            moved.add(step);
            helpers.addAll(pathLines.helpers());
            RunbookPlaybook.namedRiskFactors(step).forEach(factor -> riskFactors.computeIfAbsent(factor.name(), name -> new TreeSet<>()).add(factor.explanation()));
        }
        // instances that move the same way, and resources of one type retired in one place, are one step with a table, at the place of the first of them
        Map<BatchKey, List<StepContext>> batches = new HashMap<>();
        List<BatchedMembers> batched = new ArrayList<>();
        moved.forEach(step -> BatchKey.of(step).ifPresent(key -> batches.computeIfAbsent(key, ignored -> new ArrayList<>()).add(step)));
        for (StepContext step : moved) {
            Optional<List<StepContext>> batch = BatchKey.of(step).map(batches::get).filter(contexts -> contexts.size() > 1);
            if (batch.isEmpty()) {
                steps.add(steps(step));
            }
            else if (batch.get().getFirst() == step) {
                RunbookModel.Steps merged = switch (BatchKey.of(step).orElseThrow()) {
                    case BatchKey.Instances key -> {
                        Ec2Batch.Batch moving = Ec2Batch.step(key, batch.get(), pathsById::get);
                        helpers.addAll(moving.helpers());
                        yield moving.step();
                    }
                    case BatchKey.Functions key -> {
                        Ec2Batch.Batch moving = LambdaBatch.step(key, batch.get(), pathsById::get);
                        helpers.addAll(moving.helpers());
                        yield moving.step();
                    }
                    case BatchKey.Retired key -> RetireBatch.step(key, batch.get());
                };
                steps.add(merged);
                batched.add(new BatchedMembers(steps.size(), merged, batch.get().stream().map(member -> member.resource().id()).toList()));
            }
        }
        RetainedRows retainedRows = RetainedRows.of(retained);
        return new RunbookModel(
                assessment.inventory().name(),
                assessment.name(),
                assessment.asOf(),
                assessment.inventory().capturedAt(),
                wave.label(),
                assessment.graph().waves().size(),
                group.application().orElse(""),
                group.file(),
                applications,
                BatchedMembers.overview(members, batched, resource -> member(resource, codes)),
                counts.strategies(members),
                counts.risks(members),
                counts.moveGroups(members),
                RunbookPrerequisites.network(members, wave, context.inputs(), routes, group.application().isEmpty()),
                RunbookPrerequisites.permissions(members, wave),
                edges(members, context.sourceWave().number(), true),
                edges(members, context.sourceWave().number(), false),
                group.application().isEmpty() ? RunbookCounts.notGeneratedListed(wave, members) : List.of(),
                group.application().isEmpty() ? RunbookCounts.notGeneratedCounted(wave, members) : List.of(),
                context.destinations(),
                helpers.stream().map(ShellHelper::definition).toList(),
                steps,
                retainedRows.rows(),
                retainedRows.reasons(),
                riskFactors.entrySet().stream().flatMap(factor -> factor.getValue().stream().map(explanation -> new RunbookModel.RiskNote(factor.getKey(), explanation))).toList(),
                connectivity.checks(),
                connectivity.rulesToReview());
    }

    /** Strategy counts as a sentence, for the list of a wave's application runbooks. */
    String strategies(List<Resource> members)
    {
        return counts.sentence(members);
    }

    // Execution order inside a wave: network, then data, then compute, then what fronts the compute.
    static int stage(ResourceType type)
    {
        return switch (type) {
            case VPC, SUBNET, ROUTE_TABLE, NAT_GATEWAY, VPC_ENDPOINT -> 0;
            case RDS_DB_CLUSTER, RDS_DB_INSTANCE, ELASTICACHE_REPLICATION_GROUP, ELASTICACHE_CLUSTER, S3_BUCKET, EBS_VOLUME -> 1;
            case ECS_CLUSTER -> 2;
            case EC2_INSTANCE, ECS_SERVICE, LAMBDA_FUNCTION -> 3;
            case LOAD_BALANCER, LOAD_BALANCER_V2, API_GATEWAY_REST_API, API_GATEWAY_HTTP_API -> 4;
        };
    }

    private RunbookModel.Member member(Resource resource, WaveCode codes)
    {
        Optional<Recommendation> recommendation = index.recommendation(resource.id());
        return new RunbookModel.Member(
                resource.name(),
                Labels.type(resource.type()),
                resource.accountId() + " / " + resource.region(),
                recommendation.map(value -> value.strategy().displayName()).orElse("none"),
                recommendation.map(Recommendation::target).orElse("-"),
                risk(resource.id()),
                index.moveGroup(resource.id()).map(MoveGroup::id).orElse("-"),
                code(resource.id(), codes));
    }

    private String risk(String resourceId)
    {
        return index.risk(resourceId).map(risk -> Labels.risk(risk.level()) + " (" + risk.score() + ")").orElse("not scored");
    }

    private static String code(String resourceId, WaveCode codes)
    {
        if (codes.skipped().contains(resourceId)) {
            return "none";
        }
        return codes.cloudFormation().contains(resourceId) ? "Terraform, CloudFormation" : "Terraform";
    }

    /**
     * Edges that order the migration leaving the wave ({@code outgoing}) or entering it from other
     * waves. Allowed edges are left out: they say a connection is possible, not that the wave needs
     * the other one; each resource's step still lists them.
     */
    private List<RunbookModel.Dependency> edges(List<Resource> members, int wave, boolean outgoing)
    {
        SortedSet<String> ids = new TreeSet<>(members.stream().map(Resource::id).toList());
        List<DependencyEdge> result = new ArrayList<>();
        List<DependencyEdge> candidates = ids.stream().flatMap(id -> (outgoing ? index.edgesFrom(id) : index.edgesTo(id)).stream())
                .sorted(GraphAnalysis.EDGE_ORDER)
                .toList();
        for (DependencyEdge edge : candidates) {
            String inside = outgoing ? edge.source() : edge.target();
            String other = outgoing ? edge.target() : edge.source();
            OptionalInt otherWave = index.wave(other);
            if (edge.kind().ordersMigration() && ids.contains(inside) && (otherWave.isEmpty() || otherWave.getAsInt() != wave)) {
                result.add(edge);
            }
        }
        return DependencyRows.of(index, checks, result, outgoing);
    }

    private StepContext context(Resource resource, Targets.Wave wave, WaveCode codes, PathChecks.Lines pathLines)
    {
        Optional<Recommendation> recommendation = index.recommendation(resource.id());
        return new StepContext(
                resource,
                recommendation,
                index.risk(resource.id()),
                index.assessment().inventory().utilizationOf(resource.id()),
                wave.label(),
                index.terraformName(resource.id()),
                Optional.ofNullable(codes.skipReasons().get(resource.id())),
                neighbours(resource.id(), false, other -> true),
                neighbours(resource.id(), true, other -> true),
                neighbours(resource.id(), false, AddressAttribution::outsideEstate),
                index.moveGroup(resource.id()).map(MoveGroup::id),
                index.moveGroup(resource.id()).map(group -> group.resourceIds().stream().filter(id -> !id.equals(resource.id())).map(index::displayName).sorted().toList())
                        .orElse(List.of()),
                loadBalancersOf(resource),
                unattachedTargets(resource, wave),
                resource.network().securityGroupIds().stream()
                        .distinct()
                        .flatMap(groupId -> index.securityGroup(groupId).stream())
                        .flatMap(group -> SecurityFindings.forGroup(index, group).stream())
                        .toList(),
                pathLines.checks(),
                pathLines.retired(),
                onPremisesPaths(resource.id()),
                Optional.ofNullable(codes.caches().get(resource.id())));
    }

    private RunbookModel.Steps steps(StepContext context)
    {
        Resource resource = context.resource();
        Optional<Recommendation> recommendation = context.recommendation();
        return new RunbookModel.Steps(
                resource.name(),
                resource.id(),
                Labels.type(resource.type()),
                recommendation.map(value -> value.strategy().displayName()).orElse("none"),
                recommendation.map(Recommendation::target).orElse("-"),
                risk(resource.id()),
                recommendation.map(Recommendation::reason).orElse("The assessment has no recommendation for it."),
                RunbookPlaybook.phases(context));
    }

    /**
     * A retained member as a table row: it used to take four phases of the same sentences (record the
     * decision, keep the paths open, confirm after each wave, revisit), a quarter of the members of
     * the synthetic estate; the runbook says those once above the table.
     */
    private static RunbookModel.Retained retained(StepContext context)
    {
        Resource resource = context.resource();
        List<String> neighbours = RunbookPlaybook.concat(context.callers(), context.callees());
        return new RunbookModel.Retained(
                resource.name(),
                Labels.type(resource.type()),
                resource.accountId() + " / " + resource.region(),
                context.recommendation().map(Recommendation::reason).orElse(""),
                neighbours.isEmpty() ? "-" : StepContext.someNames(neighbours));
    }

    /**
     * Callers ({@code outgoing} false) or callees, as {@code name on tcp/5432 (observed)}, of the ends
     * {@code accepted} takes (every end, or only the ends outside the estate). The edges between a
     * cluster or group and its own members say they move together, not that one uses the other, so they
     * are left out; a cluster or group counts its members' outside neighbours as its own, since the
     * members move and cut over with it. Paths a security group only allows are not steps: the
     * runbook's rules to review count them ({@link ConnectivityChecks}).
     */
    private List<String> neighbours(String resourceId, boolean outgoing, Predicate<String> accepted)
    {
        SortedSet<String> selves = new TreeSet<>(index.membersOf(resourceId));
        selves.add(resourceId);
        SortedSet<String> result = new TreeSet<>();
        for (String self : selves) {
            for (DependencyEdge edge : outgoing ? index.edgesFrom(self) : index.edgesTo(self)) {
                String other = outgoing ? edge.target() : edge.source();
                if (edge.kind().ordersMigration() && !selves.contains(other) && !index.memberAndGroup(self, other) && accepted.test(other)) {
                    String port = ConnectivityChecks.port(edge);
                    result.add(index.displayName(other) + (port.equals("-") ? "" : " on " + port) + " (" + edge.kind().name().toLowerCase(Locale.ROOT) + ")");
                }
            }
        }
        return List.copyOf(result);
    }

    private List<String> onPremisesPaths(String resourceId)
    {
        List<String> paths = new ArrayList<>(neighbours(resourceId, false, AddressAttribution.ON_PREMISES::equals));
        paths.addAll(neighbours(resourceId, true, AddressAttribution.ON_PREMISES::equals));
        return paths.stream().distinct().sorted().toList();
    }

    private List<String> loadBalancersOf(Resource resource)
    {
        if (!(resource.details() instanceof ResourceDetails.Ec2Instance instance) || instance.instanceId() == null) {
            return List.of();
        }
        return index.loadBalancerNamesOf(instance.instanceId());
    }

    private List<String> unattachedTargets(Resource resource, Targets.Wave wave)
    {
        if (!(resource.details() instanceof ResourceDetails.LoadBalancer balancer)) {
            return List.of();
        }
        return wave.loadBalancers().stream()
                .filter(target -> target.name().arn().equals(resource.id()))
                .findFirst()
                .map(Targets.LoadBalancer::remoteTargets)
                .orElseGet(() -> balancer.targets().stream()
                        .map(target -> target + index.instanceByInstanceId(target).map(instance -> " (" + instance.name() + ")").orElse(""))
                        .toList());
    }
}
