<#-- Load balancers, Lambda functions and ECS clusters and services of wave.yaml.ftl, which includes this file (sharing its functions); as Terraform's main.tf writes them. -->
<#list wave.loadBalancers as balancer>
  # [=line(balancer.name.name)] ([=line(balancer.name.arn)]): [=line(balancer.name.strategy)][=line(balancer.fromClassic?then(", Classic Load Balancer replatformed to an Application Load Balancer", ""))].
  [=id(balancer.name.logicalId + "LoadBalancer")]:
    Type: "AWS::ElasticLoadBalancingV2::LoadBalancer"
<@metadata type="AWS::ElasticLoadBalancingV2::LoadBalancer" holds=balancer.listeners?filter(listener -> listener.protocol != "HTTPS" && listener.protocol != "TLS")?has_content?then(["plain-listener"], [])/>
    Properties:
      Name: [=suffixed(balancer.loadBalancerName)]
      Type: [=balancer.type]
      Scheme: [=balancer.internal?then("internal", "internet-facing")]
      Subnets:
<#list balancer.sourceSubnetIds as subnet>
        - [=subnetRef(subnet)]
</#list>
<#if balancer.type == "application" && balancer.sourceSubnetIds?size lt 2>
        # An Application Load Balancer needs subnets in two Availability Zones; the source names one.
        - [=ref(balancer.name.logicalId + "SecondSubnet")]
</#if>
<#if balancer.securityGroups?has_content>
      SecurityGroups:
<#list balancer.securityGroups as reference>
        - [=groupRef(reference)]
</#list>
</#if>
      LoadBalancerAttributes:
        - Key: "deletion_protection.enabled"
          Value: "true"
<#if balancer.type == "application">
        - Key: "routing.http.drop_invalid_header_fields.enabled"
          Value: "true"
</#if>
<@tags balancer.tags 6/>
<#list balancer.listeners as listener>
<#assign plain = listener.targetProtocol != "HTTPS" && listener.targetProtocol != "TLS">
  [=id(listener.logicalId + "TargetGroup")]:
    Type: "AWS::ElasticLoadBalancingV2::TargetGroup"
<@metadata type="AWS::ElasticLoadBalancingV2::TargetGroup" holds=plain?then(["plain-listener"], [])/>
    Properties:
      Port: [=literal(listener.targetPort)]
      Protocol: [=listener.targetProtocol]
      TargetType: "instance"
<#if balancer.sourceVpcId??>
      VpcId: [=ref(vpcParameters[balancer.sourceVpcId])]
</#if>
      # The source's health check is not in the inventory: AWS's defaults, spelt out (the path only for HTTP and HTTPS).
      HealthCheckEnabled: true
      HealthCheckProtocol: [=listener.targetProtocol]
<#if listener.targetProtocol == "HTTP" || listener.targetProtocol == "HTTPS">
      HealthCheckPath: "/"
</#if>
<#assign registered = balancer.attachments?filter(attachment -> attachment.listenerLogicalId == listener.logicalId)>
<#if registered?has_content>
      Targets:
<#list registered as attachment>
        - Id: [=attachment.local?then(ref(attachment.instanceLogicalId + "Instance"), importValue(instanceImports[attachment.instanceLogicalId]))]
          Port: [=literal(attachment.port)]
</#list>
</#if>
<@tags balancer.tags 6/>
  [=id(listener.logicalId + "Listener")]:
    Type: "AWS::ElasticLoadBalancingV2::Listener"
<@metadata type="AWS::ElasticLoadBalancingV2::Listener" holds=(listener.protocol == "HTTPS" || listener.protocol == "TLS")?then([], ["plain-listener"])/>
    Properties:
      LoadBalancerArn: [=ref(balancer.name.logicalId + "LoadBalancer")]
      Port: [=literal(listener.port)]
      Protocol: [=listener.protocol]
<#if listener.needsCertificate>
      SslPolicy: "ELBSecurityPolicy-TLS13-1-2-2021-06"
      Certificates:
        - CertificateArn: {"Ref": "CertificateArn"}
</#if>
      DefaultActions:
        - Type: "forward"
          TargetGroupArn: [=ref(listener.logicalId + "TargetGroup")]
</#list>
<#list balancer.remoteTargets as target>
  # Target [=line(target)] is no instance that this wave or an earlier one creates here: register its replacement in the target groups of [=line(balancer.name.name)] (see the runbook).
</#list>
</#list>
<#list wave.functions as function>
  # [=line(function.name.name)] ([=line(function.name.arn)]): [=line(function.name.strategy)][=line((function.runtime?? && (function.runtime!"") != (function.sourceRuntime!""))?then(", runtime " + (function.sourceRuntime!"") + " upgraded to " + (function.runtime!""), ""))].
  [=id(function.name.logicalId + "Function")]:
    Type: "AWS::Lambda::Function"
<@metadata type="AWS::Lambda::Function"/>
    Properties:
      FunctionName: [=suffixed(function.functionName)]
      Role: [=ref(function.name.logicalId + "Role")]
<#if function.image>
      PackageType: "Image"
      Code:
        ImageUri: [=ref(function.name.logicalId + "ImageUri")]
<#else>
      Runtime: [=fact(function.name, "Runtime", function.runtime!"")]
      Handler: [=fact(function.name, "Handler", function.handler!"")]
      Code:
        S3Bucket: [=ref(function.name.logicalId + "CodeS3Bucket")]
        S3Key: [=ref(function.name.logicalId + "CodeS3Key")]
</#if>
      MemorySize: [=literal(function.memorySizeMb)]
      Timeout: [=literal(function.timeoutSeconds)]
<#if (function.architecture!"")?has_content>
      Architectures:
        - [=function.architecture]
</#if>
<#if function.sourceSubnetIds?has_content>
      VpcConfig:
        SubnetIds:
<#list function.sourceSubnetIds as subnet>
          - [=subnetRef(subnet)]
</#list>
        SecurityGroupIds:
<#list function.securityGroups as reference>
          - [=groupRef(reference)]
</#list>
</#if>
<@tags function.tags 6/>
</#list>
<#list wave.ecsClusters as cluster>
  # [=line(cluster.name.name)] ([=line(cluster.name.arn)]): [=line(cluster.name.strategy)].
  [=id(cluster.name.logicalId + "EcsCluster")]:
    Type: "AWS::ECS::Cluster"
<@metadata type="AWS::ECS::Cluster"/>
    Properties:
      ClusterName: [=suffixed(cluster.clusterName)]
<@tags cluster.tags 6/>
</#list>
<#list wave.ecsServices as service>
  # [=line(service.name.name)] ([=line(service.name.arn)]): [=line(service.name.strategy)]; the task definition is registered in the target first (see the runbook).
  [=id(service.name.logicalId + "EcsService")]:
    Type: "AWS::ECS::Service"
<@metadata type="AWS::ECS::Service"/>
    Properties:
      ServiceName: [=service.serviceName]
<#if wave.ecsClusters?filter(cluster -> cluster.name.terraformName == (service.clusterTerraformName!""))?has_content>
      Cluster: [=ref(wave.ecsClusters?filter(cluster -> cluster.name.terraformName == (service.clusterTerraformName!""))?first.name.logicalId + "EcsCluster")]
<#else>
      Cluster: [=ref(service.name.logicalId + "Cluster")]
</#if>
      TaskDefinition: [=ref(service.name.logicalId + "TaskDefinition")]
      DesiredCount: [=literal(service.desiredCount)]
<#if service.launchType??>
      LaunchType: [=service.launchType]
</#if>
<#if service.sourceSubnetIds?has_content>
      NetworkConfiguration:
        AwsvpcConfiguration:
          AssignPublicIp: "DISABLED"
          Subnets:
<#list service.sourceSubnetIds as subnet>
            - [=subnetRef(subnet)]
</#list>
<#if service.securityGroups?has_content>
          SecurityGroups:
<#list service.securityGroups as reference>
            - [=groupRef(reference)]
</#list>
</#if>
</#if>
<@tags service.tags 6/>
</#list>
