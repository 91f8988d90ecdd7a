<#-- Helpers for the Terraform templates. Values from the estate go through hcl()/hclText(). -->
<#--
  attributes: writes "key = value" lines with the = signs aligned as terraform fmt aligns them.
  pairs is a list of [key, expression]; a pair whose expression is empty is left out.
-->
<#macro attributes pairs indent=1>
<#local width = 0>
<#list pairs as pair>
<#if pair[1]?has_content && pair[0]?length gt width><#local width = pair[0]?length></#if>
</#list>
<#list pairs as pair>
<#if pair[1]?has_content>
[=""?left_pad(indent * 2)][=pair[0]?right_pad(width)] = [=pair[1]]
</#if>
</#list>
</#macro>
<#macro tags tagSet indent=1>
<#local pad = ""?left_pad(indent * 2)>
[=pad]tags = {
<#list tagSet.entries as tag>
[=pad]  [=hcl(tag.key)?right_pad(tagSet.hclKeyWidth)] = [=hcl(tag.value)]
</#list>
[=pad]}
</#macro>
<#-- A security group: created in this wave, or an input mapping the source id to a group already in the target. -->
<#function group reference>
<#if reference.local><#return "aws_security_group." + reference.terraformName + ".id"></#if>
<#return "var.security_group_ids[" + hcl(reference.sourceId) + "]">
</#function>
<#function groups references>
<#local items = []>
<#list references as reference><#local items = items + [group(reference)]></#list>
<#return "[" + items?join(", ") + "]">
</#function>
<#function vpc sourceId><#return "var.vpc_ids[" + hcl(sourceId) + "]"></#function>
<#-- A group in another account or Region: rules name the CIDR block of its network instead. -->
<#function peerCidr reference><#return "var.peer_cidr_blocks[" + hcl(reference.sourceId) + "]"></#function>
<#function regionVariable placement><#return "region_" + placement.alias></#function>
<#function subnet sourceId><#return "var.subnet_ids[" + hcl(sourceId) + "]"></#function>
<#function subnets sourceIds>
<#local items = []>
<#list sourceIds as sourceId><#local items = items + [subnet(sourceId)]></#list>
<#return "[" + items?join(", ") + "]">
</#function>
<#-- A name that must be unique in the account: the source name plus var.name_suffix. -->
<#function suffixed name><#return '"' + hclText(name) + r'${var.name_suffix}"'></#function>
