<#-- References: a group created in this stack, one an earlier stack of this account and Region exports, or a parameter holding the id of one no stack creates. -->
<#-- A YAML template: every plain interpolation is a double-quoted scalar. id() checks a name written
     as a key, literal() writes a number or boolean, line() a value in a comment, and ?no_esc marks YAML
     the template writes itself. -->
<#function localGroupRef logicalId><#return '{"Fn::GetAtt": ['?no_esc + (logicalId + "SecurityGroup") + ', "GroupId"]}'?no_esc></#function>
<#function ref name><#return '{"Ref": '?no_esc + name + '}'?no_esc></#function>
<#-- Export names are the exporting stack's name (a parameter) and the output key. -->
<#function importValue import><#return r'{"Fn::ImportValue": {"Fn::Sub": "${'?no_esc + id(import.stackParameter) + '}-'?no_esc + id(import.outputKey) + '"}}'?no_esc></#function>
<#function groupRef reference>
<#if reference.local><#return localGroupRef(reference.logicalId)></#if>
<#if groupImports[reference.sourceId]??><#return importValue(groupImports[reference.sourceId])></#if>
<#return ref(groupParameters[reference.sourceId])>
</#function>
<#macro export outputKey>
    Export:
      Name: {"Fn::Sub": "${AWS::StackName}-[=id(outputKey)]"}
</#macro>
<#-- A fact the inventory lacks is a parameter without a default (see CloudFormationModel), named after the resource and property. -->
<#function fact name property value>
<#if value?has_content><#return value></#if>
<#return ref(name.logicalId + property)>
</#function>
<#-- A name unique in the account and Region: the one Terraform gives the same target, plus the NameSuffix parameter as var.name_suffix; joined, not Fn::Sub, so that no ${...} in a name from the estate is substituted. -->
<#function suffixed name><#return '{"Fn::Join": ["", ['?no_esc + name + ', {"Ref": "NameSuffix"}]]}'?no_esc></#function>
<#function subnetRef sourceId><#return ref(subnetParameters[sourceId])></#function>
<#macro tags tagSet indent>
<#local pad = ""?left_pad(indent)?no_esc>
[=pad]Tags:
<#list tagSet.entries as tag>
[=pad]  - Key: [=tag.key]
[=pad]    Value: [=tag.value!""]
</#list>
</#macro>
<#-- The checkov checks skipped for a resource (codegen's checkov-skips.tsv) of the type, when always or one of the conditions that hold for it, each with its reason, and the cfn-lint checks it ignores: one Metadata for both. -->
<#macro metadata type holds=[] lintIgnores=[]>
<#local skips = ((checkovSkips[type])![])?filter(skip -> skip.when == "always" || holds?seq_contains(skip.when))>
<#if skips?has_content || lintIgnores?has_content>
    Metadata:
<#if lintIgnores?has_content>
      cfn-lint:
        config:
          ignore_checks:
<#list lintIgnores as check>
            - [=check]
</#list>
</#if>
<#if skips?has_content>
      checkov:
        skip:
<#list skips as skip>
          - id: [=skip.check]
            comment: [=skip.reason]
</#list>
</#if>
</#if>
</#macro>
<#-- The skip conditions an ingress rule meets: it admits the whole internet to port 22 or 80, or a narrower peer to port 80. -->
<#function ruleHolds rule>
<#local open = !rule.peerInOtherPlacement && ((rule.peer!"") == "0.0.0.0/0" || (rule.peer!"") == "::/0")>
<#local result = []>
<#if open && (rule.anyProtocol || (rule.fromPort lte 22 && rule.toPort gte 22))><#local result = result + ["internet-ssh"]></#if>
<#if open && (rule.anyProtocol || (rule.fromPort lte 80 && rule.toPort gte 80))><#local result = result + ["internet-http"]></#if>
<#if !open && !rule.anyProtocol && rule.fromPort lte 80 && rule.toPort gte 80><#local result = result + ["port-80-from-peer"]></#if>
<#return result>
</#function>
<#-- Engines with IAM database authentication, and the logs each exports to CloudWatch Logs. -->
<#function iamAuthentication engine><#return engine == "mysql" || engine == "postgres" || engine == "mariadb"></#function>
<#assign logExports = {"postgres": ["postgresql", "upgrade"], "mysql": ["audit", "error", "general", "slowquery"], "mariadb": ["audit", "error", "general", "slowquery"]}>
<#macro rule type logicalId owner rule>
  [=id(logicalId)]:
    Type: [=type]
<@metadata type=type holds=ruleHolds(rule)/>
    Properties:
      GroupId: [=owner]
      IpProtocol: [=rule.protocol]
<#if !rule.anyProtocol>
      FromPort: [=literal(rule.fromPort)]
      ToPort: [=literal(rule.toPort)]
</#if>
<#local ingress = type?ends_with("Ingress")>
<#if rule.peerInOtherPlacement>
      # The source rule names group [=line(rule.peerGroup.sourceId)] in [=line(rule.peerGroup.placement.label)]; group references do not cross Regions (nor accounts without VPC peering), so the rule admits a CIDR block.
      CidrIp: [=ref(peerCidrParameters[rule.peerGroup.sourceId])]
<#else>
<#switch rule.peerKind>
<#case "cidr_ipv4">
      CidrIp: [=rule.peer]
<#break>
<#case "cidr_ipv6">
      CidrIpv6: [=rule.peer]
<#break>
<#case "prefix_list_id">
      [=id(ingress?then("SourcePrefixListId", "DestinationPrefixListId"))]: [=rule.peer]
<#break>
<#default>
      [=id(ingress?then("SourceSecurityGroupId", "DestinationSecurityGroupId"))]: [=groupRef(rule.peerGroup)]
</#switch>
</#if>
<#if rule.description??>
      Description: [=rule.description]
</#if>
</#macro>
# Wave [=line(wave.label)] of [=line(estateName)] for AWS CloudFormation: the sources in [=line(placement.label)].
# Deploy this stack in that account and Region (or in the target account and Region that replace them).
# Generated by CloudMigrate from assessment [=line(assessmentName)] (as of [=line(asOf)]).
<#list notGenerated as skipped>
# [=line(skipped.deliberate?then("Not provisioned", "Not generated here"))]: [=line(skipped.name.name)] ([=line(skipped.name.typeLabel)], [=line(skipped.name.arn)]): [=line(skipped.reason)]
</#list>
AWSTemplateFormatVersion: "2010-09-09"
Description: [=(("CloudMigrate wave " + wave.label + " of " + estateName + ", sources in " + placement.label + ": security groups, EC2 instances, RDS DB instances" + wave.databaseClusters?has_content?then(" and clusters", "") + wave.caches?has_content?then(", ElastiCache", "") + wave.loadBalancers?has_content?then(", load balancers", "") + wave.functions?has_content?then(", Lambda functions", "") + (wave.ecsClusters?has_content || wave.ecsServices?has_content)?then(", ECS", "") + wave.volumes?has_content?then(", EBS volumes", "") + " and S3 buckets of the wave.")?truncate(1000))]
<#if parameters?has_content>
Parameters:
<#list parameters as parameter>
  [=id(parameter.logicalId)]:
    Type: [=parameter.type]
    Description: [=(parameter.description?truncate(3900))]
<#if parameter.defaultValue??>
    Default: [=parameter.defaultValue]
</#if>
<#if parameter.maxLength??>
    MaxLength: [=literal(parameter.maxLength)]
</#if>
<#if parameter.allowedPattern??>
    AllowedPattern: [=parameter.allowedPattern]
    ConstraintDescription: [=parameter.constraintDescription!""]
</#if>
</#list>
</#if>
<#if wave.instances?filter(instance -> instance.volumes.root?? || instance.volumes.data?has_content)?has_content || wave.volumes?has_content>
Conditions:
  HasEbsKmsKey: {"Fn::Not": [{"Fn::Equals": [{"Ref": "EbsKmsKeyId"}, ""]}]}
</#if>
Resources:
<#if wave.generatedCount == 0 && !(wave.securityGroups?has_content || wave.lateRules?has_content)>
  # Nothing of this wave is generated in CloudFormation; a stack needs one resource, so it holds a handle that does nothing.
  NothingToProvision:
    Type: "AWS::CloudFormation::WaitConditionHandle"
</#if>
<#list wave.securityGroups as group>
  [=id(group.logicalId + "SecurityGroup")]:
    Type: "AWS::EC2::SecurityGroup"
    Properties:
      GroupName: [=group.groupName]
      GroupDescription: [=group.description]
<#if group.sourceVpcId??>
      VpcId: [=ref(vpcParameters[group.sourceVpcId])]
</#if>
<#assign inlineEgress = group.egress?filter(egressRule -> !egressRule.peerGroup??)>
<#if !group.egressAllowsAll>
      # Listing egress rules here replaces the allow-all rule AWS adds to a new group.
      SecurityGroupEgress:
<#list inlineEgress as egressRule>
        - IpProtocol: [=egressRule.protocol]
<#if !egressRule.anyProtocol>
          FromPort: [=literal(egressRule.fromPort)]
          ToPort: [=literal(egressRule.toPort)]
</#if>
<#switch egressRule.peerKind>
<#case "cidr_ipv4">
          CidrIp: [=egressRule.peer]
<#break>
<#case "cidr_ipv6">
          CidrIpv6: [=egressRule.peer]
<#break>
<#default>
          DestinationPrefixListId: [=egressRule.peer]
</#switch>
<#if egressRule.description??>
          Description: [=egressRule.description]
</#if>
</#list>
<#if !inlineEgress?has_content>
        # No egress to addresses in the source: a loopback-only rule removes the default.
        - IpProtocol: "-1"
          CidrIp: "127.0.0.1/32"
</#if>
</#if>
<@tags group.tags 6/>
<#list group.ingress as ingressRule>
<@rule "AWS::EC2::SecurityGroupIngress" ingressRule.logicalId localGroupRef(group.logicalId) ingressRule/>
</#list>
<#if !group.egressAllowsAll>
<#list group.egress?filter(egressRule -> egressRule.peerGroup??) as egressRule>
<@rule "AWS::EC2::SecurityGroupEgress" egressRule.logicalId localGroupRef(group.logicalId) egressRule/>
</#list>
</#if>
</#list>
<#list wave.lateRules as late>
  # Rules of security group [=line(late.groupName)] ([=line(late.owner.sourceId)]), created by an earlier wave, that name groups created by this one.
<#list late.ingress as ingressRule>
<@rule "AWS::EC2::SecurityGroupIngress" ingressRule.logicalId groupRef(late.owner) ingressRule/>
</#list>
<#list late.egress as egressRule>
<@rule "AWS::EC2::SecurityGroupEgress" egressRule.logicalId groupRef(late.owner) egressRule/>
</#list>
</#list>
<#if wave.instances?has_content>
  # Every instance requires IMDSv2 tokens, whatever the source allowed.
  InstanceMetadataLaunchTemplate:
    Type: "AWS::EC2::LaunchTemplate"
    Properties:
      LaunchTemplateData:
        MetadataOptions:
          HttpEndpoint: "enabled"
          HttpTokens: "required"
</#if>
<#list wave.instances as instance>
  # [=line(instance.name.name)] ([=line(instance.name.arn)]): [=line(instance.name.strategy)], [=line(instance.platform)], source type [=line(instance.sourceInstanceType)]; [=literal(instance.volumeCount)] EBS volume(s), [=literal(instance.storageGb)] GiB, their data copied by the runbook.
  [=id(instance.name.logicalId + "Instance")]:
    Type: "AWS::EC2::Instance"
<#if !instance.volumes.root?? || instance.volumes.unknown?has_content>
    # What is not generated, as Terraform's comments say it: kept in the stack, where a comment in the file would not be.
    Metadata:
      CloudMigrate:
        NotGenerated:
<#if !instance.volumes.root??>
          - [=("The root volume as the source has it: the inventory does not give its " + (instance.rootVolumeGb gt 0)?then("type", "size and type") + instance.volumes.unknown?has_content?then(", or which volume is the root", "") + ", and a block device mapping must name the root device of the target AMI, a parameter. The instance takes that AMI's root device as it is: its size, type and encryption (encrypted when the AMI's snapshot is, or when the account encrypts new EBS volumes by default)" + (instance.rootVolumeGb gt 0)?then("; the source's root holds " + instance.rootVolumeGb?c + " GiB", "") + ".")]
</#if>
<#if instance.volumes.unknown?has_content>
          - [=("EBS volume(s) " + instance.volumes.unknown?join(", ") + " of " + instance.volumeCount?c + " (" + instance.storageGb?c + " GiB in all), whose size, type or device" + (instance.volumes.root??)?then("", ", or which of them is the root,") + " the inventory does not give; replicate them with the instance (see the runbook).")]
</#if>
</#if>
    Properties:
      ImageId: [=ref(instance.imageParameter)]
      InstanceType: [=fact(instance.name, "InstanceType", instance.instanceType!"")]
      LaunchTemplate:
        LaunchTemplateId: {"Ref": "InstanceMetadataLaunchTemplate"}
        Version: {"Fn::GetAtt": ["InstanceMetadataLaunchTemplate", "LatestVersionNumber"]}
<#if instance.sourceSubnetId??>
      SubnetId: [=subnetRef(instance.sourceSubnetId)]
</#if>
<#if instance.securityGroups?has_content>
      SecurityGroupIds:
<#list instance.securityGroups as reference>
        - [=groupRef(reference)]
</#list>
</#if>
<#if instance.volumes.root??>
      BlockDeviceMappings:
        - DeviceName: [=instance.volumes.root.deviceName]
          Ebs:
            VolumeSize: [=ref(instance.name.logicalId + "RootVolumeSize")]
            VolumeType: [=ref(instance.name.logicalId + "RootVolumeType")]
            Encrypted: true
            KmsKeyId: {"Fn::If": ["HasEbsKmsKey", {"Ref": "EbsKmsKeyId"}, {"Ref": "AWS::NoValue"}]}
</#if>
<@tags instance.tags 6/>
<#list instance.volumes.data as volume>
<#assign volumeId = instance.name.logicalId + volume.logicalName()>
  # [=line(volume.deviceName)] of [=line(instance.name.name)], replacing [=line(volume.volumeId)]; the data is copied by the runbook.
  [=id(volumeId + "Volume")]:
    Type: "AWS::EC2::Volume"
    Properties:
      AvailabilityZone: {"Fn::GetAtt": ["[=id(instance.name.logicalId + "Instance")]", "AvailabilityZone"]}
      Size: [=ref(volumeId + "VolumeSize")]
      VolumeType: [=ref(volumeId + "VolumeType")]
<#if volume.iops??>
      Iops: [=ref(volumeId + "VolumeIops")]
</#if>
<#if volume.throughputMibps??>
      Throughput: [=ref(volumeId + "VolumeThroughput")]
</#if>
<#if volume.multiAttach>
      # Multi-Attach: created once, here, and attached to every generated instance that shares it, each in its own wave.
      MultiAttachEnabled: true
</#if>
      Encrypted: true
      KmsKeyId: {"Fn::If": ["HasEbsKmsKey", {"Ref": "EbsKmsKeyId"}, {"Ref": "AWS::NoValue"}]}
<@tags instance.tags 6/>
  [=id(volumeId + "VolumeAttachment")]:
    Type: "AWS::EC2::VolumeAttachment"
    Properties:
      Device: [=volume.deviceName]
      InstanceId: [=ref(instance.name.logicalId + "Instance")]
      VolumeId: [=ref(volumeId + "Volume")]
</#list>
<#list instance.volumes.shared as shared>
  # [=line(shared.volume.deviceName)] of [=line(instance.name.name)]: Multi-Attach volume [=line(shared.volume.volumeId)], created [=line(shared.local?then("in this stack", "by the stack of wave " + shared.wave?string("00")))] with the target of another of its instances; it attaches only in that volume's Availability Zone.
  [=id(instance.name.logicalId + shared.volume.logicalName() + "VolumeAttachment")]:
    Type: "AWS::EC2::VolumeAttachment"
    Properties:
      Device: [=shared.volume.deviceName]
      InstanceId: [=ref(instance.name.logicalId + "Instance")]
      VolumeId: [=shared.local?then(ref(shared.logicalId + "Volume"), importValue(volumeImports[shared.logicalId]))]
</#list>
</#list>
<#if wave.databases?has_content>
  # The role RDS enhanced monitoring publishes OS metrics with.
  DatabaseMonitoringRole:
    Type: "AWS::IAM::Role"
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: "Allow"
            Principal:
              Service: "monitoring.rds.amazonaws.com"
            Action: "sts:AssumeRole"
      ManagedPolicyArns:
        - {"Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"}
</#if>
<#list wave.databases as database>
<#if database.sourceSubnetIds?has_content>
  [=id(database.name.logicalId + "SubnetGroup")]:
    Type: "AWS::RDS::DBSubnetGroup"
    Properties:
      DBSubnetGroupDescription: [=("Subnets of " + database.name.name + ", migrated by CloudMigrate")]
      SubnetIds:
<#list database.sourceSubnetIds as subnet>
        - [=subnetRef(subnet)]
</#list>
<@tags database.tags 6/>
</#if>
  # [=line(database.name.name)] ([=line(database.name.arn)]): [=line(database.name.strategy)], [=line(database.engine)] [=line(database.sourceEngineVersion!"")] to [=line(database.engineVersion!"")].
<#if database.replica()>
<#assign source = database.replicaSource>
  # A read replica of the target of [=line(source.sourceName)] ([=line(source.sourceArn)]): it takes engine, version, storage size and master user from its primary.
  [=id(database.name.logicalId + "Database")]:
    Type: "AWS::RDS::DBInstance"
    # RDS takes no snapshot of a read replica; its data stays in the primary.
    DeletionPolicy: "Delete"
    UpdateReplacePolicy: "Delete"
<@metadata type="AWS::RDS::DBInstance" holds=database.multiAz?then([], ["single-az"]) + ["replica"]/>
    Properties:
      DBInstanceIdentifier: [=suffixed(database.identifier)]
      # By ARN: RDS wants it across Regions and whenever the replica has a DB subnet group.
<#if source.logicalId??>
      SourceDBInstanceIdentifier: {"Fn::GetAtt": [[=id(source.logicalId + "Database")], "DBInstanceArn"]}
<#elseif replicaImports[database.name.logicalId]??>
      SourceDBInstanceIdentifier: [=importValue(replicaImports[database.name.logicalId])]
<#else>
      # Exports do not cross Regions: the primary's ARN is a parameter.
      SourceDBInstanceIdentifier: [=ref(database.name.logicalId + "SourceDBInstance")]
</#if>
<#if source.crossRegion>
      # An encrypted replica in another Region needs a key of its own Region: the AWS managed key for RDS there.
      KmsKeyId: "alias/aws/rds"
</#if>
      DBInstanceClass: [=fact(database.name, "DBInstanceClass", database.instanceClass!"")]
<#if (database.storageType!"")?has_content>
      StorageType: [=database.storageType]
</#if>
      # Encryption follows the primary, which is encrypted; CloudFormation refuses StorageEncrypted on a replica.
      MultiAZ: [=literal(database.multiAz)]
<#if database.port gt 0>
      Port: [=database.port?c]
</#if>
<#if database.sourceSubnetIds?has_content>
      DBSubnetGroupName: [=ref(database.name.logicalId + "SubnetGroup")]
</#if>
<#if database.securityGroups?has_content>
      VPCSecurityGroups:
<#list database.securityGroups as reference>
        - [=groupRef(reference)]
</#list>
</#if>
      BackupRetentionPeriod: 7
      CopyTagsToSnapshot: true
      DeletionProtection: true
      MonitoringInterval: 60
      MonitoringRoleArn: {"Fn::GetAtt": ["DatabaseMonitoringRole", "Arn"]}
<#else>
  [=id(database.name.logicalId + "Database")]:
    Type: "AWS::RDS::DBInstance"
    DeletionPolicy: "Snapshot"
    UpdateReplacePolicy: "Snapshot"
<#assign majorOnly = database.engineVersion?? && !database.engineVersion?contains(".")>
<#if majorOnly>
    # A major version alone lets RDS pick that major's default minor version; cfn-lint only knows full versions.
</#if>
<@metadata type="AWS::RDS::DBInstance" holds=database.multiAz?then([], ["single-az"]) lintIgnores=majorOnly?then(["W3691"], [])/>
    Properties:
      DBInstanceIdentifier: [=suffixed(database.identifier)]
      Engine: [=fact(database.name, "Engine", database.engine!"")]
<#if database.engineVersion??>
      EngineVersion: [=database.engineVersion]
</#if>
<#if (database.engineVersion!"") != (database.sourceEngineVersion!"")>
      AllowMajorVersionUpgrade: true
</#if>
      DBInstanceClass: [=fact(database.name, "DBInstanceClass", database.instanceClass!"")]
<#if database.licenseModel??>
      LicenseModel: [=database.licenseModel]
</#if>
      AllocatedStorage: [=database.allocatedStorageGb?c]
<#if (database.storageType!"")?has_content>
      StorageType: [=database.storageType]
</#if>
      StorageEncrypted: true
      MultiAZ: [=literal(database.multiAz)]
<#if database.port gt 0>
      Port: [=database.port?c]
</#if>
<#if database.sourceSubnetIds?has_content>
      DBSubnetGroupName: [=ref(database.name.logicalId + "SubnetGroup")]
</#if>
<#if database.securityGroups?has_content>
      VPCSecurityGroups:
<#list database.securityGroups as reference>
        - [=groupRef(reference)]
</#list>
</#if>
      MasterUsername: {"Ref": "DatabaseMasterUsername"}
      ManageMasterUserPassword: true
      BackupRetentionPeriod: 7
      CopyTagsToSnapshot: true
      DeletionProtection: true
      MonitoringInterval: 60
      MonitoringRoleArn: {"Fn::GetAtt": ["DatabaseMonitoringRole", "Arn"]}
<#if iamAuthentication(database.engine!"")>
      EnableIAMDatabaseAuthentication: true
</#if>
<#if logExports[database.engine!""]??>
      EnableCloudwatchLogsExports:
<#list logExports[database.engine!""] as logType>
        - [=logType]
</#list>
</#if>
</#if>
<@tags database.tags 6/>
</#list>
<#list wave.databaseClusters as cluster>
<#if cluster.sourceSubnetIds?has_content>
  [=id(cluster.name.logicalId + "SubnetGroup")]:
    Type: "AWS::RDS::DBSubnetGroup"
    Properties:
      DBSubnetGroupDescription: [=("Subnets of " + cluster.name.name + ", migrated by CloudMigrate")]
      SubnetIds:
<#list cluster.sourceSubnetIds as subnet>
        - [=subnetRef(subnet)]
</#list>
<@tags cluster.tags 6/>
</#if>
  # [=line(cluster.name.name)] ([=line(cluster.name.arn)]): [=line(cluster.name.strategy)], [=line(cluster.aurora?then("Aurora", "Multi-AZ DB cluster"))] [=line(cluster.engine)] [=line(cluster.sourceEngineVersion!"")] to [=line(cluster.engineVersion!"")].
  [=id(cluster.name.logicalId + "Cluster")]:
    Type: "AWS::RDS::DBCluster"
    DeletionPolicy: "Snapshot"
    UpdateReplacePolicy: "Snapshot"
<#if cluster.engineVersion?? && !cluster.engineVersion?contains(".")>
    # A major version alone: set EngineVersion to the current minor release of [=line(cluster.engineVersion)] (aws rds describe-db-engine-versions) before deploying.
    Metadata:
      cfn-lint:
        config:
          ignore_checks:
            - "W3690"
</#if>
    Properties:
      DBClusterIdentifier: [=suffixed(cluster.identifier)]
      Engine: [=fact(cluster.name, "Engine", cluster.engine!"")]
<#if cluster.engineVersion??>
      EngineVersion: [=cluster.engineVersion]
</#if>
<#if cluster.instanceClass??>
      DBClusterInstanceClass: [=cluster.instanceClass]
</#if>
<#if cluster.allocatedStorageGb gt 0>
      AllocatedStorage: [=literal(cluster.allocatedStorageGb)]
</#if>
<#if cluster.storageType??>
      StorageType: [=cluster.storageType]
</#if>
<#if cluster.iops gt 0>
      Iops: [=literal(cluster.iops)]
</#if>
      StorageEncrypted: true
<#if cluster.port gt 0>
      Port: [=literal(cluster.port)]
</#if>
<#if cluster.sourceSubnetIds?has_content>
      DBSubnetGroupName: [=ref(cluster.name.logicalId + "SubnetGroup")]
</#if>
<#if cluster.securityGroups?has_content>
      VpcSecurityGroupIds:
<#list cluster.securityGroups as reference>
        - [=groupRef(reference)]
</#list>
</#if>
<#if cluster.serverlessV2Capacity??>
<#assign capacity = cluster.serverlessV2Capacity?matches("([0-9]+(?:\\.[0-9]+)?)-([0-9]+(?:\\.[0-9]+)?)")>
<#if capacity>
      ServerlessV2ScalingConfiguration:
        MinCapacity: [=literal(capacity?groups[1]?number)]
        MaxCapacity: [=literal(capacity?groups[2]?number)]
<#else>
      # TO FILL IN: the Serverless v2 capacity [=line(cluster.serverlessV2Capacity)] is not a range of ACUs; add ServerlessV2ScalingConfiguration.
</#if>
</#if>
      MasterUsername: {"Ref": "DatabaseMasterUsername"}
      ManageMasterUserPassword: true
      BackupRetentionPeriod: 7
      CopyTagsToSnapshot: true
      DeletionProtection: true
<@tags cluster.tags 6/>
<#list cluster.instances as instance>
  # [=line(instance.name.name)] ([=line(instance.name.arn)]): [=line(instance.name.strategy)], [=line((instance.promotionTier == 0)?then("writer", "reader"))] of [=line(cluster.name.name)]; its data lives in the cluster, which keeps the snapshot.
  [=id(instance.name.logicalId + "Database")]:
    Type: "AWS::RDS::DBInstance"
    Properties:
      DBInstanceIdentifier: [=suffixed(instance.identifier)]
      DBClusterIdentifier: [=ref(cluster.name.logicalId + "Cluster")]
      Engine: [=fact(cluster.name, "Engine", cluster.engine!"")]
      DBInstanceClass: [=fact(instance.name, "DBInstanceClass", instance.instanceClass!"")]
      PromotionTier: [=literal(instance.promotionTier)]
<@tags instance.tags 6/>
</#list>
</#list>
<#list wave.caches as cache>
<#if cache.sourceSubnetIds?has_content>
  [=id(cache.name.logicalId + "CacheSubnetGroup")]:
    Type: "AWS::ElastiCache::SubnetGroup"
    Properties:
      Description: [=("Subnets of " + cache.name.name + ", migrated by CloudMigrate")]
      SubnetIds:
<#list cache.sourceSubnetIds as subnet>
        - [=subnetRef(subnet)]
</#list>
<@tags cache.tags 6/>
</#if>
  # [=line(cache.name.name)] ([=line(cache.name.arn)]): [=line(cache.name.strategy)], [=line(cache.engine)] [=line(cache.engineVersion!"")].
<#if cache.replicationGroup>
<#if cache.nodeGroups gt 0 && !cache.clusterModeParameterGroup??>
  # Cluster mode without a known engine version: set EngineVersion, and CacheParameterGroupName to the default.<engine><major>.cluster.on group of that version, before deploying.
</#if>
<#if cache.authToken()>
  # The AUTH token clients of [=line(cache.name.name)] present over TLS, generated into AWS Secrets Manager and never written here.
  [=id(cache.name.logicalId + "AuthToken")]:
    Type: "AWS::SecretsManager::Secret"
<@metadata type="AWS::SecretsManager::Secret"/>
    Properties:
      Description: [=("AUTH token of ElastiCache replication group " + cache.clusterId + ", migrated by CloudMigrate.")]
      GenerateSecretString:
        PasswordLength: 64
        ExcludePunctuation: true
<@tags cache.tags 6/>
</#if>
  [=id(cache.name.logicalId + "ReplicationGroup")]:
    Type: "AWS::ElastiCache::ReplicationGroup"
<@metadata type="AWS::ElastiCache::ReplicationGroup" holds=cache.transitEncryption?then([], ["no-transit-encryption"])/>
    Properties:
      ReplicationGroupId: [=suffixed(cache.clusterId)]
      ReplicationGroupDescription: [=("Migrated by CloudMigrate from replication group " + (cache.clusterId!"(unknown)"))]
      Engine: [=fact(cache.name, "Engine", cache.engine!"")]
<#if cache.engineVersion??>
      EngineVersion: [=cache.engineVersion]
</#if>
      CacheNodeType: [=fact(cache.name, "CacheNodeType", cache.nodeType!"")]
<#if cache.nodeGroups gt 0>
      NumNodeGroups: [=literal(cache.nodeGroups)]
      ReplicasPerNodeGroup: [=literal(cache.replicasPerNodeGroup)]
<#else>
      NumCacheClusters: [=literal(cache.nodes)]
</#if>
<#if cache.clusterModeParameterGroup??>
      CacheParameterGroupName: [=cache.clusterModeParameterGroup]
</#if>
      AutomaticFailoverEnabled: [=literal(cache.nodes gt 1 || cache.nodeGroups gt 0)]
      AtRestEncryptionEnabled: true
<#if cache.transitEncryption>
      # Clients connect with TLS (and the AUTH token where the engine takes one), whatever the source did.
      TransitEncryptionEnabled: true
<#else>
      # ElastiCache offers no in-transit encryption for [=line(cache.engine!"this engine")] [=line(cache.engineVersion!"")] (Redis OSS has it from 3.2.6 and 4.0.10); upgrade the engine to turn it on.
      TransitEncryptionEnabled: false
</#if>
<#if cache.authToken()>
      AuthToken: {"Fn::Sub": "{{resolve:secretsmanager:${[=id(cache.name.logicalId + "AuthToken")]}:SecretString}}"}
</#if>
<#if cache.port gt 0>
      Port: [=literal(cache.port)]
</#if>
<#if cache.sourceSubnetIds?has_content>
      CacheSubnetGroupName: [=ref(cache.name.logicalId + "CacheSubnetGroup")]
</#if>
<#if cache.securityGroups?has_content>
      SecurityGroupIds:
<#list cache.securityGroups as reference>
        - [=groupRef(reference)]
</#list>
</#if>
<#else>
  [=id(cache.name.logicalId + "CacheCluster")]:
    Type: "AWS::ElastiCache::CacheCluster"
<@metadata type="AWS::ElastiCache::CacheCluster"/>
    Properties:
      ClusterName: [=suffixed(cache.clusterId)]
      Engine: [=fact(cache.name, "Engine", cache.engine!"")]
<#if cache.engineVersion??>
      EngineVersion: [=cache.engineVersion]
</#if>
      CacheNodeType: [=fact(cache.name, "CacheNodeType", cache.nodeType!"")]
      NumCacheNodes: [=literal(cache.nodes)]
<#if cache.transitEncryption>
      TransitEncryptionEnabled: true
</#if>
<#if cache.port gt 0>
      Port: [=literal(cache.port)]
</#if>
<#if cache.sourceSubnetIds?has_content>
      CacheSubnetGroupName: [=ref(cache.name.logicalId + "CacheSubnetGroup")]
</#if>
<#if cache.securityGroups?has_content>
      VpcSecurityGroupIds:
<#list cache.securityGroups as reference>
        - [=groupRef(reference)]
</#list>
</#if>
</#if>
<@tags cache.tags 6/>
</#list>
<#include "compute.yaml.ftl">
<#list wave.buckets as bucket>
  # [=line(bucket.name.name)] ([=line(bucket.name.arn)]): [=line(bucket.name.strategy)]; objects are copied by the runbook. CloudFormation names the bucket.
  [=id(bucket.name.logicalId + "Bucket")]:
    Type: "AWS::S3::Bucket"
    DeletionPolicy: "Retain"
    UpdateReplacePolicy: "Retain"
    Properties:
<#if bucket.versioning??>
      VersioningConfiguration:
        Status: [=bucket.versioning]
</#if>
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: [=bucket.sseAlgorithm]
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
<@tags bucket.tags 6/>
</#list>
<#list wave.volumes as volume>
<#assign volumeId = volume.name.logicalId>
  # [=line(volume.name.name)] ([=line(volume.name.arn)]): [=line(volume.name.strategy)]; attached to nothing, restored from the snapshot the runbook copies.
  [=id(volumeId + "Volume")]:
    Type: "AWS::EC2::Volume"
    DeletionPolicy: "Snapshot"
    UpdateReplacePolicy: "Snapshot"
    Properties:
      AvailabilityZone: [=ref(volumeId + "VolumeAvailabilityZone")]
      SnapshotId: [=ref(volumeId + "VolumeSnapshotId")]
      Size: [=ref(volumeId + "VolumeSize")]
      VolumeType: [=ref(volumeId + "VolumeType")]
<#if volume.iops??>
      Iops: [=ref(volumeId + "VolumeIops")]
</#if>
<#if volume.throughputMibps??>
      Throughput: [=ref(volumeId + "VolumeThroughput")]
</#if>
      Encrypted: true
      KmsKeyId: {"Fn::If": ["HasEbsKmsKey", {"Ref": "EbsKmsKeyId"}, {"Ref": "AWS::NoValue"}]}
<@tags volume.tags 6/>
</#list>
<#if wave.securityGroups?has_content || wave.generatedCount gt 0>
Outputs:
<#list wave.securityGroups as group>
  [=id(group.logicalId + "SecurityGroupId")]:
    Description: [=("Id of security group " + group.groupName + " (source " + group.sourceId + "), which later stacks of this account and Region import.")]
    Value: {"Fn::GetAtt": [[=group.logicalId + "SecurityGroup"], "GroupId"]}
<@export group.logicalId + "SecurityGroupId"/>
</#list>
<#list wave.instances as instance>
  [=id(instance.name.logicalId + "InstanceId")]:
    Description: [=("Instance id of " + instance.name.name + ".")]
    Value: [=ref(instance.name.logicalId + "Instance")]
<@export instance.name.logicalId + "InstanceId"/>
  [=id(instance.name.logicalId + "PrivateIp")]:
    Description: [=("Private IP address of " + instance.name.name + ", for DNS and load balancer cutover.")]
    Value: {"Fn::GetAtt": [[=instance.name.logicalId + "Instance"], "PrivateIp"]}
<@export instance.name.logicalId + "PrivateIp"/>
<#list instance.volumes.data?filter(volume -> volume.multiAttach) as volume>
  [=id(instance.name.logicalId + volume.logicalName() + "VolumeId")]:
    Description: [=("Id of Multi-Attach volume " + volume.volumeId + " of " + instance.name.name + ", which instances of later stacks attach too.")]
    Value: [=ref(instance.name.logicalId + volume.logicalName() + "Volume")]
<@export instance.name.logicalId + volume.logicalName() + "VolumeId"/>
</#list>
</#list>
<#list wave.databases as database>
  [=id(database.name.logicalId + "EndpointAddress")]:
    Description: [=("Endpoint address of " + database.name.name + ", for the connection-string cutover.")]
    Value: {"Fn::GetAtt": [[=database.name.logicalId + "Database"], "Endpoint.Address"]}
<@export database.name.logicalId + "EndpointAddress"/>
  [=id(database.name.logicalId + "DatabaseArn")]:
    Description: [=("ARN of " + database.name.name + ", for the read replicas of later stacks.")]
    Value: {"Fn::GetAtt": [[=database.name.logicalId + "Database"], "DBInstanceArn"]}
<@export database.name.logicalId + "DatabaseArn"/>
</#list>
<#list wave.databaseClusters as cluster>
  [=id(cluster.name.logicalId + "EndpointAddress")]:
    Description: [=("Writer endpoint address of " + cluster.name.name + ", for the connection-string cutover.")]
    Value: {"Fn::GetAtt": [[=cluster.name.logicalId + "Cluster"], "Endpoint.Address"]}
<@export cluster.name.logicalId + "EndpointAddress"/>
</#list>
<#list wave.caches as cache>
<#if cache.replicationGroup>
  [=id(cache.name.logicalId + "EndpointAddress")]:
    Description: [=((cache.nodeGroups gt 0)?then("Configuration", "Primary") + " endpoint address of " + cache.name.name + ", for the clients' cutover.")]
    Value: {"Fn::GetAtt": [[=cache.name.logicalId + "ReplicationGroup"], [=(cache.nodeGroups gt 0)?then("ConfigurationEndPoint.Address", "PrimaryEndPoint.Address")]]}
<@export cache.name.logicalId + "EndpointAddress"/>
<#if cache.authToken()>
  [=id(cache.name.logicalId + "AuthTokenSecretArn")]:
    Description: [=("Secrets Manager secret holding the AUTH token clients of " + cache.name.name + " present over TLS.")]
    Value: [=ref(cache.name.logicalId + "AuthToken")]
<@export cache.name.logicalId + "AuthTokenSecretArn"/>
</#if>
<#elseif (cache.engine!"") == "memcached" || (cache.engine!"") == "redis">
  [=id(cache.name.logicalId + "EndpointAddress")]:
    Description: [=("Endpoint address of " + cache.name.name + ", for the clients' cutover.")]
    Value: {"Fn::GetAtt": [[=cache.name.logicalId + "CacheCluster"], [=((cache.engine!"") == "memcached")?then("ConfigurationEndpoint.Address", "RedisEndpoint.Address")]]}
<@export cache.name.logicalId + "EndpointAddress"/>
</#if>
</#list>
<#list wave.loadBalancers as balancer>
  [=id(balancer.name.logicalId + "DnsName")]:
    Description: [=("DNS name of " + balancer.name.name + ", for the DNS cutover.")]
    Value: {"Fn::GetAtt": [[=balancer.name.logicalId + "LoadBalancer"], "DNSName"]}
<@export balancer.name.logicalId + "DnsName"/>
</#list>
<#list wave.functions as function>
  [=id(function.name.logicalId + "FunctionArn")]:
    Description: [=("ARN of Lambda function " + function.functionName + ", for event sources and API integrations.")]
    Value: {"Fn::GetAtt": [[=function.name.logicalId + "Function"], "Arn"]}
<@export function.name.logicalId + "FunctionArn"/>
</#list>
<#list wave.ecsClusters as cluster>
  [=id(cluster.name.logicalId + "EcsClusterArn")]:
    Description: [=("ARN of ECS cluster " + cluster.clusterName + ".")]
    Value: {"Fn::GetAtt": [[=cluster.name.logicalId + "EcsCluster"], "Arn"]}
<@export cluster.name.logicalId + "EcsClusterArn"/>
</#list>
<#list wave.ecsServices as service>
  [=id(service.name.logicalId + "EcsServiceArn")]:
    Description: [=("ARN of ECS service " + service.serviceName + ".")]
    Value: [=ref(service.name.logicalId + "EcsService")]
<@export service.name.logicalId + "EcsServiceArn"/>
</#list>
<#list wave.buckets as bucket>
  [=id(bucket.name.logicalId + "BucketName")]:
    Description: [=("Name of the bucket replacing " + bucket.bucketName + ".")]
    Value: [=ref(bucket.name.logicalId + "Bucket")]
<@export bucket.name.logicalId + "BucketName"/>
</#list>
<#list wave.volumes as volume>
  [=id(volume.name.logicalId + "VolumeId")]:
    Description: [=("Id of the volume restored from the snapshot of " + volume.volumeId + ".")]
    Value: [=ref(volume.name.logicalId + "Volume")]
<@export volume.name.logicalId + "VolumeId"/>
</#list>
</#if>
