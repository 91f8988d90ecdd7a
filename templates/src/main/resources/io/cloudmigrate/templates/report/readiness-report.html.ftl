<#-- Well-formed XHTML (openhtmltopdf parses it as XML); every value is escaped by the XHTML output format. -->
<#import "resource-rows.html.ftl" as resourceRows>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="UTF-8" />
<title>[=title]</title>
<meta name="author" content="CloudMigrate" />
<meta name="subject" content="[=estateName]" />
<style type="text/css">
<#include "readiness-report.css" parse=false>
@page { size: [=pageSize] landscape; }
</style>
<bookmarks>
<#if volumes?has_content>
<bookmark name="Volumes" href="#volumes" />
</#if>
<bookmark name="Executive summary" href="#summary" />
<bookmark name="Migration waves" href="#waves" />
<bookmark name="Move groups" href="#move-groups" />
<bookmark name="Dependencies by wave" href="#dependencies" />
<bookmark name="Top risk factors" href="#risk-factors" />
<bookmark name="Security findings" href="#security" />
<bookmark name="Traffic with systems outside the estate" href="#outside" />
<bookmark name="Inventory warnings" href="#warnings" />
<bookmark name="Methodology and assumptions" href="#methodology" />
<bookmark name="Appendix A: resources<#if volumes?has_content> (in volumes 2 to [=volumes?size + 1])</#if>" href="#resources" />
<bookmark name="Appendix B: network plumbing" href="#plumbing" />
<#if committedTargets?has_content>
<bookmark name="Appendix C: purchase options by target<#if volumes?has_content> (in volumes 2 to [=volumes?size + 1])</#if>" href="#purchase-options" />
</#if>
</bookmarks>
</head>
<body>
<h1>Migration readiness report</h1>
<p class="subtitle"><strong>[=estateName]</strong>: assessment [=assessmentName], as of [=asOf]. Inventory captured [=capturedAt] (scan [=scanId]).</p>
<table>
<tr><th>Accounts</th><td>[=accounts]</td><th>Regions</th><td>[=regions]</td></tr>
</table>
<#if volumes?has_content>

<h2 id="volumes">Volumes</h2>
<p>This PDF is volume 1 of [=volumes?size + 1]. Appendix A, a line per workload, is in the volumes after it, each a PDF of its own beside this one; the HTML report holds the whole report in one file.</p>
<table class="volumes">
<thead><tr><th class="number">Volume</th><th>File</th><th>Sections</th></tr></thead>
<tr><td class="number">1</td><td>readiness-report.pdf (this file)</td><td>Executive summary; Migration waves; Move groups; Dependencies by wave; Top risk factors; Security findings; Traffic with systems outside the estate; Inventory warnings; Methodology and assumptions; Appendix A (where it is); Appendix B: network plumbing<#if committedTargets?has_content>; Appendix C (where it is)</#if></td></tr>
<#list volumes as volume>
<tr><td class="number">[=volume.number]</td><td>[=volume.file]</td><td><#list volume.sections as section>[=section]<#sep><br /></#sep></#list></td></tr>
</#list>
</table>
</#if>

<h2 id="summary">Executive summary</h2>
<table class="cards">
<tr>
<td><div class="card-value">[=summary.resourceCount]</div><div class="card-label">resources</div></td>
<td><div class="card-value">[=summary.waveCount]</div><div class="card-label">migration waves</div></td>
<td><div class="card-value">[=summary.moveGroupCount]</div><div class="card-label">move groups</div></td>
<td><div class="card-value">[=summary.monthlyBefore]</div><div class="card-label">monthly run-rate today</div></td>
<td><div class="card-value">[=summary.monthlyAfter]</div><div class="card-label">monthly run-rate after ([=summary.monthlyChange])</div></td>
<td><div class="card-value">[=summary.oneOff]</div><div class="card-label">one-off migration cost</div></td>
</tr>
</table>
<p class="payback"><strong>[=summary.payback]</strong></p>
<p class="note">Traffic between resources costs [=summary.trafficMonthly] a month today.<#if summary.monthlyAfterCommitted?has_content> With the best committed offer (Reserved Instance or Compute Savings Plan) of each target that has one, the run-rate after the move is [=summary.monthlyAfterCommitted] a month instead of [=summary.monthlyAfter] on demand.</#if><#if summary.unpriced gt 0> [=summary.unpriced] resource(s) have no price for their recommended strategy; their current run-rate is carried into the total after the move.</#if><#if summary.unpricedItemCount gt 0> Totals exclude [=summary.unpricedItemCount] unpriced items (listed under methodology).</#if></p>
<#if purchaseOptions?has_content>
<h3>Purchase options</h3>
<p class="note">The run-rate after the move with each purchase option, taken by every recommended target it is offered for and on demand elsewhere. Effective monthly spreads the upfront fee over the term. Unknown: no target's price source offers the option, or a Compute Savings Plan paid partly upfront, whose split the buyer chooses. Each target's options are in Appendix C.</p>
<table class="purchase-options">
<thead><tr><th>Purchase option</th><th class="number">Targets offered it</th><th class="number">Upfront</th><th class="number">Monthly</th><th class="number">Effective monthly</th></tr></thead>
<#list purchaseOptions as row>
<tr><td>[=row.option]</td><td class="number">[=row.targets]</td><td class="number">[=row.upfront]</td><td class="number">[=row.monthly]</td><td class="number">[=row.effectiveMonthly]</td></tr>
</#list>
</table>
</#if>
<h3>What moves, and how</h3>
<table class="moves">
<thead><tr><th>Strategy</th><th class="number">Resources</th><th class="number">Monthly today</th><th class="number">Monthly after</th><th class="number">Change</th><th class="number">One-off</th></tr></thead>
<#list keyFindings.moves as move>
<tr><td>[=move.strategy]</td><td class="number">[=move.resources]</td><td class="number">[=move.monthlyBefore]</td><td class="number">[=move.monthlyAfter]</td><td class="number">[=move.monthlyChange]</td><td class="number">[=move.oneOff]</td></tr>
</#list>
</table>
<h3>Readiness by wave</h3>
<#if keyFindings.verdicts?has_content>
<table class="verdicts">
<thead><tr><th>Wave</th><th class="number">Resources</th><th>Verdict</th><th>Why</th></tr></thead>
<#list keyFindings.verdicts as row>
<tr><td>[=row.wave]</td><td class="number">[=row.resources]</td><td class="[=row.verdictClass]">[=row.verdict]</td><td>[=row.reason]</td></tr>
</#list>
</table>
<#else>
<p>The assessment has no waves.</p>
</#if>
<h3>Risks that need a decision</h3>
<#if keyFindings.decisions?has_content>
<p>The [=keyFindings.decisions?size] riskiest resources: decide for each whether the recommended strategy stands, what mitigates the risk, or whether it waits.</p>
<table class="decisions">
<thead><tr><th>Resource</th><th>Wave</th><th>Risk</th><th>Recommended</th><th>What weighs most</th></tr></thead>
<#list keyFindings.decisions as row>
<tr><td>[=row.resource]</td><td>[=row.wave]</td><td class="[=row.riskClass]">[=row.risk]</td><td>[=row.strategy]</td><td>[=row.factors]</td></tr>
</#list>
</table>
<#else>
<p>No resource has a risk score.</p>
</#if>
<h3>What is not known</h3>
<table class="unknowns">
<thead><tr><th>Gap</th><th class="number">Count</th><th>What it means</th></tr></thead>
<#list keyFindings.unknowns as row>
<tr><td>[=row.what]</td><td class="number">[=row.count]</td><td>[=row.detail]</td></tr>
</#list>
</table>
<h3>Cost today and after the move, by strategy</h3>
<div class="picture">[=pictures.costByStrategy]</div>
<h3>Risk distribution</h3>
<div class="picture">[=pictures.riskLevels]</div>
<table>
<thead><tr><th>Resources by type</th><th>Strategies</th><th>Risk levels</th></tr></thead>
<tr>
<td><#list resourceTypes as count>[=count.label]: [=count.count]<#sep><br /></#sep></#list></td>
<td><#list strategies as count>[=count.label]: [=count.count]<#sep><br /></#sep></#list></td>
<td><#list riskLevels as count>[=count.label]: [=count.count]<#sep><br /></#sep></#list></td>
</tr>
</table>

<h2 id="waves">Migration waves</h2>
<#if waves?has_content>
<p>Wave 1 holds what depends on nothing else in the estate; every later wave depends only on earlier waves. The timeline shows the order of the waves, not calendar time; an arrow runs from each wave to the waves that depend on it.</p>
<div class="picture">[=pictures.waveTimeline]</div>
<h3>Cost today and after the move, by wave</h3>
<div class="picture">[=pictures.costByWave]</div>
<table>
<thead><tr><th>Wave</th><th class="number">Resources</th><th>Strategies</th><th>Highest risk</th><th class="number">Monthly today</th><th class="number">Monthly after</th><th class="number">One-off</th><th>Depends on waves</th></tr></thead>
<#list waves as wave>
<tr><td>[=wave.label]</td><td class="number">[=wave.resources]</td><td>[=wave.strategies]</td><td>[=wave.highestRisk]</td><td class="number">[=wave.monthlyBefore]</td><td class="number">[=wave.monthlyAfter]</td><td class="number">[=wave.oneOff]</td><td>[=wave.dependsOn]</td></tr>
</#list>
</table>
<#else>
<p>The assessment has no waves.</p>
</#if>

<h2 id="move-groups">Move groups</h2>
<#if moveGroups?has_content>
<p>Resources that depend on each other in a cycle: each group moves in one wave and cuts over in one window.</p>
<table>
<thead><tr><th>Group</th><th>Members</th><th>Wave</th></tr></thead>
<#list moveGroups as group>
<tr><td>[=group.id]</td><td>[=group.members]</td><td>[=group.wave]</td></tr>
</#list>
</table>
<#else>
<p>No cycles: every resource can move on its own.</p>
</#if>

<h2 id="dependencies">Dependencies by wave</h2>
<p>Each wave's workloads and what they depend on, foundations on the left. Fill: the strategy (Retire red, Retain purple, Relocate blue, Rehost green, Replatform yellow, Repurchase pink, Refactor cyan, none grey). Lines: observed traffic solid, configured dependencies (load balancer to target, cluster membership, routes) dashed; what security groups merely allow is left out.</p>
<#list pictures.waveDiagrams as diagram>
<h3>Wave [=diagram.wave]</h3>
<#if diagram.drawn><div class="picture">[=diagram.diagram]</div></#if>
<#if diagram.note?has_content><p class="note">[=diagram.note]</p></#if>
<#else>
<p>No wave holds a workload.</p>
</#list>

<h2 id="risk-factors">Top risk factors</h2>
<#if topFactors?has_content>
<table>
<thead><tr><th>Factor</th><th class="number">Resources</th><th class="number">Points in all</th><th>Why it matters</th></tr></thead>
<#list topFactors as factor>
<tr><td>[=factor.name]</td><td class="number">[=factor.resources]</td><td class="number">[=factor.points]</td><td>[=factor.explanation]</td></tr>
</#list>
</table>
<#else>
<p>No risk factor contributed to any score.</p>
</#if>

<h2 id="security">Security findings</h2>
<#if findings?has_content>
<p>Security-group rules that open an administration port to the whole internet. Fix them before the move rather than copying them: the generated code copies rules as they are.</p>
<table>
<thead><tr><th>Security group</th><th>Account / Region</th><th>Rule</th><th>Exposes</th><th>Used by</th></tr></thead>
<#list findings as finding>
<tr><td>[=finding.groupName] ([=finding.groupId])</td><td>[=finding.location]</td><td>[=finding.rule]</td><td>[=finding.ports]</td><td>[=finding.usedBy]</td></tr>
</#list>
</table>
<#else>
<p>No security-group rule opens SSH (22) or RDP (3389) to 0.0.0.0/0 or ::/0.</p>
</#if>

<h2 id="outside">Traffic with systems outside the estate</h2>
<#if outsideTraffic?has_content>
<p>Flow logs show these resources talking to addresses no scanned resource holds: clients and services on the internet, configured on-premises blocks, private addresses outside the scanned accounts, and AWS services. Each must stay reachable from the target after the move (routes, VPN or Direct Connect, endpoints, firewall rules and DNS), and traffic out to the internet is priced in the run-rate.</p>
<table>
<thead><tr><th>Resource</th><th>Wave</th><th>Outside</th><th>Direction</th><th>Traffic</th></tr></thead>
<#list outsideTraffic as row>
<tr><td>[=row.resource]</td><td>[=row.wave]</td><td>[=row.outside]</td><td>[=row.direction]</td><td>[=row.traffic]</td></tr>
</#list>
</table>
<#else>
<p>The flow logs show no accepted traffic between a resource and anything outside the estate<#if methodology.trafficRecords == 0> (no flow logs were read)</#if>.</p>
</#if>

<h2 id="warnings">Inventory warnings</h2>
<#if warnings?has_content>
<p>What discovery could not read: the assessment may miss resources or dependencies there.</p>
<table>
<thead><tr><th>Account</th><th>Region</th><th>Service</th><th>Code</th><th class="number">Warnings</th><th>Input (the first)</th><th>Message (the first)</th></tr></thead>
<#list warnings as warning>
<tr><td>[=warning.account]</td><td>[=warning.region]</td><td>[=warning.service]</td><td>[=warning.code]</td><td class="number">[=warning.count]</td><td>[=warning.input]</td><td>[=warning.message]</td></tr>
</#list>
</table>
<#else>
<p>Discovery read every account, Region and service in scope without a warning.</p>
</#if>

<h2 id="methodology">Methodology and assumptions</h2>
<p>Inventory of accounts [=accounts] in Regions [=regions], captured [=capturedAt]. Cycles become move groups; waves follow the condensed dependency graph. Monthly amounts are run-rates in USD; one-off amounts cover migration effort and transfer. Each assumption below is stated once, with the resources it applies to.</p>
<table class="assumptions">
<thead><tr><th>Topic</th><th>Assumption</th><th>Applies to</th></tr></thead>
<#list methodology.assumptions as row>
<tr><td>[=row.topic]</td><td>[=row.assumption]</td><td>[=row.appliesTo]</td></tr>
</#list>
</table>
<#if summary.unpricedItems?has_content>
<h3>Unpriced items</h3>
<p>No price source has these; every total leaves them out.</p>
<table class="unpriced">
<thead><tr><th>Item (reason)</th><th class="number">Resources</th><th>Missing on</th></tr></thead>
<#list summary.unpricedItems as row>
<tr><td>[=row.item]</td><td class="number">[=row.resources]</td><td>[=row.names]</td></tr>
</#list>
</table>
</#if>
<#if methodology.overrides?has_content>
<h3>Reviewers' decisions</h3>
<table>
<thead><tr><th>Resource</th><th>Decided</th><th>The model ranked first</th><th>By</th><th>On</th><th>Why</th></tr></thead>
<#list methodology.overrides as row>
<tr><td>[=row.resource]</td><td>[=row.strategy]</td><td>[=row.modelFirst]</td><td>[=row.by]</td><td>[=row.at]</td><td>[=row.reason]</td></tr>
</#list>
</table>
</#if>
<h2 id="resources">Appendix A: resources</h2>
<p>Workloads only; the network plumbing they run in (VPCs, subnets, route tables, NAT gateways, endpoints) is summarised in the appendix.</p>
<#if volumes?has_content>
<p class="note">[=resources?size] workloads: one line each, in volumes 2 to [=volumes?size + 1] (see Volumes at the start). The reason and evidence of each recommendation, and each ARN, are in assessment.json and in the API.</p>
<#elseif compactResources>
<p class="note">[=resources?size] workloads: one line each. The reason and evidence of each recommendation, and each ARN, are in assessment.json and in the API.</p>
<@resourceRows.compact resources />
<#else>
<table class="resources">
<thead><tr><th>Resource</th><th>Type</th><th>Account / Region</th><th>Wave</th><th>Strategy</th><th>Target</th><th>Risk</th><th class="number">Monthly today</th><th class="number">Monthly after</th><th>Reason</th></tr></thead>
<#list resources as resource>
<tr><td>[=resource.name]<br /><span class="arn">[=resource.arn]</span></td><td>[=resource.type]</td><td>[=resource.location]</td><td>[=resource.wave]</td><td>[=resource.strategy]</td><td>[=resource.target]</td><td class="[=resource.riskClass]">[=resource.riskLevel]<#if resource.riskScore != "-"> ([=resource.riskScore])</#if></td><td class="number">[=resource.costNow]</td><td class="number">[=resource.costAfter]</td><td>[=resource.reason]</td></tr>
</#list>
</table>
</#if>
<h2 id="plumbing">Appendix B: network plumbing</h2>
<#if plumbing?has_content>
<p>Network resources the workloads run in, counted by type, with the waves the plan puts them in.</p>
<table>
<thead><tr><th>Type</th><th class="number">Count</th><th>Account / Region</th><th>Waves</th></tr></thead>
<#list plumbing as row>
<tr><td>[=row.type]</td><td class="number">[=row.count]</td><td>[=row.locations]</td><td>[=row.waves]</td></tr>
</#list>
</table>
<#else>
<p>The inventory holds no VPCs, subnets, route tables, NAT gateways or VPC endpoints.</p>
</#if>
<#if committedTargets?has_content>
<h2 id="purchase-options">Appendix C: purchase options by target</h2>
<p>Each recommended target with a committed price, with every option it is offered: upfront, monthly, and effective monthly (the upfront fee spread over the term). Parts no option covers (storage, requests, addresses) stay on demand in every amount.</p>
<#if volumes?has_content>
<p class="note">[=committedTargets?size] targets, in volumes 2 to [=volumes?size + 1] (see Volumes at the start).</p>
<#else>
<@resourceRows.committed committedTargets />
</#if>
</#if>
<p class="note">Generated by CloudMigrate. The same assessment always gives the same report.</p>
</body>
</html>
