package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.Strategy;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Which recommendations a page shows; an empty field does not filter.
 *
 * @param strategy the effective strategy: the override's where one exists
 * @param tags tags the resource must all carry, each with the given value
 */
public record RecommendationFilter(
        Optional<ResourceType> type,
        Optional<Strategy> strategy,
        Optional<Integer> wave,
        Optional<RiskLevel> riskLevel,
        Optional<String> accountId,
        Optional<String> region,
        List<Tag> tags)
{
    public static final RecommendationFilter NONE = new RecommendationFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), List.of());

    public RecommendationFilter
    {
        requireNonNull(type, "type is null");
        requireNonNull(strategy, "strategy is null");
        requireNonNull(wave, "wave is null");
        requireNonNull(riskLevel, "riskLevel is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(region, "region is null");
        tags = List.copyOf(requireNonNull(tags, "tags is null"));
    }

    /** A tag the resource must carry: {@code key=value} in a query. */
    public record Tag(String key, String value)
    {
        public Tag
        {
            requireNonNull(key, "key is null");
            requireNonNull(value, "value is null");
        }
    }
}
