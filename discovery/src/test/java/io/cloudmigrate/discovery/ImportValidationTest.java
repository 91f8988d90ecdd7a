package io.cloudmigrate.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.SecurityGroupRule.PeerKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static io.cloudmigrate.discovery.EstateFixture.DEMO_ACCOUNT;
import static io.cloudmigrate.discovery.EstateFixture.details;
import static io.cloudmigrate.discovery.EstateFixture.ofType;
import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Values that AWS would not write, as other tools record them or a hand edit leaves them, are checked
 * at import: normalised with a warning where their meaning is clear, left out with a warning naming
 * the resource and the field where it is not.
 */
class ImportValidationTest
{
    private static final String ARN_PREFIX = "arn:aws:ec2:us-east-1:" + DEMO_ACCOUNT + ":";
    private static final String BASTION = ARN_PREFIX + "instance/i-00000000000000000";

    @TempDir
    Path directory;

    @Test
    void normalisesTheDemoRuleWithHostBitsSetToItsNetwork()
    {
        Inventory inventory = AwsCliImporter.importDirectory(EstateFixture.demo());

        SecurityGroup bastion = inventory.securityGroups().stream().filter(group -> group.id().equals("sg-00000002")).findFirst().orElseThrow();
        assertThat(bastion.ingress()).contains(new SecurityGroupRule("tcp", 22, 22, PeerKind.CIDR_IPV4, "2.2.2.0/28", null));
        assertThat(warnings(inventory, "NormalisedValue")).extracting(InventoryWarning::input, InventoryWarning::message).containsExactly(
                tuple("sg-00000002", "sg-00000002 (Bastion) ingress rule tcp port 22 with 2.2.2.2/28: host bits set; read as its network 2.2.2.0/28"));
        assertThat(warnings(inventory, "InvalidValue")).isEmpty();
    }

    @Test
    void normalisesIpv6RulesAndRefusesRulesThatCannotBeRead()
    {
        Path estate = EstateFixture.demoCopy(directory);
        edit(estate.resolve("us-east-1/ec2-describe-security-groups.json"), document -> {
            ObjectNode permission = (ObjectNode) document.path("SecurityGroups").path(0).path("IpPermissions").path(0);
            permission.put("IpProtocol", "tcp").put("FromPort", 443).put("ToPort", 443);
            ArrayNode ipv4 = permission.putArray("IpRanges");
            ipv4.addObject().put("CidrIp", "10.1.2.3/33");
            ipv4.addObject().put("CidrIp", "2001:db8::1/64");
            permission.putArray("Ipv6Ranges").addObject().put("CidrIpv6", "2001:DB8:0:0:1:0:0:1/48");
            ((ArrayNode) document.path("SecurityGroups").path(0).path("IpPermissions")).addObject()
                    .put("IpProtocol", "tcp").put("FromPort", 70000).put("ToPort", 70001)
                    .putArray("IpRanges").addObject().put("CidrIp", "0.0.0.0/0");
        });

        Inventory inventory = AwsCliImporter.importDirectory(estate);

        String groupId = JsonDocuments.readTree(estate.resolve("us-east-1/ec2-describe-security-groups.json")).path("SecurityGroups").path(0)
                .path("GroupId").asText();
        SecurityGroup group = inventory.securityGroups().stream().filter(candidate -> candidate.id().equals(groupId)).findFirst().orElseThrow();
        assertThat(group.ingress()).filteredOn(rule -> rule.fromPort() == 443).extracting(SecurityGroupRule::peerKind, SecurityGroupRule::peer)
                .contains(tuple(PeerKind.CIDR_IPV6, "2001:db8::/64"), tuple(PeerKind.CIDR_IPV6, "2001:db8::/48"))
                .doesNotContain(tuple(PeerKind.CIDR_IPV4, "10.1.2.3/33"), tuple(PeerKind.CIDR_IPV4, "2001:db8::1/64"));
        assertThat(group.ingress()).noneMatch(rule -> rule.fromPort() == 70000);
        String rule = group.id() + " (" + group.groupName() + ") ingress rule tcp port 443 with ";
        assertThat(warnings(inventory, "NormalisedValue")).extracting(InventoryWarning::message).contains(
                rule + "2001:db8::1/64: host bits set; read as its network 2001:db8::/64",
                rule + "2001:DB8:0:0:1:0:0:1/48: host bits set; read as its network 2001:db8::/48");
        assertThat(warnings(inventory, "InvalidValue")).extracting(InventoryWarning::input, InventoryWarning::message).containsExactlyInAnyOrder(
                tuple(group.id(), rule + "10.1.2.3/33: not a CIDR block; the rule was left out"),
                tuple(group.id(), group.id() + " (" + group.groupName() + ") ingress rule tcp ports 70000-70001: not a port range within 0-65535;"
                        + " the rule was left out"));
    }

    @Test
    void leavesOutAPrivateIpThatIsNotAnAddressNamingTheInstanceAndTheInterface()
    {
        Path estate = EstateFixture.demoCopy(directory);
        edit(estate.resolve("us-east-1/ec2-describe-instances.json"), document -> {
            ObjectNode instance = (ObjectNode) document.path("Reservations").path(0).path("Instances").path(0);
            instance.put("PrivateIpAddress", "345.345.345.345");
            ((ObjectNode) instance.path("NetworkInterfaces").path(0)).put("PrivateIpAddress", "345.345.345.345");
            ((ObjectNode) instance.path("NetworkInterfaces").path(0).path("PrivateIpAddresses").path(0)).put("PrivateIpAddress", "345.345.345.345");
        });
        edit(estate.resolve("us-east-1/ec2-describe-network-interfaces.json"),
                document -> ((ObjectNode) document.path("NetworkInterfaces").path(0)).put("PrivateIpAddress", "345.345.345.345"));

        Inventory inventory = AwsCliImporter.importDirectory(estate);

        Resource bastion = inventory.resource(BASTION).orElseThrow();
        assertThat(bastion.network().privateIpAddresses()).isEmpty();
        assertThat(bastion.network().publicIpAddresses()).containsExactly("1.2.3.4");
        NetworkInterface networkInterface = inventory.networkInterfaces().getFirst();
        assertThat(networkInterface.privateIpAddresses()).doesNotContain("345.345.345.345");
        assertThat(warnings(inventory, "InvalidValue")).extracting(InventoryWarning::input, InventoryWarning::message).containsExactly(
                tuple(BASTION, BASTION + " network.privateIpAddresses: \"345.345.345.345\" is not an IP address; it was left out"),
                tuple(networkInterface.id(), networkInterface.id() + " PrivateIpAddresses: \"345.345.345.345\" is not an IP address; it was left out"));
    }

    @Test
    void doesNotTakeAMissingSubnetForASubnetNamedNull()
    {
        Path estate = EstateFixture.demoCopy(directory);
        edit(estate.resolve("us-east-1/ec2-describe-instances.json"), document -> {
            ObjectNode first = (ObjectNode) document.path("Reservations").path(0).path("Instances").path(0);
            first.putNull("SubnetId");
            ((ObjectNode) first.path("NetworkInterfaces").path(0)).put("SubnetId", "null");
        });

        Inventory inventory = AwsCliImporter.importDirectory(estate);

        assertThat(inventory.resource(BASTION).orElseThrow().network().subnetIds()).isEmpty();
        assertThat(inventory.warnings()).extracting(InventoryWarning::message).noneMatch(message -> message.contains("subnet null"));
        assertThat(warnings(inventory, "InvalidValue")).extracting(InventoryWarning::message)
                .containsExactly(BASTION + " network.subnetIds: \"null\" is not a subnet- identifier; it was left out");
    }

    @Test
    void recognisesAnIpv6BlockGivenAsAVpcsCidrBlock()
    {
        Path estate = EstateFixture.demoCopy(directory);
        edit(estate.resolve("us-east-1/ec2-describe-vpcs.json"),
                document -> ((ObjectNode) document.path("Vpcs").path(0)).put("CidrBlock", "2600:1f18:4d2:9c00::/56"));
        edit(estate.resolve("us-east-1/ec2-describe-subnets.json"),
                document -> ((ObjectNode) document.path("Subnets").path(0)).put("CidrBlock", "10.0.0.7/24"));

        Inventory inventory = AwsCliImporter.importDirectory(estate);

        assertThat(details(inventory, ARN_PREFIX + "vpc/vpc-12345678", ResourceDetails.Vpc.class).cidrBlock()).isNull();
        assertThat(ofType(inventory, ResourceType.SUBNET)).extracting(resource -> ((ResourceDetails.Subnet) resource.details()).cidrBlock())
                .contains("10.0.0.0/24");
        assertThat(warnings(inventory, "InvalidValue")).extracting(InventoryWarning::input, InventoryWarning::message).containsExactly(
                tuple("vpc-12345678", "vpc-12345678 CidrBlock: 2600:1f18:4d2:9c00::/56 is an IPv6 block, where AWS gives the IPv4 block"
                        + " (IPv6 blocks are in Ipv6CidrBlockAssociationSet); it was not recorded as the IPv4 block, which is unknown"));
        assertThat(warnings(inventory, "NormalisedValue")).extracting(InventoryWarning::message)
                .anySatisfy(message -> assertThat(message).endsWith("CidrBlock: 10.0.0.7/24 has host bits set; read as its network 10.0.0.0/24"));
    }

    @Test
    void leavesOutAResourceWhoseArnIsMalformed()
    {
        Path estate = EstateFixture.demoCopy(directory);
        edit(estate.resolve("us-east-1/lambda-list-functions.json"),
                document -> ((ObjectNode) document.path("Functions").path(0)).put("FunctionArn", "arn:aws:lambda:us-east-1:12345:function:broken"));

        Inventory inventory = AwsCliImporter.importDirectory(estate);

        assertThat(ofType(inventory, ResourceType.LAMBDA_FUNCTION)).isEmpty();
        assertThat(warnings(inventory, "InvalidValue")).extracting(InventoryWarning::input, InventoryWarning::message).contains(tuple(
                "arn:aws:lambda:us-east-1:12345:function:broken", "\"arn:aws:lambda:us-east-1:12345:function:broken\" (LAMBDA_FUNCTION invpclambda) is not an ARN"
                        + " (arn:partition:service:region:account:resource); the resource was left out"));
    }

    @Test
    void readsALoadBalancerWithoutArnFromItsTargetGroupAndWarnsAboutOneItCannotName()
    {
        String balancerArn = "arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/app/orders/50dc6c495c0c9188";
        String groupArn = "arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/orders-web/73e2d6bc24d8a067";
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-1", "111111111111")
                .file("us-east-1/elbv2-describe-load-balancers.json", """
                        {"LoadBalancers": [
                          {"LoadBalancerName": "orders", "Type": "application", "Scheme": "internal", "VpcId": null},
                          {"LoadBalancerName": "legacy-nlb", "Type": "network"}]}
                        """)
                .file("us-east-1/elbv2-describe-target-groups.json", """
                        {"TargetGroups": [
                          {"TargetGroupArn": "%s", "Port": 8080, "LoadBalancerArns": ["%s"]},
                          {"TargetGroupArn": "%s-gone", "Port": 80,
                           "LoadBalancerArns": ["arn:aws:elasticloadbalancing:us-east-1:111111111111:loadbalancer/net/gone/1a2b3c4d5e6f7a8b"]}]}
                        """.formatted(groupArn, balancerArn, groupArn))
                .importEstate();

        assertThat(ofType(inventory, ResourceType.LOAD_BALANCER_V2)).extracting(Resource::id, Resource::name)
                .containsExactly(tuple(balancerArn, "orders"));
        assertThat(details(inventory, balancerArn, ResourceDetails.LoadBalancer.class).targetGroupArns()).containsExactly(groupArn);
        assertThat(warnings(inventory, "MissingIdentifier")).extracting(InventoryWarning::input, InventoryWarning::message).containsExactly(
                tuple("legacy-nlb", "load balancer legacy-nlb in us-east-1/elbv2-describe-load-balancers.json has no LoadBalancerArn, and no target group"
                        + " names a load balancer of that name; it was left out, with its listeners and targets"),
                tuple("orders", "load balancer orders in us-east-1/elbv2-describe-load-balancers.json has no LoadBalancerArn; its ARN " + balancerArn
                        + " was read from target group " + groupArn));
        assertThat(warnings(inventory, "DanglingReference")).extracting(InventoryWarning::input).containsExactly(groupArn + "-gone");
    }

    @Test
    void leavesOutAListenerWhosePortIsNoPortNamingTheLoadBalancer()
    {
        Path estate = EstateFixture.demoCopy(directory);
        edit(estate.resolve("us-east-1/elb-describe-load-balancers.json"),
                document -> ((ObjectNode) document.path("LoadBalancerDescriptions").path(0).path("ListenerDescriptions").path(0).path("Listener"))
                        .put("LoadBalancerPort", 70000));

        Inventory inventory = AwsCliImporter.importDirectory(estate);

        Resource balancer = ofType(inventory, ResourceType.LOAD_BALANCER).stream().filter(resource -> resource.name().equals("weblb")).findFirst().orElseThrow();
        assertThat(((ResourceDetails.LoadBalancer) balancer.details()).listeners()).isEmpty();
        assertThat(warnings(inventory, "InvalidValue")).extracting(InventoryWarning::input, InventoryWarning::message).containsExactly(
                tuple("weblb", "weblb listener LoadBalancerPort: 70000 is not a port (1 to 65535); the listener was left out"));
    }

    @Test
    void refusesAnAccountIdThatIsNotTwelveDigits()
    {
        Inventory inventory = EstateFixture.in(directory.resolve("estate"))
                .file("us-east-1/sts-get-caller-identity.json", "{\"Account\": \"12345\", \"Arn\": \"arn:aws:iam::12345:user/collector\"}")
                .file("us-east-1/ec2-describe-vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\"}]}")
                .importEstate();

        assertThat(inventory.scope().accounts()).containsExactly("unknown");
        assertThat(inventory.resources()).extracting(Resource::id).containsExactly("arn:aws:ec2:us-east-1:unknown:vpc/vpc-1");
        assertThat(warnings(inventory, "InvalidValue")).extracting(InventoryWarning::input, InventoryWarning::message).containsExactly(
                tuple("estate", "estate: \"12345\" is given as the account id (sts-get-caller-identity Account, an OwnerId or an ARN), but an account id"
                        + " is 12 digits; it was not used"));
        assertThat(warnings(inventory, "UnknownAccount")).hasSize(1);
    }

    private static void edit(Path file, Consumer<JsonNode> change)
    {
        try {
            JsonNode document = JsonDocuments.mapper().readTree(Files.readString(file));
            change.accept(document);
            Files.writeString(file, JsonDocuments.mapper().writeValueAsString(document));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
