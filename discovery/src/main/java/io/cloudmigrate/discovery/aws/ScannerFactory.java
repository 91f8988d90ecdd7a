package io.cloudmigrate.discovery.aws;

import java.util.List;

/**
 * Creates the scanner of one AWS service for one account and region. Implementations are found
 * with {@link java.util.ServiceLoader} ({@code META-INF/services/io.cloudmigrate.discovery.aws.ScannerFactory}).
 */
public interface ScannerFactory
{
    /** The service name used in warnings and statistics: {@code ec2}, {@code rds}, {@code elb} … */
    String name();

    Scanner create(ScannerContext context);

    /**
     * The IAM actions the scanner calls, all of them reads. {@code cloudmigrate iam-policy} is the
     * union of these lists, and a test checks every recorded call of a full scan against it.
     */
    List<String> iamActions();

    /**
     * Scanners of a later stage run after every scanner of earlier stages has finished in the same
     * account and region, and may read what those stored (CloudWatch needs the resources found).
     */
    default int stage()
    {
        return 0;
    }

    /** Whether the service is global: scanned once per account, in the first region of the scan. */
    default boolean global()
    {
        return false;
    }
}
