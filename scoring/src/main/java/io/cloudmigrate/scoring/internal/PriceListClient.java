package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.scoring.ScoringErrorCode;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;
import software.amazon.awssdk.services.pricing.model.GetProductsRequest;
import software.amazon.awssdk.services.pricing.model.GetProductsResponse;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Asks the AWS Price List Query API ({@code pricing:GetProducts}) one question and reads every page of
 * the answer. Throttling is retried by the SDK's retry strategy; what still fails becomes a
 * {@link CloudMigrateException} naming the question.
 */
final class PriceListClient
{
    /** The largest page the API serves. */
    static final int PAGE_SIZE = 100;

    private final PricingClient pricing;

    PriceListClient(PricingClient pricing)
    {
        this.pricing = requireNonNull(pricing, "pricing is null");
    }

    /** Every product matching the query, as the API sends them (JSON documents), each checked to parse. */
    List<String> products(PriceListQuery query)
    {
        requireNonNull(query, "query is null");
        GetProductsRequest request = GetProductsRequest.builder()
                .serviceCode(query.serviceCode())
                .formatVersion("aws_v1")
                .maxResults(PAGE_SIZE)
                .filters(query.filters().entrySet().stream()
                        .map(entry -> Filter.builder().type(FilterType.TERM_MATCH).field(entry.getKey()).value(entry.getValue()).build())
                        .toList())
                .build();
        List<String> items = new ArrayList<>();
        int page = 0;
        try {
            for (GetProductsResponse response : pricing.getProductsPaginator(request)) {
                page++;
                String origin = "GetProducts " + query.describe() + " page " + page;
                for (String item : response.priceList()) {
                    PriceListItem.parse(item, origin);
                    items.add(item);
                }
            }
        }
        catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            String hint = "AccessDeniedException".equals(code)
                    ? "; grant pricing:GetProducts (see cloudmigrate iam-policy) or use --prices snapshot"
                    : "; try again later, or use --prices snapshot";
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_UNAVAILABLE,
                    "the AWS Price List API refused GetProducts " + query.describe() + ": " + code + " (HTTP " + e.statusCode() + ") " + message + hint, e);
        }
        catch (SdkException e) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_UNAVAILABLE,
                    "the AWS Price List API could not answer GetProducts " + query.describe() + ": " + e.getMessage() + "; check the network, or use --prices snapshot", e);
        }
        return List.copyOf(items);
    }
}
