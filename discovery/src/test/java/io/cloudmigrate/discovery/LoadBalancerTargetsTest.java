package io.cloudmigrate.discovery;

import io.cloudmigrate.discovery.ResourceDetails.Listener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static io.cloudmigrate.discovery.EstateFixture.details;
import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;

class LoadBalancerTargetsTest
{
    private static final String BALANCER = "arn:aws:elasticloadbalancing:us-west-2:111111111111:loadbalancer/app/shop/50dc6c495c0c9188";
    private static final String WEB_GROUP = "arn:aws:elasticloadbalancing:us-west-2:111111111111:targetgroup/web/73e2d6bc24d8a067";
    private static final String API_GROUP = "arn:aws:elasticloadbalancing:us-west-2:111111111111:targetgroup/api/1b2c3d4e5f6a7b8c";
    private static final String OTHER_GROUP = "arn:aws:elasticloadbalancing:us-west-2:111111111111:targetgroup/other/0000000000000000";
    private static final String FUNCTION = "arn:aws:lambda:us-west-2:111111111111:function:api";

    @TempDir
    Path directory;

    @Test
    void collectsTheTargetsOfEveryTargetGroupOfTheLoadBalancer()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-west-2", "111111111111")
                .file("us-west-2/ec2-describe-instances.json", "{\"Reservations\": [{\"Instances\": [{\"InstanceId\": \"i-web1\"}]}]}")
                .file("us-west-2/elbv2-describe-load-balancers.json", """
                        {"LoadBalancers": [{"LoadBalancerArn": "%s", "LoadBalancerName": "shop", "Type": "application", "Scheme": "internal",
                          "DNSName": "internal-shop.elb.amazonaws.com", "VpcId": "vpc-1",
                          "AvailabilityZones": [{"SubnetId": "subnet-a", "ZoneName": "us-west-2a"}, {"SubnetId": "subnet-b", "ZoneName": "us-west-2b"}]}]}
                        """.formatted(BALANCER))
                .file("us-west-2/elbv2-describe-target-groups.json", """
                        {"TargetGroups": [
                          {"TargetGroupArn": "%s", "Port": 8080, "Protocol": "HTTP", "TargetType": "instance", "LoadBalancerArns": ["%s"]},
                          {"TargetGroupArn": "%s", "TargetType": "lambda", "LoadBalancerArns": []},
                          {"TargetGroupArn": "%s", "Port": 80, "TargetType": "ip", "LoadBalancerArns": []}]}
                        """.formatted(WEB_GROUP, BALANCER, API_GROUP, OTHER_GROUP))
                .file("us-west-2/elbv2-describe-listeners/" + encode(BALANCER), """
                        {"Listeners": [
                          {"Port": 443, "Protocol": "HTTPS", "DefaultActions": [{"Type": "forward", "TargetGroupArn": "%s"}]},
                          {"Port": 80, "Protocol": "HTTP", "DefaultActions": [{"Type": "redirect"}]},
                          {"Port": 8443, "Protocol": "HTTPS", "DefaultActions": [{"Type": "forward", "ForwardConfig": {"TargetGroups": [{"TargetGroupArn": "%s"}]}}]}]}
                        """.formatted(WEB_GROUP, API_GROUP))
                .file("us-west-2/elbv2-describe-target-health/" + encode(WEB_GROUP), """
                        {"TargetHealthDescriptions": [
                          {"Target": {"Id": "i-web1", "Port": 8080}, "TargetHealth": {"State": "healthy"}},
                          {"Target": {"Id": "i-gone", "Port": 8080}, "TargetHealth": {"State": "unused"}},
                          {"Target": {"Id": "10.0.3.7", "Port": 8080}, "TargetHealth": {"State": "healthy"}}]}
                        """)
                .file("us-west-2/elbv2-describe-target-health/" + encode(API_GROUP) + ".json", """
                        {"TargetHealthDescriptions": [{"Target": {"Id": "%s"}, "TargetHealth": {"State": "healthy"}}]}
                        """.formatted(FUNCTION))
                .file("us-west-2/elbv2-describe-target-health/" + encode(OTHER_GROUP), """
                        {"TargetHealthDescriptions": [{"Target": {"Id": "10.9.9.9"}}]}
                        """)
                .importEstate();

        Resource balancer = inventory.resource(BALANCER).orElseThrow();
        assertThat(balancer.type()).isEqualTo(ResourceType.LOAD_BALANCER_V2);
        assertThat(balancer.network().subnetIds()).containsExactly("subnet-a", "subnet-b");
        ResourceDetails.LoadBalancer details = details(inventory, BALANCER, ResourceDetails.LoadBalancer.class);
        assertThat(details.scheme()).isEqualTo("internal");
        assertThat(details.targetGroupArns()).containsExactly(API_GROUP, WEB_GROUP);
        assertThat(details.targets()).containsExactly("10.0.3.7", "arn:aws:ec2:us-west-2:111111111111:instance/i-web1", FUNCTION, "i-gone");
        // the redirect listener forwards to no target group, so it has no target port
        assertThat(details.listeners()).containsExactly(new Listener("HTTP", 80, 0), new Listener("HTTPS", 443, 8080), new Listener("HTTPS", 8443, 0));
        assertThat(warnings(inventory, "DanglingReference")).extracting(InventoryWarning::input, InventoryWarning::message)
                .anySatisfy(warning -> assertThat(warning.toList()).containsExactly(BALANCER,
                        BALANCER + " names instance i-gone, which is not in ec2-describe-instances of 111111111111/us-west-2"));
    }

    private static String encode(String arn)
    {
        return URLEncoder.encode(arn, StandardCharsets.UTF_8);
    }
}
