package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.storage.RecommendationFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * The filters that recommendations, risks and costs share: type, strategy, wave, risk level,
 * account, region and any number of {@code tag=key=value}.
 */
final class Filters
{
    private Filters() {}

    static RecommendationFilter of(Exchange exchange)
    {
        // The contract has checked every value against its enum or pattern.
        return new RecommendationFilter(exchange.query("type").map(ResourceType::valueOf), exchange.query("strategy").map(Strategy::valueOf),
                exchange.queryInteger("wave"), exchange.query("riskLevel").map(RiskLevel::valueOf), exchange.query("account"), exchange.query("region"),
                tags(exchange.queryList("tag")));
    }

    private static List<RecommendationFilter.Tag> tags(List<String> texts)
    {
        List<RecommendationFilter.Tag> tags = new ArrayList<>();
        for (String text : texts) {
            int separator = text.indexOf('=');
            if (separator < 1) {
                throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "tag must be key=value, e.g. tag=Environment=production, found '" + text + "'");
            }
            tags.add(new RecommendationFilter.Tag(text.substring(0, separator), text.substring(separator + 1)));
        }
        return tags;
    }
}
