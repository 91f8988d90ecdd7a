package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.scoring.PurchaseOption;
import io.cloudmigrate.scoring.ScoringErrorCode;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.savingsplans.SavingsplansClient;
import software.amazon.awssdk.services.savingsplans.model.DescribeSavingsPlansOfferingRatesRequest;
import software.amazon.awssdk.services.savingsplans.model.DescribeSavingsPlansOfferingRatesResponse;
import software.amazon.awssdk.services.savingsplans.model.SavingsPlanOfferingRate;
import software.amazon.awssdk.services.savingsplans.model.SavingsPlanOfferingRateFilterElement;
import software.amazon.awssdk.services.savingsplans.model.SavingsPlanProductType;
import software.amazon.awssdk.services.savingsplans.model.SavingsPlanRateFilterAttribute;
import software.amazon.awssdk.services.savingsplans.model.SavingsPlanType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compute Savings Plans rates ({@code savingsplans:DescribeSavingsPlansOfferingRates}) for EC2 instance hours,
 * asked with the same region, instance type, operating system and shared tenancy as the on-demand
 * price they stand beside, and for Fargate vCPU and memory hours and Lambda GB-seconds, asked by product,
 * service code and region and matched on the on-demand product's usage type and unit. A rate is the effective hourly price of the instance under a plan of one
 * term and payment option; options the answer does not name exactly once are left out, never guessed.
 * Answers are cached like Price List answers, under the service code {@value #SERVICE}, each rate in the shape the API sent.
 */
final class SavingsPlansRates
{
    static final String SERVICE = "SavingsPlans";
    private static final long ONE_YEAR_SECONDS = 31_536_000;
    private static final long THREE_YEARS_SECONDS = 94_608_000;
    private static final Map<String, String> PRODUCT_DESCRIPTIONS = Map.of(
            "linux", "Linux/UNIX", "windows", "Windows", "rhel", "Red Hat Enterprise Linux", "suse", "SUSE Linux");
    // The EC2 operation of each operating system's instance hours: Windows with its licence, not bring-your-own.
    private static final Map<String, String> OPERATIONS = Map.of(
            "linux", "RunInstances", "windows", "RunInstances:0002", "rhel", "RunInstances:0010", "suse", "RunInstances:000g");

    /**
     * The dimensions priced per unit of use that a Compute Savings Plan covers, each as the plan's product, service
     * code, unit and usage type (without its region prefix) name it: the same usage types as the on-demand products
     * of {@link ServiceQuestions}. Lambda requests are not covered by a plan.
     */
    private static final Map<String, Usage> USAGE = Map.of(
            "fargate.vcpu-hour.x86_64", new Usage(SavingsPlanProductType.FARGATE, "AmazonECS", "Hrs", "Fargate-vCPU-Hours:perCPU"),
            "fargate.gb-hour.x86_64", new Usage(SavingsPlanProductType.FARGATE, "AmazonECS", "Hrs", "Fargate-GB-Hours"),
            "lambda.gb-second.x86_64", new Usage(SavingsPlanProductType.LAMBDA, "AWSLambda", "Lambda-GB-Second", "Lambda-GB-Second"),
            "lambda.gb-second.arm64", new Usage(SavingsPlanProductType.LAMBDA, "AWSLambda", "Lambda-GB-Second", "Lambda-GB-Second-ARM"));

    private record Usage(SavingsPlanProductType product, String serviceCode, String unit, String usageType) {}

    private SavingsPlansRates() {}

    /**
     * The question for an EC2 instance-hours dimension ({@code ec2.<system>.<type>}), Fargate vCPU or memory hours, or
     * Lambda GB-seconds; empty for any other dimension.
     */
    static Optional<PriceListQuery> query(String region, String dimension)
    {
        Usage usage = USAGE.get(dimension);
        if (usage != null) {
            return Optional.of(new PriceListQuery(SERVICE, new TreeMap<>(Map.of(
                    "region", region,
                    "product", usage.product().toString(),
                    "serviceCode", usage.serviceCode(),
                    "unit", usage.unit(),
                    "usageType", usage.usageType()))));
        }
        String[] parts = dimension.split("\\.", 3);
        if (parts.length != 3 || !parts[0].equals("ec2") || !PRODUCT_DESCRIPTIONS.containsKey(parts[1])) {
            return Optional.empty();
        }
        TreeMap<String, String> filters = new TreeMap<>(Map.of(
                "region", region,
                "instanceType", parts[2],
                "productDescription", PRODUCT_DESCRIPTIONS.get(parts[1]),
                "tenancy", "shared",
                "operation", OPERATIONS.get(parts[1])));
        return Optional.of(new PriceListQuery(SERVICE, filters));
    }

    /** Every Compute Savings Plans rate matching the question, each as a JSON object in a string. */
    static List<String> fetch(SavingsplansClient client, PriceListQuery query)
    {
        DescribeSavingsPlansOfferingRatesRequest.Builder request = DescribeSavingsPlansOfferingRatesRequest.builder()
                .savingsPlanTypes(SavingsPlanType.COMPUTE)
                .maxResults(1000);
        if (query.filters().containsKey("usageType")) {
            // The usage type carries a region prefix that differs by region (USE1-, EUW2- …): the answer is filtered on it instead.
            request.products(SavingsPlanProductType.fromValue(query.filters().get("product")))
                    .serviceCodesWithStrings(query.filters().get("serviceCode"))
                    .filters(filter(SavingsPlanRateFilterAttribute.REGION, query.filters().get("region")));
        }
        else {
            request.products(SavingsPlanProductType.EC2)
                    .operations(query.filters().get("operation"))
                    .filters(filter(SavingsPlanRateFilterAttribute.REGION, query.filters().get("region")),
                            filter(SavingsPlanRateFilterAttribute.INSTANCE_TYPE, query.filters().get("instanceType")),
                            filter(SavingsPlanRateFilterAttribute.PRODUCT_DESCRIPTION, query.filters().get("productDescription")),
                            filter(SavingsPlanRateFilterAttribute.TENANCY, query.filters().get("tenancy")));
        }
        List<String> rates = new ArrayList<>();
        String nextToken = null;
        try {
            do {
                DescribeSavingsPlansOfferingRatesResponse response = client.describeSavingsPlansOfferingRates(request.nextToken(nextToken).build());
                response.searchResults().forEach(rate -> rates.add(json(rate)));
                nextToken = response.nextToken();
            }
            while (nextToken != null && !nextToken.isEmpty());
        }
        catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            String hint = "AccessDeniedException".equals(code)
                    ? "; grant savingsplans:DescribeSavingsPlansOfferingRates (see cloudmigrate iam-policy) or use --prices snapshot"
                    : "; try again later, or use --prices snapshot";
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_UNAVAILABLE,
                    "the AWS Savings Plans API refused DescribeSavingsPlansOfferingRates " + query.describe() + ": " + code + " (HTTP " + e.statusCode() + ")" + hint, e);
        }
        catch (SdkException e) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_UNAVAILABLE,
                    "the AWS Savings Plans API could not answer DescribeSavingsPlansOfferingRates " + query.describe() + ": " + e.getMessage()
                            + "; check the network, or use --prices snapshot", e);
        }
        return List.copyOf(rates);
    }

    /**
     * The plans an answer offers for the question's instance hours: one per term and payment option
     * that the answer names with exactly one USD hourly rate for exactly this product.
     */
    static List<PurchaseOption> options(PriceListQuery query, List<String> rates)
    {
        Map<String, TreeSet<Double>> byOption = new TreeMap<>();
        for (String text : rates) {
            JsonNode rate = read(text, query);
            JsonNode offering = rate.path("savingsPlanOffering");
            boolean same = offering.path("planType").asText().equals("Compute")
                    && offering.path("currency").asText().equals("USD")
                    && property(rate, "region").equals(query.filters().get("region"))
                    && (query.filters().containsKey("usageType") ? sameUsage(rate, query) : sameInstance(rate, query));
            long seconds = offering.path("durationSeconds").asLong();
            String term = seconds == ONE_YEAR_SECONDS ? "1yr" : seconds == THREE_YEARS_SECONDS ? "3yr" : "";
            if (same && !term.isEmpty() && rate.path("rate").isTextual()) {
                try {
                    byOption.computeIfAbsent(term + "|" + offering.path("paymentOption").asText(), key -> new TreeSet<>())
                            .add(Double.parseDouble(rate.path("rate").asText()));
                }
                catch (NumberFormatException e) {
                    throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_MALFORMED,
                            "DescribeSavingsPlansOfferingRates " + query.describe() + ": a rate is not a USD amount: '" + rate.path("rate").asText() + "'", e);
                }
            }
        }
        List<PurchaseOption> options = new ArrayList<>();
        byOption.forEach((key, values) -> {
            if (values.size() == 1) {
                String[] parts = key.split("\\|", 2);
                options.add(PurchaseOption.computeSavingsPlan(parts[0], parts[1], values.first()));
            }
        });
        return List.copyOf(options);
    }

    private static boolean sameInstance(JsonNode rate, PriceListQuery query)
    {
        return rate.path("unit").asText().equals("Hrs")
                && rate.path("operation").asText().equals(query.filters().get("operation"))
                && rate.path("usageType").asText().contains("BoxUsage:")
                && property(rate, "instanceType").equals(query.filters().get("instanceType"))
                && property(rate, "productDescription").equals(query.filters().get("productDescription"))
                && property(rate, "tenancy").equalsIgnoreCase(query.filters().get("tenancy"));
    }

    /** The usage type exactly, once its region prefix is gone: {@code Fargate-GB-Hours} is not {@code Fargate-ARM-GB-Hours} or a Spot usage. */
    private static boolean sameUsage(JsonNode rate, PriceListQuery query)
    {
        return rate.path("unit").asText().equals(query.filters().get("unit"))
                && rate.path("productType").asText().equals(query.filters().get("product"))
                && rate.path("serviceCode").asText().equals(query.filters().get("serviceCode"))
                && PriceListQuestions.withoutRegionPrefix(rate.path("usageType").asText()).equals(query.filters().get("usageType"));
    }

    private static SavingsPlanOfferingRateFilterElement filter(SavingsPlanRateFilterAttribute name, String value)
    {
        return SavingsPlanOfferingRateFilterElement.builder().name(name).values(value).build();
    }

    /** A rate in the shape the API sends it, so that the cache holds the answer as it came. */
    private static String json(SavingsPlanOfferingRate rate)
    {
        ObjectNode node = JsonDocuments.mapper().createObjectNode();
        if (rate.savingsPlanOffering() != null) {
            ObjectNode offering = node.putObject("savingsPlanOffering");
            offering.put("offeringId", rate.savingsPlanOffering().offeringId());
            offering.put("paymentOption", rate.savingsPlanOffering().paymentOptionAsString());
            offering.put("planType", rate.savingsPlanOffering().planTypeAsString());
            offering.put("durationSeconds", rate.savingsPlanOffering().durationSeconds());
            offering.put("currency", rate.savingsPlanOffering().currencyAsString());
            offering.put("planDescription", rate.savingsPlanOffering().planDescription());
        }
        node.put("rate", rate.rate());
        node.put("unit", rate.unitAsString());
        node.put("productType", rate.productTypeAsString());
        node.put("serviceCode", rate.serviceCodeAsString());
        node.put("usageType", rate.usageType());
        node.put("operation", rate.operation());
        ArrayNode properties = node.putArray("properties");
        rate.properties().forEach(property -> properties.addObject().put("name", property.name()).put("value", property.value()));
        return node.toString();
    }

    private static String property(JsonNode rate, String name)
    {
        for (JsonNode property : rate.path("properties")) {
            if (property.path("name").asText().equals(name)) {
                return property.path("value").asText();
            }
        }
        return "";
    }

    private static JsonNode read(String text, PriceListQuery query)
    {
        try {
            return JsonDocuments.mapper().readTree(text);
        }
        catch (IOException e) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_MALFORMED, "DescribeSavingsPlansOfferingRates " + query.describe() + ": a rate is not JSON", e);
        }
    }
}
