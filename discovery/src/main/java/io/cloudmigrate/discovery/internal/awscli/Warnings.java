package io.cloudmigrate.discovery.internal.awscli;

import io.cloudmigrate.discovery.InventoryWarning;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

/**
 * Collects the warnings of one import. They come out sorted, so that their order does not depend on
 * the order the readers happened to run in.
 */
final class Warnings
{
    static final String MALFORMED_FILE = "MalformedFile";
    static final String SKIPPED_FILE = "SkippedFile";
    static final String DANGLING_REFERENCE = "DanglingReference";
    static final String UNEXPECTED_SHAPE = "UnexpectedShape";
    static final String UNKNOWN_ACCOUNT = "UnknownAccount";
    static final String DUPLICATE_RESOURCE = "DuplicateResource";
    static final String UNKNOWN_METRIC = "UnknownMetric";
    static final String INVALID_ESTATE_FILE = "InvalidEstateFile";
    static final String INVALID_VALUE = "InvalidValue";
    static final String NORMALISED_VALUE = "NormalisedValue";
    static final String MISSING_IDENTIFIER = "MissingIdentifier";
    static final String MISSING_FILE = "MissingFile";

    private static final Comparator<String> TEXT_ORDER = nullsFirst(naturalOrder());
    private static final Comparator<InventoryWarning> ORDER = Comparator
            .comparing(InventoryWarning::accountId, TEXT_ORDER)
            .thenComparing(InventoryWarning::region, TEXT_ORDER)
            .thenComparing(InventoryWarning::service, TEXT_ORDER)
            .thenComparing(InventoryWarning::code, TEXT_ORDER)
            .thenComparing(InventoryWarning::input, TEXT_ORDER)
            .thenComparing(InventoryWarning::message, TEXT_ORDER);

    private final Set<InventoryWarning> warnings = new LinkedHashSet<>();

    void add(String accountId, String region, String service, String code, String input, String message)
    {
        warnings.add(new InventoryWarning(accountId, region, service, code, input, message));
    }

    void add(RegionScope scope, String service, String code, String input, String message)
    {
        add(scope.accountId(), scope.region(), service, code, input, message);
    }

    List<InventoryWarning> sorted()
    {
        return warnings.stream().sorted(ORDER).toList();
    }
}
