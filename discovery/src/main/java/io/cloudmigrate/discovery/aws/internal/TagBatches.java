package io.cloudmigrate.discovery.aws.internal;

import software.amazon.awssdk.core.exception.SdkException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * Sends a tag call that takes several resources at once ({@code DescribeTags} of the load
 * balancers: at most 20) in batches of the API's size. A whole batch fails when one of its resources
 * was deleted after it was listed; that batch is then asked again one resource at a time, so that the
 * others still get their tags and the deleted one is left out. Any other failure escapes.
 */
public final class TagBatches
{
    private TagBatches() {}

    /**
     * @param call one API call for a batch of identifiers, returning the tag descriptions it answered
     * @param vanished whether a failure says a resource of the batch does not exist (any more)
     */
    public static <T> List<T> describe(List<String> identifiers, int batchSize, Function<List<String>, List<T>> call, Predicate<SdkException> vanished)
    {
        requireNonNull(identifiers, "identifiers is null");
        requireNonNull(call, "call is null");
        requireNonNull(vanished, "vanished is null");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        List<T> descriptions = new ArrayList<>();
        for (int first = 0; first < identifiers.size(); first += batchSize) {
            List<String> batch = List.copyOf(identifiers.subList(first, Math.min(identifiers.size(), first + batchSize)));
            try {
                descriptions.addAll(call.apply(batch));
            }
            catch (SdkException e) {
                if (!vanished.test(e)) {
                    throw e;
                }
                if (batch.size() > 1) {
                    batch.forEach(identifier -> descriptions.addAll(alone(identifier, call, vanished)));
                }
            }
        }
        return List.copyOf(descriptions);
    }

    private static <T> List<T> alone(String identifier, Function<List<String>, List<T>> call, Predicate<SdkException> vanished)
    {
        try {
            return call.apply(List.of(identifier));
        }
        catch (SdkException e) {
            if (!vanished.test(e)) {
                throw e;
            }
            return List.of();
        }
    }
}
