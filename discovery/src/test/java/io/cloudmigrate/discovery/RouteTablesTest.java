package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import static org.assertj.core.api.Assertions.assertThat;

class RouteTablesTest
{
    private static final String ACCOUNT = "111122223333";

    @Test
    void theMainTableServesTheSubnetsNoTableNamesFoundFromAnyResourcePlacedInThem()
    {
        Resource main = table("rtb-main", "vpc-1", true, List.of(), "us-east-1");
        Resource privateTable = table("rtb-private", "vpc-1", false, List.of("subnet-a"), "us-east-1");
        // no describe-subnets: subnet-b and subnet-c are known only from the instances in them
        Resource inB = instance("i-b", "vpc-1", "subnet-b", "us-east-1");
        Resource inC = instance("i-c", "vpc-1", "subnet-c", "us-east-1");
        Resource inA = instance("i-a", "vpc-1", "subnet-a", "us-east-1");
        // the same ids in another Region are other subnets and another VPC
        Resource elsewhere = instance("i-x", "vpc-1", "subnet-z", "eu-west-1");

        Map<String, SortedSet<String>> served = RouteTables.servedSubnets(List.of(main, privateTable, inA, inB, inC, elsewhere));

        assertThat(served).containsOnlyKeys(main.id(), privateTable.id());
        assertThat(served.get(main.id())).containsExactly("subnet-b", "subnet-c");
        assertThat(served.get(privateTable.id())).containsExactly("subnet-a");
    }

    @Test
    void aTableWithoutAVpcServesOnlyItsAssociations()
    {
        Resource main = table("rtb-main", null, true, List.of("subnet-a"), "us-east-1");

        assertThat(RouteTables.servedSubnets(List.of(main, instance("i-b", "vpc-1", "subnet-b", "us-east-1"))).get(main.id())).containsExactly("subnet-a");
    }

    private static Resource table(String id, String vpcId, boolean main, List<String> subnets, String region)
    {
        return new Resource("arn:aws:ec2:" + region + ":" + ACCOUNT + ":route-table/" + id, ResourceType.ROUTE_TABLE, ACCOUNT, region, id, Map.of(),
                new NetworkPlacement(vpcId, subnets, List.of(), List.of(), List.of(), List.of()),
                new ResourceDetails.RouteTable(id, main, subnets, List.of(), List.of()));
    }

    private static Resource instance(String id, String vpcId, String subnet, String region)
    {
        return new Resource("arn:aws:ec2:" + region + ":" + ACCOUNT + ":instance/" + id, ResourceType.EC2_INSTANCE, ACCOUNT, region, id, Map.of(),
                new NetworkPlacement(vpcId, List.of(subnet), List.of(), List.of(), List.of(), List.of()),
                new ResourceDetails.Ec2Instance(id, "t3.micro", "running", "Linux/UNIX", null, null, "x86_64", "ami-1", null, List.of(), List.of(), 8, "required", List.of()));
    }
}
