package io.cloudmigrate.scoring;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The published lifecycle of one product version (an operating system, a database or cache engine, a
 * Lambda runtime, or an application), as listed in the bundled table of {@link LifecycleCatalog}.
 *
 * @param id stable, e.g. {@code windows-server-2012}
 * @param product the product as people name it, e.g. {@code Windows Server 2012/2012 R2}
 * @param patterns case-insensitive regular expressions searched in a subject such as {@code os:…} or {@code rds:postgres 12.15}
 * @param endOfStandardSupport end of mainstream or standard support, or {@code null}
 * @param endOfSupport end of all free vendor support, or {@code null} when the vendor names only one date (both are
 *         {@code null} for a supported version with no end announced, which {@code note} then says)
 * @param paidExtensionEnd end of the paid extension, or {@code null} when there is none
 * @param paidExtension the name of the paid extension (e.g. {@code Extended Security Updates}), or {@code null}
 * @param successor the supported version to move to, e.g. {@code Windows Server 2022}
 * @param sourceName the vendor page in words, e.g. {@code Microsoft lifecycle}
 * @param note a caveat about the dates, or {@code null}
 */
public record LifecycleEntry(
        String id,
        Category category,
        String product,
        List<String> patterns,
        LocalDate endOfStandardSupport,
        LocalDate endOfSupport,
        LocalDate paidExtensionEnd,
        String paidExtension,
        String successor,
        String sourceName,
        String sourceUrl,
        String note)
{
    /** What kind of product an entry describes; decides which rule of docs/7R-RULES.md applies to it. */
    public enum Category
    {
        OPERATING_SYSTEM,
        DATABASE_ENGINE,
        CACHE_ENGINE,
        FUNCTION_RUNTIME,
        APPLICATION
    }

    public LifecycleEntry
    {
        requireNonNull(id, "id is null");
        requireNonNull(category, "category is null");
        requireNonNull(product, "product is null");
        patterns = List.copyOf(requireNonNull(patterns, "patterns is null"));
        requireNonNull(successor, "successor is null");
        requireNonNull(sourceName, "sourceName is null");
        requireNonNull(sourceUrl, "sourceUrl is null");
        if (endOfStandardSupport == null && endOfSupport == null && note == null) {
            throw new IllegalArgumentException(id + ": needs endOfStandardSupport or endOfSupport, or a note saying that none is announced");
        }
    }

    /**
     * The date free vendor support ends: the end of support where the vendor names one, else the end
     * of standard support (RDS and ElastiCache name only that one before their paid Extended Support);
     * {@code null} for a supported version whose vendor has announced no end yet.
     */
    public LocalDate supportEnds()
    {
        return endOfSupport != null ? endOfSupport : endOfStandardSupport;
    }

    /** {@code end of standard support 2028-02-29}, or {@code no end of support announced}. */
    public String supportEndPhrase()
    {
        return supportEnds() == null ? "no end of support announced" : supportEndName() + " " + supportEnds();
    }

    /** How the vendor names {@link #supportEnds()}: {@code end of support} or {@code end of standard support}. */
    public String supportEndName()
    {
        return endOfSupport != null ? "end of support" : "end of standard support";
    }

    /**
     * The status on {@code asOf}: past support when {@code asOf} is on or after {@link #supportEnds()},
     * ending within the horizon when support ends before {@code asOf + horizon}.
     */
    public SupportStatus statusAt(LocalDate asOf, Period horizon)
    {
        requireNonNull(asOf, "asOf is null");
        requireNonNull(horizon, "horizon is null");
        LocalDate ends = supportEnds();
        if (ends == null) {
            return SupportStatus.SUPPORTED;
        }
        if (!asOf.isBefore(ends)) {
            return paidExtensionEnd != null && asOf.isBefore(paidExtensionEnd) ? SupportStatus.PAID_EXTENSION_ONLY : SupportStatus.UNSUPPORTED;
        }
        return ends.isBefore(asOf.plus(horizon)) ? SupportStatus.ENDING_WITHIN_HORIZON : SupportStatus.SUPPORTED;
    }
}
