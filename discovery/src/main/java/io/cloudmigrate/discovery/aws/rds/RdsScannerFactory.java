package io.cloudmigrate.discovery.aws.rds;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** RDS DB instances and DB clusters. */
public final class RdsScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "rds";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new RdsScanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("rds:DescribeDBClusters", "rds:DescribeDBInstances");
    }
}
