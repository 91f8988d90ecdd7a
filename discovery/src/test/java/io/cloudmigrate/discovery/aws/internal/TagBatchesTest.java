package io.cloudmigrate.discovery.aws.internal;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ElasticLoadBalancingV2Exception;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerNotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A hand-written DescribeTags: it answers "tags of X" for each name it is asked about, and fails the whole call when one is gone. */
class TagBatchesTest
{
    private static final Predicate<SdkException> NOT_FOUND = failure -> failure instanceof LoadBalancerNotFoundException;

    private final List<List<String>> calls = new ArrayList<>();

    private Function<List<String>, List<String>> describeTags(List<String> deleted)
    {
        return names -> {
            calls.add(names);
            if (names.stream().anyMatch(deleted::contains)) {
                throw LoadBalancerNotFoundException.builder().message("One or more load balancers not found").build();
            }
            return names.stream().map(name -> "tags of " + name).toList();
        };
    }

    @Test
    void asksInBatchesOfTheGivenSizeAndKeepsTheOrder()
    {
        List<String> names = IntStream.range(0, 45).mapToObj(index -> "lb-" + index).toList();

        List<String> tags = TagBatches.describe(names, 20, describeTags(List.of()), NOT_FOUND);

        assertThat(calls).extracting(List::size).containsExactly(20, 20, 5);
        assertThat(tags).hasSize(45).startsWith("tags of lb-0", "tags of lb-1").endsWith("tags of lb-44");
    }

    @Test
    void asksABatchThatNamesADeletedResourceAgainOneByOne()
    {
        List<String> names = IntStream.range(0, 25).mapToObj(index -> "lb-" + index).toList();

        List<String> tags = TagBatches.describe(names, 20, describeTags(List.of("lb-3")), NOT_FOUND);

        // the failed batch of 20, then 20 single calls, then the second batch of 5
        assertThat(calls).hasSize(22);
        assertThat(tags).hasSize(24).doesNotContain("tags of lb-3").contains("tags of lb-2", "tags of lb-4", "tags of lb-24");
    }

    @Test
    void aDeletedResourceAloneInItsBatchIsAskedAboutOnce()
    {
        List<String> tags = TagBatches.describe(List.of("lb-0"), 20, describeTags(List.of("lb-0")), NOT_FOUND);

        assertThat(tags).isEmpty();
        assertThat(calls).containsExactly(List.of("lb-0"));
    }

    @Test
    void anyOtherFailureEscapes()
    {
        Function<List<String>, List<String>> denied = names -> {
            throw ElasticLoadBalancingV2Exception.builder().message("AccessDenied").statusCode(403).build();
        };

        assertThatThrownBy(() -> TagBatches.describe(List.of("lb-0", "lb-1"), 20, denied, NOT_FOUND))
                .isInstanceOf(ElasticLoadBalancingV2Exception.class)
                .hasMessageContaining("AccessDenied");
    }

    @Test
    void nothingToAskMakesNoCall()
    {
        assertThat(TagBatches.describe(List.of(), 20, describeTags(List.of()), NOT_FOUND)).isEmpty();
        assertThat(calls).isEmpty();
    }
}
