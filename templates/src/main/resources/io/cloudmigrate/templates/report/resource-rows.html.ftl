<#-- Appendix A's compact table, shared by the report and its appendix volumes (see ReportVolumes). -->
<#macro compact resources>
<table class="resources compact">
<thead><tr><th>Resource</th><th>Type</th><th>Account / Region</th><th>Wave</th><th>Strategy</th><th>Risk</th><th class="number">Monthly today</th><th class="number">Monthly after</th></tr></thead>
<#list resources as resource>
<tr><td>[=resource.name]</td><td>[=resource.type]</td><td>[=resource.location]</td><td>[=resource.wave]</td><td>[=resource.strategy]</td><td class="[=resource.riskClass]">[=resource.riskLevel]<#if resource.riskScore != "-"> ([=resource.riskScore])</#if></td><td class="number">[=resource.costNow]</td><td class="number">[=resource.costAfter]</td></tr>
</#list>
</table>
</#macro>
