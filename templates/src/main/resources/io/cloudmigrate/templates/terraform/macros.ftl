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
<#-- An output of an earlier wave, from its state. -->
<#function remote waveNumber output><#return id("data.terraform_remote_state.wave_" + waveNumber?string("00") + ".outputs." + output)></#function>
<#-- A security group: created in this wave, read from the state of the earlier wave that created it,
     or, for a group the inventory lacks, an input mapping the source id to a group already in the target. -->
<#function group reference>
<#if reference.local><#return id("aws_security_group." + reference.terraformName + ".id")></#if>
<#if reference.earlier><#return remote(reference.homeWave, "security_group_" + reference.terraformName + "_id")></#if>
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
<#--
  Target choices (instance type and class, engine version, storage, counts): each is an input declared
  next to its resource whose default is CloudMigrate's recommendation, so that a team changes a variable
  (in its .tfvars), not the generated code. choices is a list of [attribute, value, type], a number's
  value a number and a string's a string; a value the
  inventory does not give leaves the input without a default, which terraform plan asks for.
-->
<#macro choices terraformName what choices fromSource=false>
<#list choices as choice>
<#local name = terraformName + "_" + choice[0]>
<#if choice[1]?has_content>
variable "[=id(name)]" {
  description = [=hcl("The " + choice[0] + " of the target of " + what + fromSource?then("; the default is the source's.", "; the default is CloudMigrate's recommendation."))]
  type        = [=id(choice[2])]
<#if choice[2] == "number">
  default     = [=literal(choice[1])]
<#else>
  default     = [=hcl(choice[1])]
</#if>
}
<#else>
# TO FILL IN: the inventory does not give the [=choice[0]] of [=line(what)]; terraform plan asks for var.[=id(name)].
variable "[=id(name)]" {
  description = [=hcl("The " + choice[0] + " of the target of " + what + ", which the inventory does not give.")]
  type        = [=id(choice[2])]
}
</#if>

</#list>
</#macro>
<#function choice terraformName attribute><#return id("var." + terraformName + "_" + attribute)></#function>
<#--
  Database hardening that depends on the engine or class: IAM authentication where the engine has it,
  the engine's log types exported to CloudWatch Logs, Performance Insights where the class has it
  (not the burstable db.t classes, some of which lack it).
-->
<#function iamAuthentication engine>
<#return (engine == "mysql" || engine == "postgres" || engine == "mariadb")?then("true", "")>
</#function>
<#function logExports engine>
<#local types = {"postgres": ["postgresql", "upgrade"], "mysql": ["audit", "error", "general", "slowquery"], "mariadb": ["audit", "error", "general", "slowquery"]}>
<#if !types[engine]??><#return ""></#if>
<#local items = []>
<#list types[engine] as type><#local items = items + [hcl(type)]></#list>
<#return tuple(items)>
</#function>
<#function performanceInsights instanceClass>
<#return (instanceClass?has_content && !instanceClass?starts_with("db.t"))?then("true", "")>
</#function>
<#-- The checkov checks skipped for a resource (codegen's checkov-skips.tsv) of the type, when always or one of the conditions that hold for it; each with its reason. -->
<#macro skips type holds=[]>
<#list (checkovSkips[type])![] as skip>
<#if skip.when == "always" || holds?seq_contains(skip.when)>
  #checkov:skip=[=skip.check]:[=line(skip.reason)]
</#if>
</#list>
</#macro>
<#-- The skip conditions an ingress rule meets: it admits the whole internet to port 22 or 80, or a narrower peer to port 80. -->
<#function ruleHolds rule>
<#local open = (rule.peer!"") == "0.0.0.0/0" || (rule.peer!"") == "::/0">
<#local result = []>
<#if open && (rule.anyProtocol || (rule.fromPort lte 22 && rule.toPort gte 22))><#local result = result + ["internet-ssh"]></#if>
<#if open && (rule.anyProtocol || (rule.fromPort lte 80 && rule.toPort gte 80))><#local result = result + ["internet-http"]></#if>
<#if !open && !rule.anyProtocol && rule.fromPort lte 80 && rule.toPort gte 80><#local result = result + ["port-80-from-peer"]></#if>
<#return result>
</#function>
