package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.scoring.PurchaseOption;
import io.cloudmigrate.scoring.ScoringErrorCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * One product of an AWS Price List {@code GetProducts} answer: its attributes, its on-demand rate and
 * its Reserved offers, in USD.
 *
 * @param publicationDate the date the price list was published, {@code yyyy-MM-dd}
 * @param onDemandHourlyUsd the on-demand price per unit of the lowest charged tier (of the first tier when all are free), when the item has one
 * @param onDemandUnit the unit of that price, e.g. {@code Hrs} or {@code GB-Mo}
 */
record PriceListItem(
        String sku,
        String serviceCode,
        SortedMap<String, String> attributes,
        String publicationDate,
        OptionalDouble onDemandHourlyUsd,
        String onDemandUnit,
        List<PurchaseOption> reserved)
{
    PriceListItem
    {
        requireNonNull(sku, "sku is null");
        requireNonNull(serviceCode, "serviceCode is null");
        attributes = new TreeMap<>(requireNonNull(attributes, "attributes is null"));
        requireNonNull(publicationDate, "publicationDate is null");
        requireNonNull(onDemandHourlyUsd, "onDemandHourlyUsd is null");
        requireNonNull(onDemandUnit, "onDemandUnit is null");
        reserved = reserved.stream()
                .sorted(Comparator.comparing(PurchaseOption::leaseContractLength).thenComparing(PurchaseOption::offeringClass).thenComparing(PurchaseOption::purchaseOption))
                .toList();
    }

    /**
     * Parses one element of {@code PriceList}, which the API sends as a JSON document in a string.
     *
     * @param origin names the answer in error messages, e.g. {@code GetProducts AmazonEC2 page 2}
     */
    static PriceListItem parse(String json, String origin)
    {
        JsonNode item;
        try {
            item = JsonDocuments.mapper().readTree(json);
        }
        catch (JsonProcessingException e) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_MALFORMED, origin + ": a PriceList item is not JSON (" + e.getOriginalMessage() + ")", e);
        }
        String sku = text(item, "/product/sku", origin);
        SortedMap<String, String> attributes = new TreeMap<>();
        item.path("product").path("attributes").properties().forEach(entry -> attributes.put(entry.getKey(), entry.getValue().asText()));
        String published = text(item, "/publicationDate", origin);
        OptionalDouble onDemand = OptionalDouble.empty();
        String unit = "";
        double begin = Double.POSITIVE_INFINITY;
        boolean paid = false;
        for (Map.Entry<String, JsonNode> term : item.path("terms").path("OnDemand").properties()) {
            for (Map.Entry<String, JsonNode> dimension : term.getValue().path("priceDimensions").properties()) {
                JsonNode rate = dimension.getValue();
                double usd = usd(rate, sku, origin);
                double rangeStart = beginRange(rate, sku, origin);
                // Tiered prices (S3, Lambda, API Gateway, data transfer) list one dimension per tier: take the
                // lowest tier that is charged, since a free first tier (100 GB of internet egress) is shared by
                // the whole account, not given to each resource.
                boolean better = usd > 0 && !paid || (usd > 0) == paid && rangeStart < begin;
                if (better) {
                    onDemand = OptionalDouble.of(usd);
                    unit = rate.path("unit").asText();
                    begin = rangeStart;
                    paid = usd > 0;
                }
            }
        }
        List<PurchaseOption> reserved = new ArrayList<>();
        for (Map.Entry<String, JsonNode> term : item.path("terms").path("Reserved").properties()) {
            JsonNode attributesOfTerm = term.getValue().path("termAttributes");
            double upfront = 0;
            double hourly = 0;
            for (Map.Entry<String, JsonNode> dimension : term.getValue().path("priceDimensions").properties()) {
                JsonNode rate = dimension.getValue();
                if (rate.path("unit").asText().equals("Quantity")) {
                    upfront += usd(rate, sku, origin);
                }
                else {
                    hourly += usd(rate, sku, origin);
                }
            }
            reserved.add(PurchaseOption.reservedInstance(
                    attributesOfTerm.path("LeaseContractLength").asText(),
                    attributesOfTerm.path("OfferingClass").asText("standard"),
                    attributesOfTerm.path("PurchaseOption").asText(),
                    upfront,
                    hourly));
        }
        return new PriceListItem(sku, item.path("serviceCode").asText(), attributes, published.substring(0, Math.min(10, published.length())), onDemand, unit, reserved);
    }

    /** The cheapest offer over its term, the one a buyer committing for the workload would take. */
    Optional<PurchaseOption> bestReserved()
    {
        return reserved.stream().min(Comparator.comparingDouble(PurchaseOption::effectiveMonthlyUsd).thenComparing(PurchaseOption::describe));
    }

    private static String text(JsonNode item, String pointer, String origin)
    {
        JsonNode value = item.at(pointer);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_MALFORMED, origin + ": a PriceList item has no " + pointer);
        }
        return value.asText();
    }

    private static double beginRange(JsonNode rate, String sku, String origin)
    {
        String begin = rate.path("beginRange").asText("0");
        try {
            return Double.parseDouble(begin);
        }
        catch (NumberFormatException e) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_MALFORMED, origin + ": product " + sku + " has a beginRange that is not a number: '" + begin + "'", e);
        }
    }

    private static double usd(JsonNode rate, String sku, String origin)
    {
        JsonNode usd = rate.path("pricePerUnit").path("USD");
        try {
            return Double.parseDouble(usd.asText());
        }
        catch (NumberFormatException e) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_MALFORMED,
                    origin + ": product " + sku + " has a price that is not a USD amount: '" + usd.asText() + "'", e);
        }
    }
}
