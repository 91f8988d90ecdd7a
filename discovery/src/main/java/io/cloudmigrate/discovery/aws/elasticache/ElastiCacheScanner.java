package io.cloudmigrate.discovery.aws.elasticache;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;

import static java.util.Objects.requireNonNull;

/** Reads {@code DescribeCacheClusters} with node information, and {@code DescribeReplicationGroups}. Pages are as large as each API allows. */
final class ElastiCacheScanner
        implements Scanner
{
    private final ScannerContext context;

    ElastiCacheScanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        ElastiCacheClient elastiCache = context.client(ElastiCacheClient.builder());
        context.document("elasticache-describe-cache-clusters", "CacheClusters",
                elastiCache.describeCacheClustersPaginator(request -> request.maxRecords(100).showCacheNodeInfo(true)).cacheClusters().stream().toList());
        context.optionalCall("elasticache-describe-replication-groups", context.region(), () -> context.document("elasticache-describe-replication-groups",
                "ReplicationGroups", elastiCache.describeReplicationGroupsPaginator(request -> request.maxRecords(100)).replicationGroups().stream().toList()));
        // the subnets and VPC of each cluster are only in its cache subnet group
        context.optionalCall("elasticache-describe-cache-subnet-groups", context.region(), () -> context.document("elasticache-describe-cache-subnet-groups",
                "CacheSubnetGroups", elastiCache.describeCacheSubnetGroupsPaginator(request -> request.maxRecords(100)).cacheSubnetGroups().stream().toList()));
        ElastiCacheTags.read(context, elastiCache);
    }
}
