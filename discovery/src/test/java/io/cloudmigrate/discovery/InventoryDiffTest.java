package io.cloudmigrate.discovery;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryDiffTest
{
    private static final String ACCOUNT = "111111111111";

    @Test
    void listsAddedRemovedAndChangedResourcesWithFieldPaths()
    {
        Resource web = instance("i-1", "t3.medium", Map.of("Owner", "shop"), List.of("sg-1"));
        Resource batch = instance("i-2", "m5.large", Map.of(), List.of("sg-1"));
        Resource worker = instance("i-3", "c5.large", Map.of(), List.of("sg-1"));
        Inventory before = inventory(List.of(web, batch), List.of(group("sg-1", 443)));
        Inventory after = inventory(List.of(instance("i-1", "t3.large", Map.of("Owner", "payments"), List.of("sg-1", "sg-2")), worker),
                List.of(group("sg-1", 8443)));

        InventoryDiff diff = InventoryDiff.between(before, after);

        assertThat(diff.added()).containsExactly(new InventoryDiff.Entry(worker.id(), "AWS::EC2::Instance"));
        assertThat(diff.removed()).containsExactly(new InventoryDiff.Entry(batch.id(), "AWS::EC2::Instance"));
        assertThat(diff.changed()).extracting(InventoryDiff.Change::id).containsExactly(web.id(), "sg-1");
        assertThat(diff.changed().getFirst().fields()).containsExactly(
                new InventoryDiff.FieldChange("details.instanceType", new TextNode("t3.medium"), new TextNode("t3.large")),
                new InventoryDiff.FieldChange("network.securityGroupIds[1]", null, new TextNode("sg-2")),
                new InventoryDiff.FieldChange("tags.Owner", new TextNode("shop"), new TextNode("payments")));
        assertThat(diff.changed().getLast().fields()).containsExactly(
                new InventoryDiff.FieldChange("ingress[0].fromPort", new IntNode(443), new IntNode(8443)),
                new InventoryDiff.FieldChange("ingress[0].toPort", new IntNode(443), new IntNode(8443)));
    }

    @Test
    void anInventoryDiffedWithItselfIsEmpty()
    {
        Inventory inventory = inventory(List.of(instance("i-1", "t3.medium", Map.of(), List.of("sg-1"))), List.of(group("sg-1", 443)));

        assertThat(InventoryDiff.between(inventory, inventory).isEmpty()).isTrue();
    }

    private static Resource instance(String instanceId, String instanceType, Map<String, String> tags, List<String> securityGroupIds)
    {
        return new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":instance/" + instanceId, ResourceType.EC2_INSTANCE, ACCOUNT, "us-east-1", instanceId, tags,
                new NetworkPlacement("vpc-1", List.of("subnet-1"), securityGroupIds, List.of(), List.of("10.0.0.1"), List.of()),
                new ResourceDetails.Ec2Instance(instanceId, instanceType, "running", "Linux/UNIX", null, null, "x86_64", "ami-1", "2026-01-01T00:00:00Z",
                        List.of(), List.of(), 8, "required", List.of()));
    }

    private static SecurityGroup group(String id, int port)
    {
        return new SecurityGroup(id, ACCOUNT, "us-east-1", "vpc-1", "web", "web tier", Map.of(),
                List.of(new SecurityGroupRule("tcp", port, port, SecurityGroupRule.PeerKind.CIDR_IPV4, "0.0.0.0/0", null)), List.of());
    }

    private static Inventory inventory(List<Resource> resources, List<SecurityGroup> groups)
    {
        return new Inventory(Inventory.SCHEMA_VERSION, "scan-1", "shop", "2026-01-01T00:00:00Z", new Scope(List.of(ACCOUNT), List.of("us-east-1")),
                resources, groups, List.of(), List.of(), List.of());
    }
}
