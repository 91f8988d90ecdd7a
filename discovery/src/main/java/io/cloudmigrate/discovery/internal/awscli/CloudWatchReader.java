package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.Utilization;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Utilisation summaries from {@code cloudwatch-get-metric-data/<resource-arn>}: one result per
 * metric, labelled with the CloudWatch metric name, with daily data points ({@code Period} 86400).
 * The window is the number of days from the first data point to the last, counting both, since each
 * point stands for a whole day.
 */
final class CloudWatchReader
{
    private static final String OPERATION = "cloudwatch-get-metric-data";
    private static final DateTimeFormatter COMPACT_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSSSSS][.SSS]XX");

    private CloudWatchReader() {}

    static void read(RegionContext context)
    {
        for (RegionFiles.ResourceFile file : context.files().resourceFiles(OPERATION)) {
            if (file.identifier().startsWith("arn:" + context.scope().partition() + ":s3:::")) {
                // bucket storage metrics are sizes, not utilisation: S3Reader reads them
                continue;
            }
            Optional<String> resourceId = resourceId(context, file.identifier());
            if (resourceId.isEmpty()) {
                context.dangling("cloudwatch", file.relativePath(), "resource " + file.identifier(), "the estate");
                continue;
            }
            Map<MetricName, List<Double>> values = new EnumMap<>(MetricName.class);
            List<Instant> timestamps = new ArrayList<>();
            for (JsonNode result : context.items(file.content(), file.relativePath(), "MetricDataResults")) {
                String label = Json.text(result, "Label") != null ? Json.text(result, "Label") : Json.text(result, "Id");
                Optional<MetricName> metric = metric(label);
                if (metric.isEmpty()) {
                    context.warn("cloudwatch", Warnings.UNKNOWN_METRIC, file.relativePath(),
                            file.relativePath() + ": metric " + label + " is not one CloudMigrate summarises; label results with the CloudWatch metric name");
                    continue;
                }
                List<Double> metricValues = values.computeIfAbsent(metric.get(), name -> new ArrayList<>());
                Json.array(result, "Values").stream().filter(JsonNode::isNumber).forEach(value -> metricValues.add(value.asDouble()));
                Json.strings(result, "Timestamps").forEach(text -> parse(text).ifPresent(timestamps::add));
            }
            List<MetricSummary> summaries = new ArrayList<>();
            values.forEach((metric, series) -> {
                if (!series.isEmpty()) {
                    summaries.add(summarise(metric, series));
                }
            });
            context.estate().add(new Utilization(resourceId.get(), windowDays(timestamps), summaries));
        }
    }

    /** Average, 95th percentile by nearest rank, and maximum. */
    static MetricSummary summarise(MetricName metric, List<Double> series)
    {
        List<Double> sorted = series.stream().sorted().toList();
        double sum = 0;
        for (double value : series) {
            sum += value;
        }
        int rank = (int) Math.ceil(0.95 * sorted.size());
        return new MetricSummary(metric, sum / sorted.size(), sorted.get(Math.max(rank, 1) - 1), sorted.getLast(), sorted.size());
    }

    private static int windowDays(List<Instant> timestamps)
    {
        if (timestamps.isEmpty()) {
            return 0;
        }
        Instant first = timestamps.stream().min(Instant::compareTo).orElseThrow();
        Instant last = timestamps.stream().max(Instant::compareTo).orElseThrow();
        return (int) Duration.between(first, last).toDays() + 1;
    }

    /** The file is named after the resource ARN, perhaps with {@code .json} added. */
    private static Optional<String> resourceId(RegionContext context, String identifier)
    {
        if (context.estate().contains(identifier)) {
            return Optional.of(identifier);
        }
        String withoutEnding = RegionFiles.withoutJsonEnding(identifier);
        return context.estate().contains(withoutEnding) ? Optional.of(withoutEnding) : Optional.empty();
    }

    private static Optional<MetricName> metric(String label)
    {
        for (MetricName metric : MetricName.values()) {
            if (metric.cloudWatchName().equals(label)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }

    /** AWS CLI v2 writes {@code +00:00}, v1 and some SDKs {@code Z} or {@code +0000}. */
    static Optional<Instant> parse(String timestamp)
    {
        try {
            return Optional.of(OffsetDateTime.parse(timestamp).toInstant());
        }
        catch (DateTimeParseException e) {
            try {
                return Optional.of(OffsetDateTime.parse(timestamp, COMPACT_OFFSET).toInstant());
            }
            catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
    }
}
