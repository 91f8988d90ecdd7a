package io.cloudmigrate.discovery.aws.rds;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.rds.RdsClient;

import static java.util.Objects.requireNonNull;

/** Reads {@code DescribeDBInstances} and {@code DescribeDBClusters}. Pages are as large as each API allows. */
final class RdsScanner
        implements Scanner
{
    private final ScannerContext context;

    RdsScanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        RdsClient rds = context.client(RdsClient.builder());
        context.document("rds-describe-db-instances", "DBInstances",
                rds.describeDBInstancesPaginator(request -> request.maxRecords(100)).dbInstances().stream().toList());
        context.optionalCall("rds-describe-db-clusters", context.region(), () -> context.document("rds-describe-db-clusters", "DBClusters",
                rds.describeDBClustersPaginator(request -> request.maxRecords(100)).dbClusters().stream().toList()));
    }
}
