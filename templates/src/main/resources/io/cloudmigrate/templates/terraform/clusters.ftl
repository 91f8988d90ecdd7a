<#-- The database-cluster and cache blocks of main.tf, kept here so that main.tf.ftl stays readable. -->
<#import "macros.ftl" as tf>
<#-- An RDS DB cluster, with its subnet group and, for Aurora, its instances. -->
<#macro databaseCluster cluster>

# [=line(cluster.name.name)] ([=line(cluster.name.arn)]): [=line(cluster.name.strategy)], [=cluster.aurora?then("Aurora", "Multi-AZ DB cluster")] [=line(cluster.engine)] [=line(cluster.sourceEngineVersion!"")] to [=line(cluster.engineVersion!"")].
<#if cluster.sourceSubnetIds?has_content>
resource "aws_db_subnet_group" "[=id(cluster.name.terraformName)]" {
  provider = [=id(cluster.name.placement.provider)]

<@tf.attributes [
  ["name", tf.suffixed(cluster.identifier)],
  ["subnet_ids", tf.subnets(cluster.sourceSubnetIds)]
]/>

<@tf.tags cluster.tags/>
}

</#if>
<#if cluster.engineVersion?? && !cluster.engineVersion?contains(".")>
# A major version alone: set engine_version to the current minor release of [=line(cluster.engineVersion)] (aws rds describe-db-engine-versions) before applying.
</#if>
<@tf.missing terraformName=cluster.name.terraformName what=cluster.name.arn facts=[["engine", (cluster.engine!"")]]/>
resource "aws_rds_cluster" "[=id(cluster.name.terraformName)]" {
  provider = [=id(cluster.name.placement.provider)]

<@tf.attributes [
  ["cluster_identifier", tf.suffixed(cluster.identifier)],
  ["engine", tf.fact(cluster.name.terraformName, "engine", cluster.engine!"")],
  ["engine_version", (cluster.engineVersion??)?then(hcl(cluster.engineVersion!), "")],
  ["allow_major_version_upgrade", ((cluster.engineVersion!"") != (cluster.sourceEngineVersion!""))?then("true", "")],
  ["db_cluster_instance_class", (cluster.instanceClass??)?then(hcl(cluster.instanceClass!), "")],
  ["allocated_storage", (cluster.allocatedStorageGb gt 0)?then(cluster.allocatedStorageGb?c, "")],
  ["storage_type", (cluster.storageType??)?then(hcl(cluster.storageType!), "")],
  ["iops", (cluster.iops gt 0)?then(cluster.iops?c, "")],
  ["storage_encrypted", "true"],
  ["port", (cluster.port gt 0)?then(cluster.port?c, "")],
  ["db_subnet_group_name", cluster.sourceSubnetIds?has_content?then(id("aws_db_subnet_group." + cluster.name.terraformName + ".name"), "")],
  ["vpc_security_group_ids", cluster.securityGroups?has_content?then(tf.groups(cluster.securityGroups), "")],
  ["master_username", "var.database_master_username"],
  ["manage_master_user_password", "true"],
  ["backup_retention_period", "7"],
  ["copy_tags_to_snapshot", "true"],
  ["deletion_protection", "true"],
  ["skip_final_snapshot", "false"],
  ["final_snapshot_identifier", tf.suffixed((cluster.identifier!"") + "-final")]
]/>
<#if cluster.serverlessV2Capacity??>
<#local capacity = cluster.serverlessV2Capacity?matches("([0-9]+(?:\\.[0-9]+)?)-([0-9]+(?:\\.[0-9]+)?)")>

<#if capacity>
  serverlessv2_scaling_configuration {
    min_capacity = [=literal(capacity?groups[1]?number)]
    max_capacity = [=literal(capacity?groups[2]?number)]
  }
<#else>
  # TO FILL IN: the Serverless v2 capacity [=line(cluster.serverlessV2Capacity)] is not a range of ACUs; add a serverlessv2_scaling_configuration block.
</#if>
</#if>

<@tf.tags cluster.tags/>
}
<#list cluster.instances as instance>

# [=line(instance.name.name)] ([=line(instance.name.arn)]): [=line(instance.name.strategy)], [=(instance.promotionTier == 0)?then("writer", "reader")] of [=line(cluster.name.name)].
<@tf.choices terraformName=instance.name.terraformName what=instance.name.arn choices=[["instance_class", (instance.instanceClass!""), "string"]]/>
resource "aws_rds_cluster_instance" "[=id(instance.name.terraformName)]" {
  provider = [=id(instance.name.placement.provider)]

<@tf.attributes [
  ["identifier", tf.suffixed(instance.identifier)],
  ["cluster_identifier", id("aws_rds_cluster." + cluster.name.terraformName + ".id")],
  ["instance_class", tf.choice(instance.name.terraformName, "instance_class")],
  ["engine", id("aws_rds_cluster." + cluster.name.terraformName + ".engine")],
  ["engine_version", id("aws_rds_cluster." + cluster.name.terraformName + ".engine_version")],
  ["promotion_tier", instance.promotionTier?c],
  ["db_subnet_group_name", cluster.sourceSubnetIds?has_content?then(id("aws_db_subnet_group." + cluster.name.terraformName + ".name"), "")],
  ["copy_tags_to_snapshot", "true"]
]/>

<@tf.tags instance.tags/>
}
</#list>
</#macro>
<#-- An ElastiCache replication group, or a cache cluster, with its subnet group. -->
<#macro elastiCache cache>

# [=line(cache.name.name)] ([=line(cache.name.arn)]): [=line(cache.name.strategy)], [=line(cache.engine)] [=line(cache.engineVersion!"")].
<#if cache.sourceSubnetIds?has_content>
resource "aws_elasticache_subnet_group" "[=id(cache.name.terraformName)]" {
  provider = [=id(cache.name.placement.provider)]

<@tf.attributes [
  ["name", tf.suffixed(cache.clusterId)],
  ["subnet_ids", tf.subnets(cache.sourceSubnetIds)]
]/>

<@tf.tags cache.tags/>
}

</#if>
<#if cache.replicationGroup>
<#if cache.nodeGroups gt 0 && !cache.clusterModeParameterGroup??>
# Cluster mode without a known engine version: set engine_version, and parameter_group_name to the default.<engine><major>.cluster.on group of that version, before applying.
</#if>
<#if cache.authToken()>
<@authToken cache/>
</#if>
<#if !cache.transitEncryption>
# No in-transit encryption: ElastiCache offers none for [=line(cache.engine!"this engine")] [=line(cache.engineVersion!"")] (Redis OSS has it from 3.2.6 and 4.0.10); upgrade the engine to turn it on.
</#if>
<@tf.missing terraformName=cache.name.terraformName what=cache.name.arn facts=[["engine", (cache.engine!"")]]/>
<@tf.choices terraformName=cache.name.terraformName what=cache.name.arn choices=[["node_type", (cache.nodeType!""), "string"]]/>
resource "aws_elasticache_replication_group" "[=id(cache.name.terraformName)]" {
  provider = [=id(cache.name.placement.provider)]
<@tf.skips type="aws_elasticache_replication_group" holds=cache.transitEncryption?then([], ["no-transit-encryption"])/>

<@tf.attributes [
  ["replication_group_id", tf.suffixed(cache.clusterId)],
  ["description", hcl("Migrated by CloudMigrate from replication group " + (cache.clusterId!"(unknown)"))],
  ["engine", tf.fact(cache.name.terraformName, "engine", cache.engine!"")],
  ["engine_version", (cache.engineVersion??)?then(hcl(cache.engineVersion!), "")],
  ["node_type", tf.choice(cache.name.terraformName, "node_type")],
  ["num_cache_clusters", (cache.nodeGroups == 0)?then(cache.nodes?c, "")],
  ["num_node_groups", (cache.nodeGroups gt 0)?then(cache.nodeGroups?c, "")],
  ["replicas_per_node_group", (cache.nodeGroups gt 0)?then(cache.replicasPerNodeGroup?c, "")],
  ["parameter_group_name", (cache.clusterModeParameterGroup??)?then(hcl(cache.clusterModeParameterGroup!), "")],
  ["automatic_failover_enabled", (cache.nodes gt 1 || cache.nodeGroups gt 0)?c],
  ["at_rest_encryption_enabled", "true"],
  ["transit_encryption_enabled", cache.transitEncryption?then("true", "")],
  ["auth_token", cache.authToken()?then(id("aws_secretsmanager_secret_version." + cache.name.terraformName + "_auth_token.secret_string"), "")],
  ["port", (cache.port gt 0)?then(cache.port?c, "")],
  ["subnet_group_name", cache.sourceSubnetIds?has_content?then(id("aws_elasticache_subnet_group." + cache.name.terraformName + ".name"), "")],
  ["security_group_ids", cache.securityGroups?has_content?then(tf.groups(cache.securityGroups), "")]
]/>
<#else>
<@tf.missing terraformName=cache.name.terraformName what=cache.name.arn facts=[["engine", (cache.engine!"")]]/>
<@tf.choices terraformName=cache.name.terraformName what=cache.name.arn choices=[["node_type", (cache.nodeType!""), "string"]]/>
resource "aws_elasticache_cluster" "[=id(cache.name.terraformName)]" {
  provider = [=id(cache.name.placement.provider)]

<@tf.attributes [
  ["cluster_id", tf.suffixed(cache.clusterId)],
  ["engine", tf.fact(cache.name.terraformName, "engine", cache.engine!"")],
  ["engine_version", (cache.engineVersion??)?then(hcl(cache.engineVersion!), "")],
  ["node_type", tf.choice(cache.name.terraformName, "node_type")],
  ["num_cache_nodes", cache.nodes?c],
  ["transit_encryption_enabled", cache.transitEncryption?then("true", "")],
  ["port", (cache.port gt 0)?then(cache.port?c, "")],
  ["subnet_group_name", cache.sourceSubnetIds?has_content?then(id("aws_elasticache_subnet_group." + cache.name.terraformName + ".name"), "")],
  ["security_group_ids", cache.securityGroups?has_content?then(tf.groups(cache.securityGroups), "")]
]/>
</#if>

<@tf.tags cache.tags/>
}
</#macro>

<#--
  The AUTH token of a replication group with in-transit encryption: drawn once by Secrets Manager and kept
  there, so that no token is written in the code; clients read it from the secret. The data source draws
  a new password on every plan, so the secret's version ignores later draws.
-->
<#macro authToken cache>
<#local name = cache.name.terraformName + "_auth_token">
# The AUTH token clients of [=line(cache.name.name)] present over TLS, generated into AWS Secrets Manager.
data "aws_secretsmanager_random_password" "[=id(name)]" {
  provider = [=id(cache.name.placement.provider)]

  password_length     = 64
  exclude_punctuation = true
}

resource "aws_secretsmanager_secret" "[=id(name)]" {
  provider = [=id(cache.name.placement.provider)]
<@tf.skips "aws_secretsmanager_secret"/>

<@tf.attributes [
  ["name_prefix", hcl("cloudmigrate/" + cache.clusterId + "/auth-token-")],
  ["description", hcl("AUTH token of ElastiCache replication group " + cache.clusterId + ", migrated by CloudMigrate.")]
]/>

<@tf.tags cache.tags/>
}

resource "aws_secretsmanager_secret_version" "[=id(name)]" {
  provider = [=id(cache.name.placement.provider)]

  secret_id     = [=id("aws_secretsmanager_secret." + name + ".id")]
  secret_string = [=id("data.aws_secretsmanager_random_password." + name + ".random_password")]

  lifecycle {
    ignore_changes = [secret_string]
  }
}

</#macro>
