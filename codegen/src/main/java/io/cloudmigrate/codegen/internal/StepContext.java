package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.RiskFactor;
import io.cloudmigrate.scoring.RiskScore;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What the runbook steps of one resource may cite: its recommendation, risk, utilisation, the
 * dependencies around it, and whether code was generated for it.
 *
 * @param notGeneratedReason empty when Terraform creates the target
 * @param callers resources that depend on this one, as {@code name on tcp/5432 (observed)}
 * @param callees resources this one depends on, likewise
 * @param outsideCallers those of {@code callers} that are outside the estate (the internet, on-premises systems …)
 * @param moveGroupPeers the other members of its move group, by name
 * @param loadBalancers load balancers that route to it, by name
 * @param unattachedTargets for a load balancer: its targets that the wave does not attach, as {@code id (name)}
 * @param exposures rules of its security groups that open an administration port to the internet
 * @param pathChecks its validation steps for the paths it uses, as Markdown ({@link PathChecks})
 * @param retiredNeighbours the other ends of its paths that are retired by its cutover, escaped, with when
 * @param onPremisesPaths its paths to or from on-premises systems (flow-log addresses in the on-premises CIDR blocks), as {@code callers}
 * @param cacheTarget for a cache, what the generated code creates for it (whether it encrypts in transit, takes an AUTH token); empty otherwise
 */
public record StepContext(
        Resource resource,
        Optional<Recommendation> recommendation,
        Optional<RiskScore> risk,
        Optional<Utilization> utilization,
        String waveLabel,
        String terraformName,
        Optional<String> notGeneratedReason,
        List<String> callers,
        List<String> callees,
        List<String> outsideCallers,
        Optional<String> moveGroupId,
        List<String> moveGroupPeers,
        List<String> loadBalancers,
        List<String> unattachedTargets,
        List<ReportModel.FindingRow> exposures,
        List<String> pathChecks,
        List<String> retiredNeighbours,
        List<String> onPremisesPaths,
        Optional<Targets.Cache> cacheTarget)
{
    public StepContext
    {
        requireNonNull(resource, "resource is null");
        callers = List.copyOf(callers);
        callees = List.copyOf(callees);
        outsideCallers = List.copyOf(outsideCallers);
        moveGroupPeers = List.copyOf(moveGroupPeers);
        loadBalancers = List.copyOf(loadBalancers);
        unattachedTargets = List.copyOf(unattachedTargets);
        exposures = List.copyOf(exposures);
        pathChecks = List.copyOf(pathChecks);
        retiredNeighbours = List.copyOf(retiredNeighbours);
        onPremisesPaths = List.copyOf(onPremisesPaths);
        requireNonNull(cacheTarget, "cacheTarget is null");
    }

    public String name()
    {
        return MarkdownText.escape(resource.name());
    }

    public String target()
    {
        return recommendation.map(Recommendation::target).filter(target -> !target.isBlank()).map(MarkdownText::escape).orElse("the target");
    }

    /** The source account and Region, which pick the provider alias and the CloudFormation stack of the target. */
    public Placement placement()
    {
        return new Placement(resource.accountId(), resource.region());
    }

    public String terraformDirectory()
    {
        return "`terraform/wave-" + waveLabel + "`";
    }

    public boolean generated()
    {
        return notGeneratedReason.isEmpty();
    }

    /** The largest risk factors, most points first. */
    public List<RiskFactor> topFactors(int count)
    {
        return risk.map(RiskScore::factors).orElse(List.of()).stream()
                .filter(factor -> factor.contribution() > 0)
                .sorted(Comparator.comparingInt(RiskFactor::contribution).reversed().thenComparing(RiskFactor::name))
                .limit(count)
                .toList();
    }

    public Optional<MetricSummary> metric(MetricName name)
    {
        return utilization.flatMap(summary -> summary.metric(name));
    }

    public int windowDays()
    {
        return utilization.map(Utilization::windowDays).orElse(0);
    }

    /** A number with at most one decimal, written the same on every machine. */
    public static String number(double value)
    {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Estate values joined for a sentence, each escaped. */
    /** How many neighbours a step names one by one; beyond it, the connectivity checks of the runbook cover them. */
    static final int NAMES_LISTED = 5;

    /** Up to {@value #NAMES_LISTED} names, then how many more: a step stays a step however busy the resource. */
    public static String someNames(List<String> values)
    {
        if (values.size() <= NAMES_LISTED) {
            return names(values);
        }
        return names(values.subList(0, NAMES_LISTED)) + " and " + (values.size() - NAMES_LISTED) + " more";
    }

    public static String names(List<String> values)
    {
        return String.join(", ", values.stream().map(MarkdownText::escape).toList());
    }
}
