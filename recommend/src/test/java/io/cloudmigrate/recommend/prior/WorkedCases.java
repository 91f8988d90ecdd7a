package io.cloudmigrate.recommend.prior;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.internal.PriorLabels;
import io.cloudmigrate.recommend.internal.TrainingExample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cases the rubric (docs 7R-RUBRIC §1) names, one small estate each, labelled by the same rules: an
 * unsupported Windows Server 2012 R2 (F1), a zombie with CPU and memory under 5% for 90 days (B1), the same
 * with a caller (B5), a held resource (C1), self-managed MySQL (G1), Oracle RAC (G1 rehost), SQL Server with
 * licence cost first (G3), a passive DR copy (B4), Jira Server (E1).
 */
final class WorkedCases
{
    private static final Map<String, String> OWNED = Map.of("owner", "team-dba", "app", "ledger", "Environment", "production");

    private WorkedCases() {}

    static List<TrainingExample> examples(PriorLabels labels)
    {
        List<TrainingExample> examples = new ArrayList<>();
        BusinessGoals neutral = BusinessGoals.DEFAULT;
        examples.addAll(one(labels, ec2("w-win2012", "Microsoft Windows Server 2012 R2 Standard", "6.3.9600", List.of("openssh-server 8.7p1")), busy(), neutral, false));
        examples.addAll(one(labels, ec2("w-zombie", "Amazon Linux", "2023", List.of("openssh-server 8.7p1")), zombie(), neutral, false));
        examples.addAll(one(labels, ec2("w-zombie-called", "Amazon Linux", "2023", List.of("openssh-server 8.7p1")), zombie(), neutral, true));
        Resource held = PriorDatasetGenerator.ec2("w-held", new java.util.TreeMap<>(Map.of("owner", "a", "app", "b", "compliance", "sox")), "Amazon Linux", "2023", "m5.large",
                "x86_64", List.of("openssh-server 8.7p1"));
        examples.addAll(one(labels, held, busy(), neutral, false));
        examples.addAll(one(labels, ec2("w-mysql", "Amazon Linux", "2023", List.of("mysql-community-server 8.4.2")), busy(), neutral, false));
        examples.addAll(one(labels, ec2("w-rac", "Red Hat Enterprise Linux", "9.4", List.of("Oracle Database 19c Enterprise Edition", "Oracle Real Application Clusters 19c")),
                busy(), neutral, false));
        examples.addAll(one(labels, ec2("w-sqlserver", "Microsoft Windows Server 2022 Datacenter", "10.0.20348", List.of("Microsoft SQL Server 2019 (64-bit)")), busy(),
                new BusinessGoals(2, 2, 3, 5), false));
        Resource passive = PriorDatasetGenerator.ec2("w-dr", new java.util.TreeMap<>(Map.of("owner", "a", "app", "b", "role", "dr-passive")), "Amazon Linux", "2023", "m5.large",
                "x86_64", List.of("openssh-server 8.7p1"));
        examples.addAll(one(labels, passive, busy(), neutral, false));
        examples.addAll(one(labels, ec2("w-jira", "Amazon Linux", "2023", List.of("Atlassian Jira Server 8.20.1")), busy(), neutral, false));
        return examples;
    }

    private static Resource ec2(String name, String os, String version, List<String> software)
    {
        return PriorDatasetGenerator.ec2(name, new java.util.TreeMap<>(OWNED), os, version, "m5.large", "x86_64", software);
    }

    private static List<MetricSummary> busy()
    {
        return List.of(new MetricSummary(MetricName.CPU_UTILIZATION, 45, 70, 80, 90), new MetricSummary(MetricName.MEMORY_UTILIZATION, 60, 70, 75, 90));
    }

    private static List<MetricSummary> zombie()
    {
        return List.of(new MetricSummary(MetricName.CPU_UTILIZATION, 2, 3, 4, 90), new MetricSummary(MetricName.MEMORY_UTILIZATION, 3, 3, 4, 90),
                new MetricSummary(MetricName.NETWORK_IN, 100_000, 100_000, 100_000, 90));
    }

    private static List<TrainingExample> one(PriorLabels labels, Resource resource, List<MetricSummary> metrics, BusinessGoals goals, boolean called)
    {
        List<Resource> resources = new ArrayList<>(List.of(resource));
        List<DependencyEdge> edges = new ArrayList<>();
        if (called) {
            Resource caller = ec2(resource.name() + "-caller", "Amazon Linux", "2023", List.of("openssh-server 8.7p1"));
            resources.add(caller);
            edges.add(new DependencyEdge(caller.id(), resource.id(), EdgeKind.OBSERVED, 443, "tcp", 12, 1_000_000, "flow logs"));
        }
        List<Utilization> utilization = List.of(new Utilization(resource.id(), 90, metrics));
        return labels.label(PriorDatasetGenerator.inventory(resources, utilization), PriorDatasetGenerator.graph(resources, edges), PriorDatasetGenerator.AS_OF, goals, "worked")
                .stream().filter(example -> !called || example.source().startsWith("worked:B5")).toList();
    }
}
