package io.cloudmigrate.discovery.aws.elasticache;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** ElastiCache clusters with their nodes. */
public final class ElastiCacheScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "elasticache";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new ElastiCacheScanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("elasticache:DescribeCacheClusters", "elasticache:DescribeCacheSubnetGroups", "elasticache:DescribeReplicationGroups",
                "elasticache:ListTagsForResource");
    }
}
