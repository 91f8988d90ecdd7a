package io.cloudmigrate.server.http.internal.storage;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The traffic of an estate as the API shows it: what was read, what was malformed (counted, the
 * first lines quoted), and what each source gave.
 *
 * @param malformedSamples the first malformed records as {@code source:line: reason}
 * @param sources what each upload or flow log read from AWS gave, in the order given; empty for
 *         traffic that came with an import
 * @param warnings sources that do not look like flow logs, and flow logs that could not be read from AWS
 */
public record TrafficSummary(
        String estateId,
        long records,
        long malformed,
        List<String> malformedSamples,
        int edgeCount,
        List<Source> sources,
        List<String> warnings)
{
    public TrafficSummary
    {
        requireNonNull(estateId, "estateId is null");
        malformedSamples = List.copyOf(malformedSamples);
        sources = List.copyOf(sources);
        warnings = List.copyOf(warnings);
    }

    /** One source: an upload, or a flow log read from AWS. */
    public record Source(String name, long records, long malformed) {}

    TrafficSummary withEstateId(String id)
    {
        return new TrafficSummary(id, records, malformed, malformedSamples, edgeCount, sources, warnings);
    }
}
