package io.cloudmigrate.codegen.internal;

import java.util.List;

/**
 * What the readiness report template reads. Every field is plain text the template's XHTML output
 * format escapes, except the pictures, which are SVG built escaped. Amounts are formatted already (USD, two decimals, the same on every machine).
 *
 * @param pageSize the paper, as CSS's {@code @page size} names it ({@code A4}, {@code letter})
 */
public record ReportModel(
        String title,
        String estateName,
        String assessmentName,
        String asOf,
        String capturedAt,
        String scanId,
        String accounts,
        String regions,
        Summary summary,
        Findings keyFindings,
        Pictures pictures,
        List<Count> resourceTypes,
        List<Count> strategies,
        List<Count> riskLevels,
        List<WaveRow> waves,
        List<GroupRow> moveGroups,
        List<ResourceRow> resources,
        boolean compactResources,
        List<PlumbingRow> plumbing,
        List<FactorRow> topFactors,
        List<FindingRow> findings,
        List<OutsideRow> outsideTraffic,
        List<WarningRow> warnings,
        Methodology methodology,
        List<PurchaseRow> purchaseOptions,
        List<CommittedRow> committedTargets,
        String pageSize,
        List<VolumeRow> volumes)
{
    public ReportModel
    {
        resourceTypes = List.copyOf(resourceTypes);
        strategies = List.copyOf(strategies);
        riskLevels = List.copyOf(riskLevels);
        waves = List.copyOf(waves);
        moveGroups = List.copyOf(moveGroups);
        resources = List.copyOf(resources);
        plumbing = List.copyOf(plumbing);
        topFactors = List.copyOf(topFactors);
        findings = List.copyOf(findings);
        outsideTraffic = List.copyOf(outsideTraffic);
        warnings = List.copyOf(warnings);
        volumes = List.copyOf(volumes);
        purchaseOptions = List.copyOf(purchaseOptions);
        committedTargets = List.copyOf(committedTargets);
    }

    /** This report as the main volume of a report in volumes: the same, with a table of contents of the other volumes. */
    public ReportModel withVolumes(List<VolumeRow> newVolumes)
    {
        return new ReportModel(title, estateName, assessmentName, asOf, capturedAt, scanId, accounts, regions, summary, keyFindings, pictures,
                resourceTypes, strategies, riskLevels, waves, moveGroups, resources, compactResources, plumbing, topFactors, findings,
                outsideTraffic, warnings, methodology, purchaseOptions, committedTargets, pageSize, newVolumes);
    }

    /**
     * @param unpriced resources without a price for their recommended strategy; their current run-rate is carried into {@code monthlyAfter}
     * @param unpricedItemCount how many items, on all resources, no price source has; left out of every total
     * @param unpricedItems those items, one row per item and reason with the resources it is missing on
     * @param monthlyAfterCommitted {@code monthlyAfter} with the best committed offer (Reserved Instance or Compute Savings Plan) of each target that has one;
     *         empty when none has (the snapshot has no committed prices)
     */
    public record Summary(
            int resourceCount,
            int waveCount,
            int moveGroupCount,
            String monthlyBefore,
            String monthlyAfter,
            String monthlyChange,
            String oneOff,
            String trafficMonthly,
            int unpriced,
            int unpricedItemCount,
            List<UnpricedRow> unpricedItems,
            String payback,
            String monthlyAfterCommitted)
    {
        public Summary
        {
            unpricedItems = List.copyOf(unpricedItems);
        }
    }

    /**
     * The executive summary as findings.
     *
     * @param moves what moves and how: one row per strategy in use
     * @param decisions the riskiest resources, which need a decision before their wave
     * @param verdicts one readiness verdict per wave, with its reason
     * @param unknowns what the numbers leave out, each with a count
     */
    public record Findings(List<MoveRow> moves, List<DecisionRow> decisions, List<VerdictRow> verdicts, List<UnknownRow> unknowns)
    {
        public Findings
        {
            moves = List.copyOf(moves);
            decisions = List.copyOf(decisions);
            verdicts = List.copyOf(verdicts);
            unknowns = List.copyOf(unknowns);
        }
    }

    public record MoveRow(String strategy, int resources, String monthlyBefore, String monthlyAfter, String monthlyChange, String oneOff) {}

    /** @param factors the factors that weigh most, with their values and points */
    public record DecisionRow(String resource, String wave, String risk, String riskClass, String strategy, String factors) {}

    /** @param verdictClass a CSS class naming the verdict */
    public record VerdictRow(String wave, int resources, String verdict, String verdictClass, String reason) {}

    /** @param count how many; 0 says the gap is known to be empty */
    public record UnknownRow(String what, int count, String detail) {}

    /** One assumption, stated once, and how many resources it applies to ({@code -} when it applies to the whole assessment). */
    public record AssumptionRow(String topic, String assumption, String appliesTo) {}

    /**
     * The report's pictures as SVG markup, already escaped (see {@link SvgWriter}); the template prints
     * them as they are.
     */
    public record Pictures(EscapedText costByStrategy, EscapedText costByWave, EscapedText waveTimeline, EscapedText riskLevels, List<WaveDiagram> waveDiagrams)
    {
        public Pictures
        {
            waveDiagrams = List.copyOf(waveDiagrams);
        }
    }

    /**
     * One wave's dependency diagram (SVG built escaped), or, when {@code drawn} is false, an empty
     * diagram and a note saying why it is not drawn. A collapsed diagram's note says what its boxes are.
     */
    public record WaveDiagram(String wave, boolean drawn, EscapedText diagram, String note) {}

    /** Network plumbing of one type, summarised rather than listed resource by resource. */
    public record PlumbingRow(String type, int count, String locations, String waves) {}

    public record Count(String label, int count) {}

    public record WaveRow(String label, int resources, String strategies, String highestRisk, String monthlyBefore, String monthlyAfter, String oneOff, String dependsOn) {}

    public record GroupRow(String id, String members, String wave) {}

    /**
     * @param riskClass a CSS class naming the risk level, e.g. {@code risk-high}
     */
    public record ResourceRow(
            String name,
            String arn,
            String type,
            String location,
            String wave,
            String strategy,
            String target,
            String riskScore,
            String riskLevel,
            String riskClass,
            String costNow,
            String costAfter,
            String reason) {}

    public record FactorRow(String name, int resources, int points, String explanation) {}

    public record FindingRow(String groupId, String groupName, String location, String rule, String ports, String usedBy) {}

    /**
     * Observed traffic between a resource and a group of addresses outside the estate.
     *
     * @param direction {@code inbound} (the outside end calls the resource) or {@code outbound}
     * @param traffic the edge's evidence: port, flows and volume
     */
    public record OutsideRow(String resource, String wave, String outside, String direction, String traffic) {}

    /** @param count how many warnings of the same account, Region, service and code this row stands for; input and message are the first one's */
    public record WarningRow(String account, String region, String service, String code, int count, String input, String message) {}

    /** One unpriced item and reason, and the resources it is missing on. */
    public record UnpricedRow(String item, int resources, String names) {}

    /**
     * @param assumptions every assumption behind the numbers, each once
     * @param overrides the recommendations a reviewer's decision replaced, sorted by resource
     */
    public record Methodology(long trafficRecords, List<AssumptionRow> assumptions, List<OverrideRow> overrides)
    {
        public Methodology
        {
            assumptions = List.copyOf(assumptions);
            overrides = List.copyOf(overrides);
        }
    }

    /** A reviewer's decision that replaced the recommendation: who decided what, when and why, and what the model ranked first. */
    public record OverrideRow(String resource, String strategy, String modelFirst, String by, String at, String reason) {}

    /**
     * A volume of the report other than the main one, as the main volume's table of contents lists it.
     *
     * @param sections the titles of its sections
     */
    public record VolumeRow(int number, String file, List<String> sections)
    {
        public VolumeRow
        {
            sections = List.copyOf(sections);
        }
    }

    /**
     * What an appendix volume's template reads (see {@link ReportVolumes}).
     *
     * @param count how many volumes the report has, the main one included
     * @param mainFile the main volume's file name, which has the summary and the table of contents
     */
    public record AppendixVolume(String title, String estateName, String assessmentName, String asOf, String pageSize,
            int number, int count, String file, String mainFile, List<AppendixPart> parts)
    {
        public AppendixVolume
        {
            parts = List.copyOf(parts);
        }

        /** The main volume's table of contents row for this volume. */
        public VolumeRow tableOfContents()
        {
            return new VolumeRow(number, file, parts.stream().map(AppendixPart::heading).toList());
        }
    }

    /**
     * One purchase option over the estate's recommended targets: the run-rate after the move with the option taken by every
     * target offered it and on demand elsewhere. Amounts are {@code unknown} when no target is offered the option, or when
     * the price source does not split it between upfront and monthly.
     *
     * @param targets how many of the targets with a committed price are offered the option, e.g. {@code 3 of 5}
     */
    public record PurchaseRow(String option, String targets, String upfront, String monthly, String effectiveMonthly) {}

    /**
     * A recommended target with a committed price and every purchase option it is offered (Appendix C).
     *
     * @param unknown how many other options have no price for it, e.g. {@code 15 other options: unknown}; empty when none
     */
    public record CommittedRow(String name, String strategy, String target, String onDemandMonthly, List<TermRow> terms, String unknown)
    {
        public CommittedRow
        {
            terms = List.copyOf(terms);
        }
    }

    /** One option of one target: {@code unknown} amounts where the price source does not split them. */
    public record TermRow(String option, String upfront, String monthly, String effectiveMonthly) {}

    /**
     * Consecutive rows of Appendix A of one wave, or of Appendix C, as a section of an appendix volume.
     *
     * @param anchor the section's id in its volume
     * @param heading the section's title: the wave, the rows' positions in it, the first and last resource
     */
    public record AppendixPart(String anchor, String heading, List<ResourceRow> rows, List<CommittedRow> committed)
    {
        public AppendixPart
        {
            rows = List.copyOf(rows);
            committed = List.copyOf(committed);
        }

        /** A part of Appendix A. */
        public AppendixPart(String anchor, String heading, List<ResourceRow> rows)
        {
            this(anchor, heading, rows, List.of());
        }
    }
}
