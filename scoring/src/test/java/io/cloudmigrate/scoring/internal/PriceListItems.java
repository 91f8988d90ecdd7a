package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.JsonDocuments;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Price list items in the shape {@code GetProducts} sends them (the shape of the fixture
 * {@code get-products-ec2-m5.large.json}): {@code product} with {@code productFamily}, {@code attributes}
 * and {@code sku}, {@code serviceCode}, {@code terms.OnDemand.<sku>.<offer term code>.priceDimensions}
 * with one dimension per tier, {@code version} and {@code publicationDate}. The rates are the published
 * us-east-1 list prices of the AWS pricing pages.
 */
final class PriceListItems
{
    static final String PUBLISHED = "2025-11-14T19:52:48Z";
    // The on-demand offer term code every price list item uses.
    private static final String ON_DEMAND = "JRTCKXETXF";

    /** One tier of a rate: from {@code beginRange} units on, {@code usd} per unit. */
    record Tier(String beginRange, String endRange, String usd) {}

    private PriceListItems() {}

    /** An item with one untiered on-demand rate. */
    static String item(String serviceCode, String sku, String productFamily, Map<String, String> attributes, String unit, String usd)
    {
        return item(serviceCode, sku, productFamily, attributes, unit, List.of(new Tier("0", "Inf", usd)));
    }

    static String item(String serviceCode, String sku, String productFamily, Map<String, String> attributes, String unit, List<Tier> tiers)
    {
        ObjectNode item = JsonDocuments.mapper().createObjectNode();
        ObjectNode product = item.putObject("product");
        if (productFamily != null) {
            product.put("productFamily", productFamily);
        }
        ObjectNode attributeNode = product.putObject("attributes");
        Map<String, String> all = new TreeMap<>(attributes);
        all.put("servicecode", serviceCode);
        all.putIfAbsent("location", "US East (N. Virginia)");
        all.putIfAbsent("locationType", "AWS Region");
        if (!all.containsKey("fromRegionCode")) {
            // Data transfer products name both ends instead of one region.
            all.putIfAbsent("regionCode", "us-east-1");
        }
        all.forEach(attributeNode::put);
        product.put("sku", sku);
        item.put("serviceCode", serviceCode);
        ObjectNode term = item.putObject("terms").putObject("OnDemand").putObject(sku + "." + ON_DEMAND);
        ObjectNode dimensions = term.putObject("priceDimensions");
        int index = 0;
        for (Tier tier : tiers) {
            String rateCode = sku + "." + ON_DEMAND + ".6YS6EN2CT" + index++;
            ObjectNode dimension = dimensions.putObject(rateCode);
            dimension.put("unit", unit);
            dimension.put("endRange", tier.endRange());
            dimension.put("description", "$" + tier.usd() + " per " + unit + " from " + tier.beginRange());
            dimension.putArray("appliesTo");
            dimension.put("rateCode", rateCode);
            dimension.put("beginRange", tier.beginRange());
            dimension.putObject("pricePerUnit").put("USD", tier.usd());
        }
        term.put("sku", sku);
        term.put("effectiveDate", "2025-11-01T00:00:00Z");
        term.put("offerTermCode", ON_DEMAND);
        term.putObject("termAttributes");
        item.put("version", "20251114195248");
        item.put("publicationDate", PUBLISHED);
        return item.toString();
    }
}
