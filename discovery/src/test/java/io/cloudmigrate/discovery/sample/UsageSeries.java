package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleCompute.UsageProfile;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Ninety daily values per metric, drawn from a resource's {@link UsageProfile}. Each series has its
 * own {@link SplittableRandom} seeded from the resource and the metric, so it is the same on every
 * run and independent of the order resources are written in. Arrays are oldest day first.
 */
final class UsageSeries
{
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    static final int DAYS = 90;

    private final UsageProfile profile;
    private final String seed;
    private final double[] activity;
    private final double[] jobHours;

    UsageSeries(UsageProfile profile, String seed)
    {
        this.profile = profile;
        this.seed = seed;
        this.activity = activity();
        this.jobHours = jobHours();
    }

    /** The days of the window, oldest first. */
    static List<LocalDate> days()
    {
        return IntStream.range(0, DAYS).mapToObj(index -> LAST_DAY.minusDays(DAYS - 1 - index)).toList();
    }

    double[] cpu()
    {
        SplittableRandom random = random("cpu");
        return values(day -> switch (profile.kind()) {
            case STEADY, BURSTY -> Math.min(96, Math.max(0.5, profile.level() * activity[day]));
            case IDLE -> 0.3 + random.nextDouble() * 1.2;
            // a run pins the CPUs at 80-95 %; the rest of the day the box only runs its agents
            case BATCH -> 0.4 + random.nextDouble() * 0.3 + jobHours[day] / 24 * Math.min(95, Math.max(80, profile.level() + random.nextDouble(-5, 5)));
        });
    }

    double[] memory()
    {
        SplittableRandom random = random("memory");
        return values(day -> switch (profile.kind()) {
            case STEADY -> 35 + profile.level() * 0.6 + random.nextDouble(-2, 2);
            case BURSTY -> 30 + 15 * activity[day] + random.nextDouble(-2, 2);
            case IDLE -> 2.2 + random.nextDouble() * 1.6;
            case BATCH -> 12 + jobHours[day] / 24 * 60 + random.nextDouble(-1, 1);
        });
    }

    /** Bytes per day; the responses a server sends out outweigh the requests coming in. */
    double[] network(boolean inbound)
    {
        SplittableRandom random = random(inbound ? "network-in" : "network-out");
        double bytes = profile.networkGigabytes() * 1e9;
        double share = inbound ? 0.35 : 1.0;
        return values(day -> Math.round(switch (profile.kind()) {
            case STEADY, BURSTY -> bytes * share * activity[day] * random.nextDouble(0.97, 1.03);
            case IDLE -> (inbound ? 1.5e6 : 0.9e6) * random.nextDouble(0.8, 1.4);
            case BATCH -> bytes * share * jobHours[day] / 10 * random.nextDouble(0.95, 1.05) + 2e6;
        }));
    }

    /** Connections (databases, caches) or invocations (functions) per day. */
    double[] volume()
    {
        SplittableRandom random = random("volume");
        return values(day -> Math.round(profile.volume() * activity[day] * random.nextDouble(0.98, 1.02) * 10) / 10.0);
    }

    /** Average duration of a function invocation, in milliseconds. */
    double[] duration()
    {
        SplittableRandom random = random("duration");
        return values(day -> profile.level() * random.nextDouble(0.92, 1.08));
    }

    /** Load relative to a typical day: a weekly rhythm (the shop is busiest at weekends) and slow growth. */
    private double[] activity()
    {
        SplittableRandom random = random("activity");
        List<LocalDate> days = days();
        return values(day -> {
            DayOfWeek weekday = days.get(day).getDayOfWeek();
            boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
            return switch (profile.kind()) {
                case STEADY -> (weekend ? 1.12 : weekday == DayOfWeek.FRIDAY ? 1.05 : 0.96) * (1 + 0.0015 * (day - DAYS / 2.0)) * random.nextDouble(0.95, 1.05);
                case BURSTY -> (random.nextDouble() < 0.14 ? random.nextDouble(2.4, 3.3) : random.nextDouble(0.45, 0.75)) * (weekend ? 0.5 : 1);
                case IDLE, BATCH -> 0;
            };
        });
    }

    /**
     * Hours of batch work per day: under an hour each night, half a day before month end and most
     * of the month-end day itself, when the books are closed.
     */
    private double[] jobHours()
    {
        SplittableRandom random = random("job-hours");
        List<LocalDate> days = days();
        return values(day -> {
            LocalDate date = days.get(day);
            int remaining = date.lengthOfMonth() - date.getDayOfMonth();
            if (profile.kind() != SampleCompute.UsageKind.BATCH) {
                return 0;
            }
            return switch (remaining) {
                case 0 -> random.nextDouble(19, 21);
                case 1 -> random.nextDouble(12, 14);
                default -> random.nextDouble(0.6, 1.0);
            };
        });
    }

    private SplittableRandom random(String metric)
    {
        return new SplittableRandom(SampleIds.hash(seed + "|" + metric));
    }

    private static double[] values(IntToDoubleFunction value)
    {
        double[] values = new double[DAYS];
        for (int day = 0; day < DAYS; day++) {
            values[day] = value.applyAsDouble(day);
        }
        return values;
    }
}
