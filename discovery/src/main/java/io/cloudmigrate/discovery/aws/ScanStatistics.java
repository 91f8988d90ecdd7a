package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.ResourceType;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * How a scan went.
 *
 * @param callsByOperation API calls by {@code Service:Operation}, sorted
 * @param throttles failed attempts the services reported as throttling; the adaptive retries backed off and retried them
 */
public record ScanStatistics(Duration duration, long apiCalls, long throttles, Map<String, Long> callsByOperation, Map<ResourceType, Long> resourcesByType)
{
    public ScanStatistics
    {
        requireNonNull(duration, "duration is null");
        callsByOperation = Collections.unmodifiableMap(new TreeMap<>(requireNonNull(callsByOperation, "callsByOperation is null")));
        Map<ResourceType, Long> byType = new EnumMap<>(ResourceType.class);
        byType.putAll(requireNonNull(resourcesByType, "resourcesByType is null"));
        resourcesByType = Collections.unmodifiableMap(byType);
    }
}
