<#-- Helpers for the Terraform templates, which are HCL templates: every plain interpolation is escaped
     as the inside of a quoted HCL string. hcl() quotes a value, id() checks a name written as an
     identifier or a reference, and ?no_esc marks HCL the template writes itself. -->
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
[=""?left_pad(indent * 2)][=id(pair[0])][=""?right_pad(width - pair[0]?length)] = [=pair[1]]
</#if>
</#list>
</#macro>
<#macro tags tagSet indent=1>
<#local pad = ""?left_pad(indent * 2)>
[=pad]tags = {
<#list tagSet.entries as tag>
<#local key = hcl(tag.key)>
[=pad]  [=key][=""?right_pad(tagSet.hclKeyWidth - key?markup_string?length)] = [=hcl(tag.value!"")]
</#list>
[=pad]}
</#macro>
<#-- The items of a list, each already HCL, as an HCL tuple. -->
<#function tuple items>
<#local result = "["?no_esc>
<#list items as item><#local result = result + item + item?has_next?then(", ", "")></#list>
<#return result + "]">
</#function>
<#-- A security group: created in this wave, found by its migration tag when an earlier wave created it,
     or, for a group the inventory lacks, an input mapping the source id to a group already in the target. -->
<#function group reference>
<#if reference.local><#return id("aws_security_group." + reference.terraformName + ".id")></#if>
<#if reference.earlier><#return id("data.aws_security_group." + reference.terraformName + ".id")></#if>
<#return "var.security_group_ids["?no_esc + hcl(reference.sourceId) + "]">
</#function>
<#function groups references>
<#local items = []>
<#list references as reference><#local items = items + [group(reference)]></#list>
<#return tuple(items)>
</#function>
<#function vpc sourceId><#return "var.vpc_ids["?no_esc + hcl(sourceId) + "]"></#function>
<#-- A group in another account or Region: rules name the CIDR block of its network instead. -->
<#function peerCidr reference><#return "var.peer_cidr_blocks["?no_esc + hcl(reference.sourceId) + "]"></#function>
<#function regionVariable placement><#return id("region_" + placement.alias)></#function>
<#function subnet sourceId><#return "var.subnet_ids["?no_esc + hcl(sourceId) + "]"></#function>
<#function subnets sourceIds>
<#local items = []>
<#list sourceIds as sourceId><#local items = items + [subnet(sourceId)]></#list>
<#return tuple(items)>
</#function>
<#-- A name that must be unique in the account: the source name plus var.name_suffix. -->
<#function suffixed name><#return '"'?no_esc + (name!"") + r'${var.name_suffix}"'?no_esc></#function>
<#--
  A fact a resource needs that the inventory does not hold: the attribute takes a required input
  instead, which missing() declares next to the resource with a comment, so that terraform plan
  asks for it rather than the generated code guessing.
-->
<#function fact terraformName attribute value>
<#if value?has_content><#return hcl(value)></#if>
<#return id("var." + terraformName + "_" + attribute)>
</#function>
<#--
  facts is a list of [attribute, value]: each attribute whose value is missing gets its input.
  what names the resource in the comment and the description.
-->
<#macro missing terraformName what facts>
<#list facts as pair>
<#if !pair[1]?has_content>
# TO FILL IN: the inventory does not give the [=pair[0]] of [=line(what)]; terraform plan asks for var.[=id(terraformName + "_" + pair[0])].
variable "[=id(terraformName + "_" + pair[0])]" {
  description = [=hcl("The " + pair[0] + " of the target of " + what + ", which the inventory does not give.")]
  type        = string
}

</#if>
</#list>
</#macro>
