package io.cloudmigrate.discovery;

import io.cloudmigrate.discovery.NetworkInterface.OwnerKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolving the owner of each network interface of a hand-made estate, one interface per rule.
 */
class NetworkInterfaceOwnerTest
{
    private static final String REGION = "us-east-1";
    private static final String PREFIX = ":us-east-1:111111111111:";
    private static final String CLUSTER = "arn:aws:ecs" + PREFIX + "cluster/shop";
    private static final String SERVICE = "arn:aws:ecs" + PREFIX + "service/shop/web";
    private static final String ORDER_EVENTS = "arn:aws:lambda" + PREFIX + "function:order-events";

    @TempDir
    static Path directory;
    private static Inventory inventory;

    @BeforeAll
    static void importEstate()
    {
        inventory = EstateFixture.in(directory)
                .account(REGION, "111111111111")
                .file(REGION + "/ec2-describe-vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\"}]}")
                .file(REGION + "/ec2-describe-subnets.json", """
                        {"Subnets": [{"SubnetId": "subnet-a", "VpcId": "vpc-1"}, {"SubnetId": "subnet-b", "VpcId": "vpc-1"}]}
                        """)
                .file(REGION + "/ec2-describe-security-groups.json", """
                        {"SecurityGroups": [{"GroupId": "sg-web", "GroupName": "web"}, {"GroupId": "sg-db", "GroupName": "db"},
                                            {"GroupId": "sg-fn", "GroupName": "fn"}]}
                        """)
                .file(REGION + "/ec2-describe-instances.json", """
                        {"Reservations": [{"Instances": [{"InstanceId": "i-1", "SubnetId": "subnet-a", "VpcId": "vpc-1"}]}]}
                        """)
                .file(REGION + "/rds-describe-db-instances.json", """
                        {"DBInstances": [
                          {"DBInstanceIdentifier": "orders", "VpcSecurityGroups": [{"VpcSecurityGroupId": "sg-db"}],
                           "DBSubnetGroup": {"VpcId": "vpc-1", "Subnets": [{"SubnetIdentifier": "subnet-a"}, {"SubnetIdentifier": "subnet-b"}]}},
                          {"DBInstanceIdentifier": "reports", "VpcSecurityGroups": [{"VpcSecurityGroupId": "sg-web"}],
                           "DBSubnetGroup": {"VpcId": "vpc-1", "Subnets": [{"SubnetIdentifier": "subnet-b"}]}}]}
                        """)
                .file(REGION + "/elasticache-describe-cache-clusters.json", """
                        {"CacheClusters": [{"CacheClusterId": "sessions-001", "Engine": "redis", "SecurityGroups": [{"SecurityGroupId": "sg-web"}]}]}
                        """)
                .file(REGION + "/elb-describe-load-balancers.json", "{\"LoadBalancerDescriptions\": [{\"LoadBalancerName\": \"legacy\"}]}")
                .file(REGION + "/elbv2-describe-load-balancers.json", """
                        {"LoadBalancers": [{"LoadBalancerName": "shop", "Type": "application",
                          "LoadBalancerArn": "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/shop/abc123"}]}
                        """)
                .file(REGION + "/lambda-list-functions.json", """
                        {"Functions": [
                          {"FunctionName": "order", "FunctionArn": "arn:aws:lambda:us-east-1:111111111111:function:order"},
                          {"FunctionName": "order-events", "FunctionArn": "arn:aws:lambda:us-east-1:111111111111:function:order-events",
                           "VpcConfig": {"SubnetIds": ["subnet-a"], "SecurityGroupIds": ["sg-fn"], "VpcId": ""}}]}
                        """)
                .file(REGION + "/ec2-describe-nat-gateways.json", """
                        {"NatGateways": [{"NatGatewayId": "nat-1", "VpcId": "vpc-1", "SubnetId": "subnet-a", "State": "available",
                          "NatGatewayAddresses": [{"NetworkInterfaceId": "eni-nat", "PrivateIp": "10.0.0.9", "PublicIp": "52.0.0.9"}]}]}
                        """)
                .file(REGION + "/ec2-describe-vpc-endpoints.json", """
                        {"VpcEndpoints": [{"VpcEndpointId": "vpce-1", "VpcEndpointType": "Interface", "VpcId": "vpc-1", "ServiceName": "com.amazonaws.us-east-1.sqs"}]}
                        """)
                .file(REGION + "/ecs-list-clusters.json", "{\"clusterArns\": [\"" + CLUSTER + "\"]}")
                .file(REGION + "/ecs-describe-services/arn%3Aaws%3Aecs%3Aus-east-1%3A111111111111%3Acluster%2Fshop", """
                        {"services": [{"serviceName": "web", "serviceArn": "arn:aws:ecs:us-east-1:111111111111:service/shop/web",
                          "clusterArn": "arn:aws:ecs:us-east-1:111111111111:cluster/shop", "status": "ACTIVE", "launchType": "FARGATE",
                          "desiredCount": 2, "runningCount": 1, "loadBalancers": [{"targetGroupArn": "arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/web/1"}],
                          "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-b"], "securityGroups": ["sg-web"]}}}]}
                        """)
                .file(REGION + "/ecs-describe-tasks/arn%3Aaws%3Aecs%3Aus-east-1%3A111111111111%3Acluster%2Fshop/arn%3Aaws%3Aecs%3Aus-east-1%3A111111111111%3Atask%2Fshop%2Ft1", """
                        {"tasks": [{"taskArn": "arn:aws:ecs:us-east-1:111111111111:task/shop/t1", "clusterArn": "arn:aws:ecs:us-east-1:111111111111:cluster/shop",
                          "group": "service:web", "lastStatus": "RUNNING", "attachments": [{"id": "att-1", "type": "ElasticNetworkInterface"}]}]}
                        """)
                .file(REGION + "/ec2-describe-network-interfaces.json", """
                        {"NetworkInterfaces": [
                          {"NetworkInterfaceId": "eni-instance", "Attachment": {"InstanceId": "i-1"}, "Description": "Primary network interface"},
                          {"NetworkInterfaceId": "eni-alb", "Description": "ELB app/shop/abc123", "InterfaceType": "interface"},
                          {"NetworkInterfaceId": "eni-clb", "Description": "ELB legacy"},
                          {"NetworkInterfaceId": "eni-rds", "Description": "RDSNetworkInterface", "VpcId": "vpc-1", "SubnetId": "subnet-b",
                           "Groups": [{"GroupId": "sg-db"}], "PrivateIpAddress": "10.0.1.5"},
                          {"NetworkInterfaceId": "eni-fn", "InterfaceType": "lambda",
                           "Description": "AWS Lambda VPC ENI-order-events-0b7c1a2e-1234-4cde-9f00-123456789abc"},
                          {"NetworkInterfaceId": "eni-nat", "Description": "Interface for NAT Gateway nat-1", "InterfaceType": "nat_gateway"},
                          {"NetworkInterfaceId": "eni-vpce", "Description": "VPC Endpoint Interface vpce-1", "InterfaceType": "vpc_endpoint"},
                          {"NetworkInterfaceId": "eni-task", "Description": "arn:aws:ecs:us-east-1:999999999999:attachment/att-1"},
                          {"NetworkInterfaceId": "eni-cache", "Description": "ElastiCache sessions-001"},
                          {"NetworkInterfaceId": "eni-other", "Description": "my own interface", "InterfaceType": "interface"},
                          {"NetworkInterfaceId": "eni-gone", "Description": "AWS Lambda VPC ENI-deleted-fn-0b7c1a2e-1234-4cde-9f00-123456789abc"}]}
                        """)
                .importEstate();
    }

    @Test
    void resolvesTheOwnerOfEachInterface()
    {
        assertOwner("eni-instance", OwnerKind.EC2_INSTANCE, "arn:aws:ec2" + PREFIX + "instance/i-1");
        assertOwner("eni-alb", OwnerKind.LOAD_BALANCER, "arn:aws:elasticloadbalancing" + PREFIX + "loadbalancer/app/shop/abc123");
        assertOwner("eni-clb", OwnerKind.LOAD_BALANCER, "arn:aws:elasticloadbalancing" + PREFIX + "loadbalancer/legacy");
        assertOwner("eni-rds", OwnerKind.RDS_DB_INSTANCE, "arn:aws:rds" + PREFIX + "db:orders");
        assertOwner("eni-fn", OwnerKind.LAMBDA_FUNCTION, ORDER_EVENTS);
        assertOwner("eni-nat", OwnerKind.NAT_GATEWAY, "arn:aws:ec2" + PREFIX + "natgateway/nat-1");
        assertOwner("eni-vpce", OwnerKind.VPC_ENDPOINT, "arn:aws:ec2" + PREFIX + "vpc-endpoint/vpce-1");
        assertOwner("eni-task", OwnerKind.ECS_TASK, SERVICE);
        assertOwner("eni-cache", OwnerKind.ELASTICACHE_CLUSTER, "arn:aws:elasticache" + PREFIX + "cluster:sessions-001");
        assertOwner("eni-other", OwnerKind.UNKNOWN, null);
        assertOwner("eni-gone", OwnerKind.LAMBDA_FUNCTION, null);
    }

    @Test
    void keepsTheInterfaceTypeAndAddresses()
    {
        NetworkInterface rds = networkInterface("eni-rds");
        assertThat(rds.privateIpAddresses()).containsExactly("10.0.1.5");
        assertThat(rds.securityGroupIds()).containsExactly("sg-db");
        assertThat(networkInterface("eni-fn").interfaceType()).isEqualTo("lambda");
        assertThat(networkInterface("eni-instance").attachedInstanceId()).isEqualTo("i-1");
    }

    @Test
    void linksInterfacesFoundByDescriptionToTheirOwner()
    {
        Resource function = inventory.resource(ORDER_EVENTS).orElseThrow();
        assertThat(function.network().networkInterfaceIds()).containsExactly("eni-fn");
        // VpcId was empty in the Lambda output; the subnet names the VPC
        assertThat(function.network().vpcId()).isEqualTo("vpc-1");
        assertThat(inventory.resource("arn:aws:rds" + PREFIX + "db:orders").orElseThrow().network().networkInterfaceIds()).containsExactly("eni-rds");
        assertThat(inventory.resource("arn:aws:ec2" + PREFIX + "natgateway/nat-1").orElseThrow().network().networkInterfaceIds()).containsExactly("eni-nat");
        // RDS does not report its address, and the interface's address moves on fail-over
        assertThat(inventory.resource("arn:aws:rds" + PREFIX + "db:orders").orElseThrow().network().privateIpAddresses()).isEmpty();
    }

    @Test
    void readsTheEcsServiceTheTaskBelongsTo()
    {
        Resource service = inventory.resource(SERVICE).orElseThrow();
        assertThat(service.details()).isEqualTo(new ResourceDetails.EcsService(CLUSTER, "web", "FARGATE", 2, 1, null,
                List.of("arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/web/1")));
        assertThat(service.network().vpcId()).isEqualTo("vpc-1");
        assertThat(service.network().subnetIds()).containsExactly("subnet-b");
        assertThat(service.network().securityGroupIds()).containsExactly("sg-web");
        assertThat(EstateFixture.details(inventory, CLUSTER, ResourceDetails.EcsCluster.class)).isEqualTo(new ResourceDetails.EcsCluster("shop", 1, 1));
    }

    @Test
    void warnsAboutInterfacesOfResourcesTheEstateDoesNotHold()
    {
        assertThat(warnings(inventory, "DanglingReference")).extracting(InventoryWarning::message)
                .anySatisfy(message -> assertThat(message).contains("eni-gone").contains("deleted-fn"))
                // the ECS service's target group is not in the estate either
                .anySatisfy(message -> assertThat(message).contains(SERVICE).contains("targetgroup/web/1"));
    }

    private static void assertOwner(String networkInterfaceId, OwnerKind kind, String ownerResourceId)
    {
        NetworkInterface networkInterface = networkInterface(networkInterfaceId);
        assertThat(networkInterface.ownerKind()).as(networkInterfaceId).isEqualTo(kind);
        assertThat(networkInterface.ownerResourceId()).as(networkInterfaceId).isEqualTo(ownerResourceId);
    }

    private static NetworkInterface networkInterface(String id)
    {
        return inventory.networkInterfaces().stream().filter(candidate -> candidate.id().equals(id)).findFirst().orElseThrow();
    }
}
