package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleCompute.Instance;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleServices.ApplicationLoadBalancer;
import io.cloudmigrate.discovery.sample.SampleServices.ClassicLoadBalancer;
import io.cloudmigrate.discovery.sample.SampleServices.Target;
import io.cloudmigrate.discovery.sample.SampleServices.TargetGroup;

import java.util.List;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes the load balancer files: {@code elb-describe-load-balancers.json} for Classic Load
 * Balancers; {@code elbv2-describe-load-balancers.json}, {@code elbv2-describe-target-groups.json},
 * and per ALB and per target group {@code elbv2-describe-listeners/<arn>} and
 * {@code elbv2-describe-target-health/<arn>}; and the tags of both kinds, which the describe calls
 * leave out, in {@code elb-describe-tags.json} and {@code elbv2-describe-tags.json}.
 */
final class LoadBalancerJsonWriter
{
    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    LoadBalancerJsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        ArrayNode classic = array();
        ArrayNode classicTags = array();
        for (ClassicLoadBalancer loadBalancer : topology.classicLoadBalancers()) {
            if (loadBalancer.where().equals(region)) {
                classic.add(classicLoadBalancer(loadBalancer));
                classicTags.addObject().put("LoadBalancerName", loadBalancer.name()).set("Tags", AwsCliJsonWriter.tags(loadBalancer.tags()));
            }
        }
        ArrayNode loadBalancers = array();
        ArrayNode loadBalancerTags = array();
        ArrayNode targetGroups = array();
        for (ApplicationLoadBalancer loadBalancer : topology.applicationLoadBalancers()) {
            if (!loadBalancer.where().equals(region)) {
                continue;
            }
            loadBalancers.add(applicationLoadBalancer(loadBalancer));
            loadBalancerTags.addObject().put("ResourceArn", loadBalancer.arn()).set("Tags", AwsCliJsonWriter.tags(loadBalancer.tags()));
            out.write(region.folder() + "/elbv2-describe-listeners/" + SampleIds.fileName(loadBalancer.arn()), listeners(loadBalancer));
            for (TargetGroup targetGroup : loadBalancer.targetGroups()) {
                targetGroups.add(targetGroup(loadBalancer, targetGroup));
                out.write(region.folder() + "/elbv2-describe-target-health/" + SampleIds.fileName(targetGroup.arn()), targetHealth(targetGroup));
            }
        }
        out.write(region.folder() + "/elb-describe-load-balancers.json", NetworkJsonWriter.wrap("LoadBalancerDescriptions", classic));
        out.write(region.folder() + "/elbv2-describe-load-balancers.json", NetworkJsonWriter.wrap("LoadBalancers", loadBalancers));
        out.write(region.folder() + "/elbv2-describe-target-groups.json", NetworkJsonWriter.wrap("TargetGroups", targetGroups));
        // describe-tags needs at least one name or ARN, so a region without load balancers has no such file
        if (!classicTags.isEmpty()) {
            out.write(region.folder() + "/elb-describe-tags.json", NetworkJsonWriter.wrap("TagDescriptions", classicTags));
        }
        if (!loadBalancerTags.isEmpty()) {
            out.write(region.folder() + "/elbv2-describe-tags.json", NetworkJsonWriter.wrap("TagDescriptions", loadBalancerTags));
        }
    }

    private static ObjectNode classicLoadBalancer(ClassicLoadBalancer loadBalancer)
    {
        AccountRegion where = loadBalancer.where();
        String dnsName = loadBalancer.name() + "-" + SampleIds.digits("dns:" + loadBalancer.name(), 10) + "." + where.region() + ".elb.amazonaws.com";
        ObjectNode node = object();
        node.put("LoadBalancerName", loadBalancer.name());
        node.put("DNSName", dnsName);
        node.put("CanonicalHostedZoneName", dnsName);
        node.put("CanonicalHostedZoneNameID", hostedZone(where.region()));
        ObjectNode listener = node.putArray("ListenerDescriptions").addObject();
        listener.putObject("Listener")
                .put("Protocol", "HTTP")
                .put("LoadBalancerPort", loadBalancer.port())
                .put("InstanceProtocol", "HTTP")
                .put("InstancePort", loadBalancer.instancePort());
        listener.set("PolicyNames", array());
        ObjectNode policies = node.putObject("Policies");
        policies.set("AppCookieStickinessPolicies", array());
        policies.set("LBCookieStickinessPolicies", array());
        policies.set("OtherPolicies", array());
        node.set("BackendServerDescriptions", array());
        node.set("AvailabilityZones", AwsCliJsonWriter.strings(loadBalancer.subnets().stream().map(Subnet::availabilityZone).toList()));
        node.set("Subnets", AwsCliJsonWriter.strings(loadBalancer.subnets().stream().map(Subnet::id).toList()));
        node.put("VPCId", loadBalancer.subnets().getFirst().vpc().id());
        ArrayNode instances = node.putArray("Instances");
        for (Instance instance : loadBalancer.instances()) {
            instances.addObject().put("InstanceId", instance.id());
        }
        node.putObject("HealthCheck")
                .put("Target", "HTTP:" + loadBalancer.instancePort() + "/erp/health.aspx")
                .put("Interval", 30)
                .put("Timeout", 5)
                .put("UnhealthyThreshold", 2)
                .put("HealthyThreshold", 10);
        SecurityGroup group = loadBalancer.groups().getFirst();
        node.putObject("SourceSecurityGroup").put("OwnerAlias", where.accountId()).put("GroupName", group.name());
        node.set("SecurityGroups", AwsCliJsonWriter.groupIds(loadBalancer.groups()));
        node.put("CreatedTime", loadBalancer.createdTime());
        node.put("Scheme", loadBalancer.scheme());
        return node;
    }

    private static ObjectNode applicationLoadBalancer(ApplicationLoadBalancer loadBalancer)
    {
        AccountRegion where = loadBalancer.where();
        String prefix = loadBalancer.scheme().equals("internal") ? "internal-" : "";
        ObjectNode node = object();
        node.put("LoadBalancerArn", loadBalancer.arn());
        node.put("DNSName", prefix + loadBalancer.name() + "-" + SampleIds.digits("dns:" + loadBalancer.name(), 10) + "." + where.region() + ".elb.amazonaws.com");
        node.put("CanonicalHostedZoneId", hostedZone(where.region()));
        node.put("CreatedTime", loadBalancer.createdTime());
        node.put("LoadBalancerName", loadBalancer.name());
        node.put("Scheme", loadBalancer.scheme());
        node.put("VpcId", loadBalancer.subnets().getFirst().vpc().id());
        node.putObject("State").put("Code", "active");
        node.put("Type", "application");
        ArrayNode zones = node.putArray("AvailabilityZones");
        for (Subnet subnet : loadBalancer.subnets()) {
            zones.addObject().put("ZoneName", subnet.availabilityZone()).put("SubnetId", subnet.id()).set("LoadBalancerAddresses", array());
        }
        node.set("SecurityGroups", AwsCliJsonWriter.groupIds(loadBalancer.groups()));
        node.put("IpAddressType", "ipv4");
        return node;
    }

    private static ObjectNode listeners(ApplicationLoadBalancer loadBalancer)
    {
        AccountRegion where = loadBalancer.where();
        ArrayNode listeners = array();
        ObjectNode http = listeners.addObject();
        http.put("ListenerArn", loadBalancer.listenerArn(80));
        http.put("LoadBalancerArn", loadBalancer.arn());
        http.put("Port", 80);
        http.put("Protocol", "HTTP");
        http.putArray("DefaultActions").addObject()
                .put("Type", "redirect")
                .set("RedirectConfig", object()
                        .put("Protocol", "HTTPS")
                        .put("Port", "443")
                        .put("Host", "#{host}")
                        .put("Path", "/#{path}")
                        .put("Query", "#{query}")
                        .put("StatusCode", "HTTP_301"));
        ObjectNode https = listeners.addObject();
        https.put("ListenerArn", loadBalancer.listenerArn(443));
        https.put("LoadBalancerArn", loadBalancer.arn());
        https.put("Port", 443);
        https.put("Protocol", "HTTPS");
        https.putArray("Certificates").addObject()
                .put("CertificateArn", "arn:aws:acm:" + where.region() + ":" + where.accountId() + ":certificate/" + loadBalancer.certificateId());
        https.put("SslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06");
        // a weighted forward: the storefront is moving from the EC2 web tier to ECS
        ObjectNode forward = https.putArray("DefaultActions").addObject().put("Type", "forward");
        ObjectNode forwardConfig = forward.putObject("ForwardConfig");
        ArrayNode weighted = forwardConfig.putArray("TargetGroups");
        for (TargetGroup targetGroup : loadBalancer.targetGroups()) {
            weighted.addObject().put("TargetGroupArn", targetGroup.arn()).put("Weight", targetGroup.weight());
        }
        forwardConfig.putObject("TargetGroupStickinessConfig").put("Enabled", false);
        return NetworkJsonWriter.wrap("Listeners", listeners);
    }

    private static ObjectNode targetGroup(ApplicationLoadBalancer loadBalancer, TargetGroup targetGroup)
    {
        ObjectNode node = object();
        node.put("TargetGroupArn", targetGroup.arn());
        node.put("TargetGroupName", targetGroup.name());
        node.put("Protocol", "HTTP");
        node.put("Port", targetGroup.port());
        node.put("VpcId", targetGroup.vpc().id());
        node.put("HealthCheckProtocol", "HTTP");
        node.put("HealthCheckPort", "traffic-port");
        node.put("HealthCheckEnabled", true);
        node.put("HealthCheckIntervalSeconds", 30);
        node.put("HealthCheckTimeoutSeconds", 5);
        node.put("HealthyThresholdCount", 5);
        node.put("UnhealthyThresholdCount", 2);
        node.put("HealthCheckPath", targetGroup.healthCheckPath());
        node.putObject("Matcher").put("HttpCode", "200");
        node.set("LoadBalancerArns", AwsCliJsonWriter.strings(List.of(loadBalancer.arn())));
        node.put("TargetType", targetGroup.targetType());
        node.put("ProtocolVersion", "HTTP1");
        node.put("IpAddressType", "ipv4");
        return node;
    }

    private static ObjectNode targetHealth(TargetGroup targetGroup)
    {
        ArrayNode descriptions = array();
        for (Target target : targetGroup.targets()) {
            ObjectNode description = descriptions.addObject();
            ObjectNode targetNode = description.putObject("Target").put("Id", target.id()).put("Port", target.port());
            if (target.availabilityZone() != null) {
                targetNode.put("AvailabilityZone", target.availabilityZone());
            }
            description.put("HealthCheckPort", String.valueOf(target.port()));
            description.putObject("TargetHealth").put("State", "healthy");
        }
        return NetworkJsonWriter.wrap("TargetHealthDescriptions", descriptions);
    }

    private static String hostedZone(String region)
    {
        return region.equals("us-east-1") ? "Z35SXDOTRQ7X7K" : "Z32O12XQLNTSW2";
    }
}
