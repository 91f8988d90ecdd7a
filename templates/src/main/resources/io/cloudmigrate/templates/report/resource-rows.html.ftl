<#-- Appendix A's compact table and Appendix C's table, shared by the report and its appendix volumes (see ReportVolumes). -->
<#macro compact resources>
<table class="resources compact">
<thead><tr><th>Resource</th><th>Type</th><th>Account / Region</th><th>Wave</th><th>Strategy</th><th>Risk</th><th class="number">Monthly today</th><th class="number">Monthly after</th></tr></thead>
<#list resources as resource>
<tr><td>[=resource.name]</td><td>[=resource.type]</td><td>[=resource.location]</td><td>[=resource.wave]</td><td>[=resource.strategy]</td><td class="[=resource.riskClass]">[=resource.riskLevel]<#if resource.riskScore != "-"> ([=resource.riskScore])</#if></td><td class="number">[=resource.costNow]</td><td class="number">[=resource.costAfter]</td></tr>
</#list>
</table>
</#macro>
<#macro committed targets>
<table class="committed compact">
<thead><tr><th>Resource</th><th>Strategy</th><th>Target</th><th class="number">On demand</th><th>Purchase option</th><th class="number">Upfront</th><th class="number">Monthly</th><th class="number">Effective monthly</th></tr></thead>
<#list targets as target>
<#list target.terms as term>
<tr><#if term?is_first><td>[=target.name]</td><td>[=target.strategy]</td><td>[=target.target]</td><td class="number">[=target.onDemandMonthly]</td><#else><td></td><td></td><td></td><td></td></#if><td>[=term.option]</td><td class="number">[=term.upfront]</td><td class="number">[=term.monthly]</td><td class="number">[=term.effectiveMonthly]</td></tr>
</#list>
<#if target.unknown?has_content>
<tr><td></td><td></td><td></td><td></td><td>[=target.unknown]</td><td class="number">unknown</td><td class="number">unknown</td><td class="number">unknown</td></tr>
</#if>
</#list>
</table>
</#macro>
