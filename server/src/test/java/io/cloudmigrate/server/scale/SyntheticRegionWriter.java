package io.cloudmigrate.server.scale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.server.scale.SyntheticApplication.Member;

import java.util.List;

import static io.cloudmigrate.server.scale.SyntheticJson.array;
import static io.cloudmigrate.server.scale.SyntheticJson.encoded;
import static io.cloudmigrate.server.scale.SyntheticJson.object;

/**
 * Writes the describe outputs of one region of the synthetic estate: network, security groups,
 * instances, network interfaces, databases, caches, functions, load balancers and buckets.
 */
final class SyntheticRegionWriter
{
    private final SyntheticJson json;
    private final SyntheticIds ids;
    private final String region;
    private final List<SyntheticApplication> applications;
    private final ObjectNode vpcs = object();
    private final ObjectNode subnets = object();
    private final ObjectNode securityGroups = object();
    private final ObjectNode networkInterfaces = object();

    SyntheticRegionWriter(SyntheticJson json, SyntheticIds ids, String region, List<SyntheticApplication> applications)
    {
        this.json = json;
        this.ids = ids;
        this.region = region;
        this.applications = applications;
    }

    void write()
    {
        json.write(region + "/sts-get-caller-identity.json", object().put("UserId", "AIDASYNTHETIC").put("Account", SyntheticEstate.ACCOUNT_ID)
                .put("Arn", "arn:aws:iam::" + SyntheticEstate.ACCOUNT_ID + ":user/synthetic"));
        ArrayNode vpcList = vpcs.putArray("Vpcs");
        ArrayNode subnetList = subnets.putArray("Subnets");
        ArrayNode groupList = securityGroups.putArray("SecurityGroups");
        networkInterfaces.putArray("NetworkInterfaces");
        for (SyntheticApplication application : applications) {
            if (application.firstInVpc) {
                vpcList.addObject().put("VpcId", application.vpcId).put("CidrBlock", application.vpcCidr).put("IsDefault", false)
                        .put("OwnerId", SyntheticEstate.ACCOUNT_ID).put("State", "available");
            }
            subnetList.addObject().put("SubnetId", application.subnetId).put("VpcId", application.vpcId).put("CidrBlock", application.subnetCidr)
                    .put("AvailabilityZone", region + "a").put("MapPublicIpOnLaunch", false).put("State", "available");
            securityGroups(application, groupList);
        }
        json.write(region + "/ec2-describe-vpcs.json", vpcs);
        json.write(region + "/ec2-describe-subnets.json", subnets);
        json.write(region + "/ec2-describe-security-groups.json", securityGroups);
        instances();
        databases();
        caches();
        functions();
        loadBalancers();
        buckets();
        json.write(region + "/ec2-describe-network-interfaces.json", networkInterfaces);
        new SyntheticUsageWriter(json, region, applications).write();
    }

    private void securityGroups(SyntheticApplication application, ArrayNode list)
    {
        group(list, application, application.loadBalancerGroup, "alb").add(cidrRule(443, "0.0.0.0/0"));
        group(list, application, application.webGroup, "web").add(groupRule(8080, application.loadBalancerGroup));
        ArrayNode app = group(list, application, application.appGroup, "app");
        app.add(groupRule(8080, application.webGroup));
        app.add(cidrRule(22, application.subnetCidr));
        group(list, application, application.functionGroup, "function");
        ArrayNode database = group(list, application, application.databaseGroup, "db");
        database.add(groupRule(5432, application.appGroup, application.functionGroup));
        // The app tier of the previous application uses this one's first database.
        database.add(groupRule(5432, previous(application).appGroup));
        group(list, application, application.reportingGroup, "reporting").add(groupRule(5432, application.appGroup));
        group(list, application, application.cacheGroup, "cache").add(cidrRule(6379, application.vpcCidr));
    }

    private SyntheticApplication previous(SyntheticApplication application)
    {
        return applications.stream().filter(candidate -> candidate.next() == application).findFirst().orElse(application);
    }

    private ArrayNode group(ArrayNode list, SyntheticApplication application, String groupId, String role)
    {
        ObjectNode group = list.addObject().put("GroupId", groupId).put("GroupName", application.name + "-" + role)
                .put("Description", role + " tier of " + application.name).put("VpcId", application.vpcId).put("OwnerId", SyntheticEstate.ACCOUNT_ID);
        group.putArray("IpPermissionsEgress").add(cidrRule(-1, "0.0.0.0/0"));
        return group.putArray("IpPermissions");
    }

    private static ObjectNode cidrRule(int port, String cidr)
    {
        ObjectNode rule = port < 0 ? object().put("IpProtocol", "-1") : object().put("IpProtocol", "tcp").put("FromPort", port).put("ToPort", port);
        rule.putArray("IpRanges").addObject().put("CidrIp", cidr);
        rule.putArray("UserIdGroupPairs");
        return rule;
    }

    private static ObjectNode groupRule(int port, String... groupIds)
    {
        ObjectNode rule = object().put("IpProtocol", "tcp").put("FromPort", port).put("ToPort", port);
        rule.putArray("IpRanges");
        ArrayNode pairs = rule.putArray("UserIdGroupPairs");
        for (String groupId : groupIds) {
            pairs.addObject().put("UserId", SyntheticEstate.ACCOUNT_ID).put("GroupId", groupId);
        }
        return rule;
    }

    private void instances()
    {
        ObjectNode document = object();
        ArrayNode reservations = document.putArray("Reservations");
        for (SyntheticApplication application : applications) {
            ArrayNode instances = reservations.addObject().put("ReservationId", "r-0" + ids.hex(16)).put("OwnerId", SyntheticEstate.ACCOUNT_ID).putArray("Instances");
            for (Member member : application.webInstances) {
                instance(instances, application, member, "web", application.webGroup, "m6i.large");
            }
            for (Member member : application.appInstances) {
                instance(instances, application, member, "app", application.appGroup, "r6i.xlarge");
            }
            for (Member member : application.legacyInstances) {
                instance(instances, application, member, "legacy", application.appGroup, "t3.large");
            }
        }
        json.write(region + "/ec2-describe-instances.json", document);
    }

    private void instance(ArrayNode instances, SyntheticApplication application, Member member, String role, String groupId, String instanceType)
    {
        ObjectNode instance = instances.addObject().put("InstanceId", member.name()).put("InstanceType", instanceType).put("ImageId", "ami-0" + ids.hex(16))
                .put("LaunchTime", "2025-03-01T10:00:00+00:00").put("PrivateIpAddress", member.address())
                .put("SubnetId", application.subnetId).put("VpcId", application.vpcId).put("Architecture", "x86_64").put("PlatformDetails", "Linux/UNIX");
        instance.putObject("State").put("Code", 16).put("Name", "running");
        instance.putObject("Placement").put("AvailabilityZone", region + "a").put("Tenancy", "default");
        instance.putArray("SecurityGroups").addObject().put("GroupId", groupId).put("GroupName", application.name + "-" + role);
        ObjectNode networkInterface = instance.putArray("NetworkInterfaces").addObject().put("NetworkInterfaceId", member.networkInterfaceId())
                .put("PrivateIpAddress", member.address()).put("SubnetId", application.subnetId).put("VpcId", application.vpcId);
        networkInterface.putArray("Groups").addObject().put("GroupId", groupId);
        networkInterface.putArray("PrivateIpAddresses").addObject().put("Primary", true).put("PrivateIpAddress", member.address());
        ArrayNode tags = instance.putArray("Tags");
        tags.addObject().put("Key", "Name").put("Value", application.name + "-" + role + "-" + member.address().substring(member.address().lastIndexOf('.') + 1));
        SyntheticUsageWriter.tags(application).forEach(tags::add);
        networkInterface(member, application, "", List.of(groupId)).putObject("Attachment").put("InstanceId", member.name()).put("DeviceIndex", 0);
    }

    private ObjectNode networkInterface(Member member, SyntheticApplication application, String description, List<String> groupIds)
    {
        ObjectNode networkInterface = ((ArrayNode) networkInterfaces.get("NetworkInterfaces")).addObject()
                .put("NetworkInterfaceId", member.networkInterfaceId()).put("Description", description).put("InterfaceType", "interface")
                .put("PrivateIpAddress", member.address()).put("SubnetId", application.subnetId).put("VpcId", application.vpcId)
                .put("OwnerId", SyntheticEstate.ACCOUNT_ID).put("Status", "in-use");
        ArrayNode groups = networkInterface.putArray("Groups");
        groupIds.forEach(groupId -> groups.addObject().put("GroupId", groupId));
        networkInterface.putArray("PrivateIpAddresses").addObject().put("Primary", true).put("PrivateIpAddress", member.address());
        return networkInterface;
    }

    private void databases()
    {
        ObjectNode document = object();
        ArrayNode list = document.putArray("DBInstances");
        for (SyntheticApplication application : applications) {
            for (int index = 0; index < application.databases.size(); index++) {
                Member member = application.databases.get(index);
                ObjectNode database = list.addObject().put("DBInstanceIdentifier", member.name())
                        .put("DBInstanceArn", "arn:aws:rds:" + region + ":" + SyntheticEstate.ACCOUNT_ID + ":db:" + member.name())
                        .put("DBInstanceClass", "db.r6g.large").put("Engine", "postgres").put("EngineVersion", SyntheticProfile.databaseVersion(application, index)).put("AllocatedStorage", 200)
                        .put("StorageType", "gp3").put("MultiAZ", index == 0).put("PubliclyAccessible", false).put("LicenseModel", "postgresql-license");
                database.putObject("Endpoint").put("Address", member.name() + ".synthetic." + region + ".rds.amazonaws.com").put("Port", 5432);
                ArrayNode groups = database.putArray("VpcSecurityGroups");
                application.databaseGroups(index).forEach(groupId -> groups.addObject().put("VpcSecurityGroupId", groupId).put("Status", "active"));
                ArrayNode tagList = database.putArray("TagList");
                SyntheticUsageWriter.tags(application).forEach(tagList::add);
                ObjectNode subnetGroup = database.putObject("DBSubnetGroup").put("DBSubnetGroupName", application.name + "-db").put("VpcId", application.vpcId);
                subnetGroup.putArray("Subnets").addObject().put("SubnetIdentifier", application.subnetId);
                networkInterface(member, application, "RDSNetworkInterface", application.databaseGroups(index));
            }
        }
        json.write(region + "/rds-describe-db-instances.json", document);
    }

    private void caches()
    {
        ObjectNode document = object();
        ArrayNode list = document.putArray("CacheClusters");
        ObjectNode subnetGroups = object();
        ArrayNode groupList = subnetGroups.putArray("CacheSubnetGroups");
        for (SyntheticApplication application : applications) {
            ObjectNode subnetGroup = groupList.addObject().put("CacheSubnetGroupName", application.name + "-cache").put("VpcId", application.vpcId);
            subnetGroup.putArray("Subnets").addObject().put("SubnetIdentifier", application.subnetId);
            for (int index = 0; index < application.caches.size(); index++) {
                Member member = application.caches.get(index);
                ObjectNode cache = list.addObject().put("CacheClusterId", member.name())
                        .put("ARN", "arn:aws:elasticache:" + region + ":" + SyntheticEstate.ACCOUNT_ID + ":cluster:" + member.name())
                        .put("CacheNodeType", "cache.r6g.large").put("Engine", "redis").put("EngineVersion", SyntheticProfile.cacheVersion(application, index)).put("NumCacheNodes", 1)
                        .put("CacheSubnetGroupName", application.name + "-cache");
                cache.putArray("SecurityGroups").addObject().put("SecurityGroupId", application.cacheGroup).put("Status", "active");
                cache.putArray("CacheNodes").addObject().put("CacheNodeId", "0001").putObject("Endpoint")
                        .put("Address", member.name() + ".synthetic.cache.amazonaws.com").put("Port", 6379);
                networkInterface(member, application, "ElastiCache " + member.name(), List.of(application.cacheGroup));
            }
        }
        json.write(region + "/elasticache-describe-cache-clusters.json", document);
        json.write(region + "/elasticache-describe-cache-subnet-groups.json", subnetGroups);
    }

    private void functions()
    {
        ObjectNode document = object();
        ArrayNode list = document.putArray("Functions");
        for (SyntheticApplication application : applications) {
            for (int index = 0; index < application.functions.size(); index++) {
                Member member = application.functions.get(index);
                ObjectNode function = list.addObject().put("FunctionName", member.name())
                        .put("FunctionArn", "arn:aws:lambda:" + region + ":" + SyntheticEstate.ACCOUNT_ID + ":function:" + member.name())
                        .put("Runtime", SyntheticProfile.runtime(index)).put("Handler", "app.handler").put("CodeSize", 1_048_576).put("Timeout", 30).put("MemorySize", 512)
                        .put("PackageType", "Zip");
                function.putArray("Architectures").add("x86_64");
                ObjectNode vpcConfig = function.putObject("VpcConfig").put("VpcId", application.vpcId);
                vpcConfig.putArray("SubnetIds").add(application.subnetId);
                vpcConfig.putArray("SecurityGroupIds").add(application.functionGroup);
                networkInterface(member, application, "AWS Lambda VPC ENI-" + member.name() + "-" + ids.uuid(), List.of(application.functionGroup))
                        .put("InterfaceType", "lambda");
            }
        }
        json.write(region + "/lambda-list-functions.json", document);
    }

    private void loadBalancers()
    {
        ObjectNode balancers = object();
        ArrayNode balancerList = balancers.putArray("LoadBalancers");
        ObjectNode targetGroups = object();
        ArrayNode groupList = targetGroups.putArray("TargetGroups");
        for (SyntheticApplication application : applications) {
            ObjectNode balancer = balancerList.addObject().put("LoadBalancerArn", application.loadBalancerArn).put("LoadBalancerName", application.loadBalancer.name())
                    .put("DNSName", application.loadBalancer.name() + "." + region + ".elb.amazonaws.com").put("Scheme", "internet-facing")
                    .put("VpcId", application.vpcId).put("Type", "application");
            balancer.putArray("AvailabilityZones").addObject().put("ZoneName", region + "a").put("SubnetId", application.subnetId);
            balancer.putArray("SecurityGroups").add(application.loadBalancerGroup);
            ObjectNode group = groupList.addObject().put("TargetGroupArn", application.targetGroupArn).put("TargetGroupName", application.name + "-web")
                    .put("Protocol", "HTTP").put("Port", 8080).put("VpcId", application.vpcId).put("TargetType", "instance");
            group.putArray("LoadBalancerArns").add(application.loadBalancerArn);
            ObjectNode health = object();
            ArrayNode descriptions = health.putArray("TargetHealthDescriptions");
            application.webInstances.forEach(member -> descriptions.addObject().putObject("Target").put("Id", member.name()).put("Port", 8080));
            json.write(region + "/elbv2-describe-target-health/" + encoded(application.targetGroupArn), health);
            ObjectNode listeners = object();
            ObjectNode listener = listeners.putArray("Listeners").addObject().put("LoadBalancerArn", application.loadBalancerArn).put("Port", 443).put("Protocol", "HTTPS");
            listener.putArray("DefaultActions").addObject().put("Type", "forward").put("TargetGroupArn", application.targetGroupArn);
            json.write(region + "/elbv2-describe-listeners/" + encoded(application.loadBalancerArn), listeners);
            String suffix = application.loadBalancerArn.substring(application.loadBalancerArn.indexOf(":loadbalancer/") + ":loadbalancer/".length());
            networkInterface(application.loadBalancer, application, "ELB " + suffix, List.of(application.loadBalancerGroup));
        }
        json.write(region + "/elbv2-describe-load-balancers.json", balancers);
        json.write(region + "/elbv2-describe-target-groups.json", targetGroups);
    }

    /** {@code list-buckets} is global: each region folder lists the buckets of the account in this region; the location says where each is. */
    private void buckets()
    {
        ObjectNode document = object();
        ArrayNode list = document.putArray("Buckets");
        for (SyntheticApplication application : applications) {
            list.addObject().put("Name", application.bucket).put("CreationDate", "2024-01-01T00:00:00+00:00");
            json.write(region + "/s3-get-bucket-location/" + encoded(application.bucket), object().put("LocationConstraint", region.equals("us-east-1") ? null : region));
        }
        document.putObject("Owner").put("DisplayName", "synthetic").put("ID", ids.hex(16));
        json.write(region + "/s3-list-buckets.json", document);
    }
}
