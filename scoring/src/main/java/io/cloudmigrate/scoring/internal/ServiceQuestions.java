package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.cloudmigrate.scoring.internal.PriceListQuestions.query;

/**
 * The {@code GetProducts} questions of the services priced per unit of use rather than per instance:
 * load balancers, NAT gateways, public IPv4 addresses, EBS volumes, Lambda, Fargate, S3 storage by class, API Gateway
 * requests and data transfer. Each names the product by its usage type (without the region prefix), since
 * one answer holds several products in the same unit.
 */
final class ServiceQuestions
{
    private ServiceQuestions() {}

    static List<PriceListQuestions.Question> of(Resource resource)
    {
        String region = resource.region();
        List<PriceListQuestions.Question> questions = new ArrayList<>();
        if (resource.network() != null && !resource.network().publicIpAddresses().isEmpty()) {
            // The public IPv4 product has no product family to filter on; the region's VPC products are few.
            questions.add(question(query("AmazonVPC", region, Map.of()), "vpc.public-ipv4.hour", "PublicIPv4:InUseAddress"));
        }
        switch (resource.details()) {
            case ResourceDetails.LoadBalancer balancer -> loadBalancer(region, balancer, questions);
            case ResourceDetails.NatGateway ignored -> {
                PriceListQuery nat = query("AmazonEC2", region, Map.of("productFamily", "NAT Gateway"));
                questions.add(question(nat, "vpc.nat-gateway.hour", "NatGateway-Hours"));
                questions.add(question(nat, "vpc.nat-gateway.gb", "NatGateway-Bytes"));
            }
            case ResourceDetails.LambdaFunction ignored -> lambda(region, questions);
            case ResourceDetails.EcsService ignored -> fargate(region, questions);
            case ResourceDetails.Ec2Instance instance -> {
                questions.addAll(EbsPricing.questions(region, instance.ebsVolumes()));
                // The Refactor target of an instance is Lambda or a Fargate task.
                lambda(region, questions);
                fargate(region, questions);
            }
            case ResourceDetails.S3Bucket bucket -> S3StoragePricing.classes(bucket).forEach(storageClass -> questions.add(question(
                    query(storageClass.serviceCode(), region, storageClass.serviceCode().equals("AmazonS3") ? Map.of("productFamily", "Storage") : Map.of()),
                    storageClass.dimension(), storageClass.usageType())));
            case ResourceDetails.ApiGateway ignored -> {
                PriceListQuery calls = query("AmazonApiGateway", region, Map.of("productFamily", "API Calls"));
                questions.add(question(calls, "apigateway.rest.request", "ApiGatewayRequest"));
                questions.add(question(calls, "apigateway.http.request", "ApiGatewayHttpRequest"));
            }
            case ResourceDetails.RdsDbInstance ignored -> {}
            case ResourceDetails.RdsDbCluster ignored -> {}
            case ResourceDetails.ElastiCacheCluster ignored -> {}
            case ResourceDetails.ElastiCacheReplicationGroup ignored -> {}
            case ResourceDetails.EcsCluster ignored -> {}
            case ResourceDetails.VpcEndpoint ignored -> {}
            case ResourceDetails.Vpc ignored -> {}
            case ResourceDetails.Subnet ignored -> {}
            case ResourceDetails.RouteTable ignored -> {}
            case ResourceDetails.UnattachedVolume volume -> questions.addAll(EbsPricing.questions(region, List.of(volume.asEbsVolume())));
        }
        return List.copyOf(questions);
    }

    /**
     * Data transfer out of each region of the estate: to the internet, between its Availability Zones, and
     * to every other region of the estate. Data transfer questions have no {@code regionCode}; they name both ends.
     */
    static List<PriceListQuestions.Question> dataTransfer(Inventory inventory)
    {
        SortedSet<String> regions = new TreeSet<>();
        inventory.resources().forEach(resource -> regions.add(resource.region()));
        List<PriceListQuestions.Question> questions = new ArrayList<>();
        for (String from : regions) {
            questions.add(new PriceListQuestions.Question(new PriceListQuery("AWSDataTransfer", new TreeMap<>(Map.of(
                    "fromRegionCode", from, "toLocation", "External", "transferType", "AWS Outbound"))), from, "datatransfer.internet-out.gb", "GB", "DataTransfer-Out-Bytes"));
            questions.add(new PriceListQuestions.Question(new PriceListQuery("AWSDataTransfer", new TreeMap<>(Map.of(
                    "fromRegionCode", from, "toRegionCode", from, "transferType", "IntraRegion"))), from, "datatransfer.inter-az.gb", "GB", "DataTransfer-Regional-Bytes"));
            for (String to : regions) {
                if (!to.equals(from)) {
                    questions.add(new PriceListQuestions.Question(new PriceListQuery("AWSDataTransfer", new TreeMap<>(Map.of(
                            "fromRegionCode", from, "toRegionCode", to, "transferType", "InterRegion Outbound"))), from, "datatransfer.inter-region." + to + ".gb", "GB", ""));
                }
            }
        }
        return List.copyOf(questions);
    }

    private static void loadBalancer(String region, ResourceDetails.LoadBalancer balancer, List<PriceListQuestions.Question> questions)
    {
        String kind = balancer.loadBalancerType() == null ? "classic" : balancer.loadBalancerType().toLowerCase(Locale.ROOT);
        switch (kind) {
            case "classic" -> {
                PriceListQuery classic = query("AWSELB", region, Map.of("productFamily", "Load Balancer"));
                questions.add(question(classic, "elb.classic.hour", "LoadBalancerUsage"));
                questions.add(question(classic, "elb.classic.gb", "DataProcessing-Bytes"));
                // A Classic Load Balancer is replatformed to an Application or a Network Load Balancer.
                balancer(region, "application", questions);
                balancer(region, "network", questions);
            }
            case "application", "network", "gateway" -> balancer(region, kind, questions);
            default -> {
                // A type no price list names stays unpriced.
            }
        }
    }

    private static void balancer(String region, String kind, List<PriceListQuestions.Question> questions)
    {
        String family = "Load Balancer-" + kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
        PriceListQuery products = query("AWSELB", region, Map.of("productFamily", family));
        questions.add(question(products, "elb." + kind + ".hour", "LoadBalancerUsage"));
        questions.add(question(products, "elb." + kind + ".lcu-hour", "LCUUsage"));
    }

    private static void lambda(String region, List<PriceListQuestions.Question> questions)
    {
        questions.add(question(query("AWSLambda", region, Map.of("group", "AWS-Lambda-Requests")), "lambda.request", "Request"));
        questions.add(question(query("AWSLambda", region, Map.of("group", "AWS-Lambda-Duration")), "lambda.gb-second.x86_64", "Lambda-GB-Second"));
        questions.add(question(query("AWSLambda", region, Map.of("group", "AWS-Lambda-Duration-ARM")), "lambda.gb-second.arm64", "Lambda-GB-Second-ARM"));
    }

    private static void fargate(String region, List<PriceListQuestions.Question> questions)
    {
        PriceListQuery compute = query("AmazonECS", region, Map.of("productFamily", "Compute"));
        questions.add(question(compute, "fargate.vcpu-hour.x86_64", "Fargate-vCPU-Hours:perCPU"));
        questions.add(question(compute, "fargate.gb-hour.x86_64", "Fargate-GB-Hours"));
    }

    private static PriceListQuestions.Question question(PriceListQuery query, String dimension, String usageType)
    {
        return new PriceListQuestions.Question(query, query.filters().get("regionCode"), dimension, "", usageType);
    }
}
