package io.cloudmigrate.scoring.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SortedMap;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * One {@code GetProducts} question: a service code and exact-match filters on product attributes
 * (e.g. {@code regionCode=eu-west-1}, {@code instanceType=m5.large}, {@code operatingSystem=Linux}).
 */
record PriceListQuery(String serviceCode, SortedMap<String, String> filters)
{
    PriceListQuery
    {
        requireNonNull(serviceCode, "serviceCode is null");
        filters = new TreeMap<>(requireNonNull(filters, "filters is null"));
    }

    /** {@code AmazonEC2 instanceType=m5.large operatingSystem=Linux …}, in attribute order. */
    String describe()
    {
        StringBuilder text = new StringBuilder(serviceCode);
        filters.forEach((field, value) -> text.append(' ').append(field).append('=').append(value));
        return text.toString();
    }

    /** A file name that is the same for the same question on every machine. */
    String cacheKey()
    {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(describe().getBytes(StandardCharsets.UTF_8));
            return serviceCode + "-" + HexFormat.of().formatHex(digest, 0, 12);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
