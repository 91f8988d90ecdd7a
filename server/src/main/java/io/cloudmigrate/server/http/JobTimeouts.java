package io.cloudmigrate.server.http;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * How long a job of each kind may run before it fails with a timeout; a kind not named has the
 * fallback. Kinds are named in lower case as {@code serve --job-timeout} takes them ({@code import},
 * {@code assess}, {@code generate}, …).
 *
 * @param byKind the limits of the kinds that have their own
 * @param fallback the limit of every other kind
 */
public record JobTimeouts(SortedMap<String, Duration> byKind, Duration fallback)
{
    public static final Duration FALLBACK_DEFAULT = Duration.ofHours(2);
    public static final JobTimeouts DEFAULTS = new JobTimeouts(new TreeMap<>(Map.of("import", Duration.ofMinutes(30), "assess", Duration.ofHours(1),
            "generate", Duration.ofMinutes(30))), FALLBACK_DEFAULT);
    private static final Pattern SHORT = Pattern.compile("^(\\d{1,9})(ms|s|m|h)$");

    public JobTimeouts
    {
        byKind = new TreeMap<>(requireNonNull(byKind, "byKind is null"));
        requireNonNull(fallback, "fallback is null");
        for (Map.Entry<String, Duration> limit : byKind.entrySet()) {
            requirePositive(limit.getKey(), limit.getValue());
        }
        requirePositive("fallback", fallback);
    }

    /** The limit of a job kind, named as the enum names it or in lower case. */
    public Duration of(String kind)
    {
        return byKind.getOrDefault(kind.toLowerCase(Locale.ROOT), fallback);
    }

    /** These limits with one kind's replaced. */
    public JobTimeouts with(String kind, Duration limit)
    {
        SortedMap<String, Duration> limits = new TreeMap<>(byKind);
        limits.put(kind.toLowerCase(Locale.ROOT), limit);
        return new JobTimeouts(limits, fallback);
    }

    /**
     * Reads {@code KIND=DURATION} as {@code --job-timeout} takes it: the duration as {@code 90s},
     * {@code 30m}, {@code 2h}, {@code 500ms} or ISO-8601 ({@code PT45M}).
     *
     * @throws IllegalArgumentException naming the text when it is neither
     */
    public JobTimeouts with(String setting)
    {
        int separator = setting.indexOf('=');
        if (separator < 1) {
            throw new IllegalArgumentException("'" + setting + "' is not KIND=DURATION, e.g. generate=30m");
        }
        return with(setting.substring(0, separator).strip(), duration(setting.substring(separator + 1).strip()));
    }

    static Duration duration(String text)
    {
        Matcher matcher = SHORT.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        try {
            return Duration.parse(text);
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a duration such as 90s, 30m, 2h or PT45M");
        }
    }

    private static void requirePositive(String kind, Duration limit)
    {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit of " + kind + " jobs must be positive, found " + limit);
        }
    }
}
