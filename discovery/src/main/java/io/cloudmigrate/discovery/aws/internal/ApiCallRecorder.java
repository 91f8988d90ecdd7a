package io.cloudmigrate.discovery.aws.internal;

import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the API calls of a scan by service and operation ({@code EC2:DescribeInstances}), and the
 * throttled attempts the retry strategy reports through {@link #isThrottled(Throwable)}. One call is
 * one operation as the caller sees it, however many attempts the retries took.
 */
public final class ApiCallRecorder
        implements ExecutionInterceptor
{
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final LongAdder throttles = new LongAdder();
    /** The retry strategy asks about the same failure more than once; Throwable's identity equality makes each count once. */
    private final Set<Throwable> seen = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes)
    {
        record(attributes);
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes)
    {
        record(attributes);
    }

    private void record(ExecutionAttributes attributes)
    {
        String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        calls.computeIfAbsent(service + ":" + operation, key -> new LongAdder()).increment();
    }

    /**
     * The adaptive retry strategy's throttling test: it sees each failed attempt, which is where
     * throttling shows, so it both decides (as the SDK would) and counts.
     */
    boolean isThrottled(Throwable failure)
    {
        boolean throttled = failure instanceof SdkServiceException serviceException && serviceException.isThrottlingException();
        if (throttled && seen.add(failure)) {
            throttles.increment();
        }
        return throttled;
    }

    /** Calls by {@code Service:Operation}, sorted. */
    public Map<String, Long> callsByOperation()
    {
        Map<String, Long> sorted = new TreeMap<>();
        calls.forEach((operation, count) -> sorted.put(operation, count.sum()));
        return sorted;
    }

    public long calls()
    {
        return calls.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long throttles()
    {
        return throttles.sum();
    }
}
