package io.cloudmigrate.scoring.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * An EC2 instance type split into family and size ({@code m5.xlarge}), also read from RDS and
 * ElastiCache classes ({@code db.m5.xlarge}, {@code cache.m5.xlarge}). The price snapshot carries no
 * vCPU or memory figures, so they are estimated from the name; see {@link #vcpus()} and
 * {@link #memoryGibPerVcpu()}.
 *
 * @param series the letters before the generation digit, e.g. {@code m}, {@code c}, {@code t}
 * @param generation the generation digit(s), e.g. 5
 * @param attributes what follows the generation, e.g. {@code a}, {@code gd}, {@code i-flex}, or empty
 * @param size e.g. {@code large}, {@code 2xlarge}
 */
record InstanceType(String series, int generation, String attributes, String size)
{
    private static final Pattern NAME = Pattern.compile("^(?:db\\.|cache\\.)?([a-z]+)(\\d+)([a-z-]*)\\.([a-z0-9]+)$");
    private static final Pattern MULTIPLE = Pattern.compile("^(\\d+)xlarge$");
    private static final Set<String> BURSTABLE_ONE_VCPU = Set.of("t2.nano", "t2.micro", "t2.small", "t1.micro");
    private static final List<String> PREVIOUS_GENERATION_FAMILIES = List.of("t1", "t2", "m1", "m2", "m3", "m4", "c1", "c3", "c4", "r3", "r4");

    InstanceType
    {
        requireNonNull(series, "series is null");
        requireNonNull(attributes, "attributes is null");
        requireNonNull(size, "size is null");
    }

    static Optional<InstanceType> parse(String name)
    {
        if (name == null) {
            return Optional.empty();
        }
        Matcher matcher = NAME.matcher(name.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new InstanceType(matcher.group(1), Integer.parseInt(matcher.group(2)), matcher.group(3), matcher.group(4)));
    }

    String family()
    {
        return series + generation + attributes;
    }

    /** The EC2 name, e.g. {@code m5.large}. */
    String name()
    {
        return family() + "." + size;
    }

    /** Whether this is an AWS Graviton (arm64) type: a {@code g} attribute, or the first-generation {@code a1}. */
    boolean graviton()
    {
        return attributes.contains("g") || family().equals("a1");
    }

    boolean previousGeneration()
    {
        return PREVIOUS_GENERATION_FAMILIES.contains(family());
    }

    /**
     * vCPUs estimated from the size: {@code large} 2, {@code xlarge} 4, {@code Nxlarge} 4N; {@code medium}
     * 2 for burstable types and 1 otherwise; nano to small 2 for burstable types (1 for t2 and t1).
     */
    int vcpus()
    {
        if (BURSTABLE_ONE_VCPU.contains(name())) {
            return 1;
        }
        return switch (size) {
            case "nano", "micro", "small" -> 2;
            case "medium" -> series.equals("t") ? 2 : 1;
            case "large" -> 2;
            case "xlarge" -> 4;
            default -> {
                Matcher multiple = MULTIPLE.matcher(size);
                yield multiple.matches() ? 4 * Integer.parseInt(multiple.group(1)) : 2;
            }
        };
    }

    /** Memory per vCPU from the series: compute 2 GiB, memory-optimised 8 GiB, others 4 GiB (estimate). */
    double memoryGibPerVcpu()
    {
        return switch (series) {
            case "c" -> 2;
            case "r" -> 8;
            case "x" -> 16;
            default -> 4;
        };
    }

    /**
     * The same size in the current Graviton family of the same series (t → t4g, m/c/r → 7g, with local
     * NVMe kept as 7gd), for x86 types of those series; the caller checks that it is priced.
     */
    Optional<InstanceType> gravitonEquivalent()
    {
        if (graviton()) {
            return Optional.empty();
        }
        return switch (series) {
            case "t" -> Optional.of(new InstanceType("t", 4, "g", size));
            case "m", "c", "r" -> Optional.of(new InstanceType(series, 7, attributes.contains("d") ? "gd" : "g", size));
            default -> Optional.empty();
        };
    }

    /** The type with half the vCPUs in the same family, e.g. 2xlarge → xlarge → large → medium. */
    Optional<InstanceType> half()
    {
        String smaller = switch (size) {
            case "xlarge" -> "large";
            case "large" -> "medium";
            case "medium" -> series.equals("t") ? "small" : null;
            default -> {
                Matcher multiple = MULTIPLE.matcher(size);
                if (!multiple.matches()) {
                    yield null;
                }
                int factor = Integer.parseInt(multiple.group(1));
                yield factor == 2 ? "xlarge" : factor % 2 == 0 ? (factor / 2) + "xlarge" : null;
            }
        };
        return Optional.ofNullable(smaller).map(value -> new InstanceType(series, generation, attributes, value));
    }
}
