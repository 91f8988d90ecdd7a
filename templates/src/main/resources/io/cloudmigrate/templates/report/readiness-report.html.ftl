<#-- Well-formed XHTML (openhtmltopdf parses it as XML); every value is escaped by the XHTML output format. -->
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta charset="UTF-8" />
<title>[=title]</title>
<meta name="author" content="CloudMigrate" />
<meta name="subject" content="[=estateName]" />
<style type="text/css">
<#include "readiness-report.css" parse=false>
</style>
</head>
<body>
<h1>Migration readiness report</h1>
<p class="subtitle"><strong>[=estateName]</strong>: assessment [=assessmentName], as of [=asOf]. Inventory captured [=capturedAt] (scan [=scanId]).</p>
<table>
<tr><th>Accounts</th><td>[=accounts]</td><th>Regions</th><td>[=regions]</td></tr>
</table>

<h2>Executive summary</h2>
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
<p class="note">Traffic between resources costs [=summary.trafficMonthly] a month today.<#if summary.monthlyAfterCommitted?has_content> With the best Reserved offer of each target that has one, the run-rate after the move is [=summary.monthlyAfterCommitted] a month instead of [=summary.monthlyAfter] on demand.</#if><#if summary.unpriced gt 0> [=summary.unpriced] resource(s) have no price for their recommended strategy; their current run-rate is carried into the total after the move.</#if><#if summary.unpricedItems?has_content> Totals exclude [=summary.unpricedItems?size] unpriced items: <#list summary.unpricedItems as item>[=item]<#sep>; </#sep></#list>.</#if></p>
<p class="payback"><strong>[=summary.payback]</strong></p>
<h3>Cost today and after the move, by strategy</h3>
<div class="picture">[=pictures.costByStrategy]</div>
<h3>Risk distribution</h3>
<div class="picture">[=pictures.riskLevels]</div>
<table>
<tr><th>Resources by type</th><th>Strategies</th><th>Risk levels</th></tr>
<tr>
<td><#list resourceTypes as count>[=count.label]: [=count.count]<#sep><br /></#sep></#list></td>
<td><#list strategies as count>[=count.label]: [=count.count]<#sep><br /></#sep></#list></td>
<td><#list riskLevels as count>[=count.label]: [=count.count]<#sep><br /></#sep></#list></td>
</tr>
</table>

<h2>Migration waves</h2>
<#if waves?has_content>
<p>Wave 1 holds what depends on nothing else in the estate; every later wave depends only on earlier waves. The timeline shows the order of the waves, not calendar time; an arrow runs from each wave to the waves that depend on it.</p>
<div class="picture">[=pictures.waveTimeline]</div>
<h3>Cost today and after the move, by wave</h3>
<div class="picture">[=pictures.costByWave]</div>
<table>
<tr><th>Wave</th><th class="number">Resources</th><th>Strategies</th><th>Highest risk</th><th class="number">Monthly today</th><th class="number">Monthly after</th><th class="number">One-off</th><th>Depends on waves</th></tr>
<#list waves as wave>
<tr><td>[=wave.label]</td><td class="number">[=wave.resources]</td><td>[=wave.strategies]</td><td>[=wave.highestRisk]</td><td class="number">[=wave.monthlyBefore]</td><td class="number">[=wave.monthlyAfter]</td><td class="number">[=wave.oneOff]</td><td>[=wave.dependsOn]</td></tr>
</#list>
</table>
<#else>
<p>The assessment has no waves.</p>
</#if>

<h2>Move groups</h2>
<#if moveGroups?has_content>
<p>Resources that depend on each other in a cycle: each group moves in one wave and cuts over in one window.</p>
<table>
<tr><th>Group</th><th>Members</th><th>Wave</th></tr>
<#list moveGroups as group>
<tr><td>[=group.id]</td><td>[=group.members]</td><td>[=group.wave]</td></tr>
</#list>
</table>
<#else>
<p>No cycles: every resource can move on its own.</p>
</#if>

<h2>Dependencies by wave</h2>
<p>Each wave's workloads and what they depend on, foundations on the left. Fill: the strategy (Retire red, Retain purple, Relocate blue, Rehost green, Replatform yellow, Repurchase pink, Refactor cyan, none grey). Lines: observed traffic solid, configured dependencies (load balancer to target, cluster membership, routes) dashed; what security groups merely allow is left out.</p>
<#list pictures.waveDiagrams as diagram>
<h3>Wave [=diagram.wave]</h3>
<#if diagram.drawn><div class="picture">[=diagram.diagram]</div><#else><p class="note">[=diagram.note]</p></#if>
<#else>
<p>No wave holds a workload.</p>
</#list>

<h2>Resources</h2>
<p>Workloads only; the network plumbing they run in (VPCs, subnets, route tables, NAT gateways, endpoints) is summarised in the appendix.</p>
<table>
<tr><th>Resource</th><th>Type</th><th>Account / Region</th><th>Wave</th><th>Strategy</th><th>Target</th><th>Risk</th><th class="number">Monthly today</th><th class="number">Monthly after</th><th>Reason</th></tr>
<#list resources as resource>
<tr><td>[=resource.name]<br /><span class="arn">[=resource.arn]</span></td><td>[=resource.type]</td><td>[=resource.location]</td><td>[=resource.wave]</td><td>[=resource.strategy]</td><td>[=resource.target]</td><td class="[=resource.riskClass]">[=resource.riskLevel]<#if resource.riskScore != "-"> ([=resource.riskScore])</#if></td><td class="number">[=resource.costNow]</td><td class="number">[=resource.costAfter]</td><td>[=resource.reason]</td></tr>
</#list>
</table>

<h2>Top risk factors</h2>
<#if topFactors?has_content>
<table>
<tr><th>Factor</th><th class="number">Resources</th><th class="number">Points in all</th><th>Why it matters</th></tr>
<#list topFactors as factor>
<tr><td>[=factor.name]</td><td class="number">[=factor.resources]</td><td class="number">[=factor.points]</td><td>[=factor.explanation]</td></tr>
</#list>
</table>
<#else>
<p>No risk factor contributed to any score.</p>
</#if>

<h2>Security findings</h2>
<#if findings?has_content>
<p>Security-group rules that open an administration port to the whole internet. Fix them before the move rather than copying them: the generated code copies rules as they are.</p>
<table>
<tr><th>Security group</th><th>Account / Region</th><th>Rule</th><th>Exposes</th><th>Used by</th></tr>
<#list findings as finding>
<tr><td>[=finding.groupName] ([=finding.groupId])</td><td>[=finding.location]</td><td>[=finding.rule]</td><td>[=finding.ports]</td><td>[=finding.usedBy]</td></tr>
</#list>
</table>
<#else>
<p>No security-group rule opens SSH (22) or RDP (3389) to 0.0.0.0/0 or ::/0.</p>
</#if>

<h2>Traffic with systems outside the estate</h2>
<#if outsideTraffic?has_content>
<p>Flow logs show these resources talking to addresses no scanned resource holds: clients and services on the internet, configured on-premises blocks, private addresses outside the scanned accounts, and AWS services. Each must stay reachable from the target after the move (routes, VPN or Direct Connect, endpoints, firewall rules and DNS), and traffic out to the internet is priced in the run-rate.</p>
<table>
<tr><th>Resource</th><th>Wave</th><th>Outside</th><th>Direction</th><th>Traffic</th></tr>
<#list outsideTraffic as row>
<tr><td>[=row.resource]</td><td>[=row.wave]</td><td>[=row.outside]</td><td>[=row.direction]</td><td>[=row.traffic]</td></tr>
</#list>
</table>
<#else>
<p>The flow logs show no accepted traffic between a resource and anything outside the estate<#if methodology.trafficRecords == 0> (no flow logs were read)</#if>.</p>
</#if>

<h2>Inventory warnings</h2>
<#if warnings?has_content>
<p>What discovery could not read: the assessment may miss resources or dependencies there.</p>
<table>
<tr><th>Account</th><th>Region</th><th>Service</th><th>Code</th><th>Input</th><th>Message</th></tr>
<#list warnings as warning>
<tr><td>[=warning.account]</td><td>[=warning.region]</td><td>[=warning.service]</td><td>[=warning.code]</td><td>[=warning.input]</td><td>[=warning.message]</td></tr>
</#list>
</table>
<#else>
<p>Discovery read every account, Region and service in scope without a warning.</p>
</#if>

<h2>Methodology and sources</h2>
<ul>
<li>Inventory: AWS API or CLI data of accounts [=accounts] in Regions [=regions], captured [=capturedAt]; utilisation from CloudWatch over [=methodology.utilizationWindows].</li>
<li>Dependencies: [=methodology.trafficRecords] VPC flow-log records, and security-group rules and configuration, gave these edges: [=methodology.edges]. Cycles become move groups; waves follow the condensed graph.</li>
<li>Risk: a score from 0 to 100 per resource, the sum of named factors (low below 25, medium below 50, high below 75, critical from 75).</li>
<li>Cost: <#list methodology.costBases as basis>[=basis]<#sep>; </#sep><#else>no price data</#list>. Monthly amounts are run-rates in USD; one-off amounts cover migration effort and transfer.</li>
<li>Strategy: [=methodology.recommendations] recommendation(s) from rules [=methodology.rules], each with its reason and evidence in the assessment document.</li>
<li>Business goals the ranking optimised for: [=methodology.goals].</li>
<li>Ranking model: [=methodology.model].</li>
</ul>
<#if methodology.overrides?has_content>
<h3>Reviewers' decisions</h3>
<table>
<tr><th>Resource</th><th>Decided</th><th>The model ranked first</th><th>By</th><th>On</th><th>Why</th></tr>
<#list methodology.overrides as row>
<tr><td>[=row.resource]</td><td>[=row.strategy]</td><td>[=row.modelFirst]</td><td>[=row.by]</td><td>[=row.at]</td><td>[=row.reason]</td></tr>
</#list>
</table>
</#if>
<h2>Appendix: network plumbing</h2>
<#if plumbing?has_content>
<p>Network resources the workloads run in, counted by type, with the waves the plan puts them in.</p>
<table>
<tr><th>Type</th><th class="number">Count</th><th>Account / Region</th><th>Waves</th></tr>
<#list plumbing as row>
<tr><td>[=row.type]</td><td class="number">[=row.count]</td><td>[=row.locations]</td><td>[=row.waves]</td></tr>
</#list>
</table>
<#else>
<p>The inventory holds no VPCs, subnets, route tables, NAT gateways or VPC endpoints.</p>
</#if>
<p class="note">Generated by CloudMigrate. The same assessment always gives the same report.</p>
</body>
</html>
