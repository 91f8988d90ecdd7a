package io.cloudmigrate.discovery.aws.cloudwatch;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** CloudWatch utilisation summaries of the resources other scanners found, read with {@code GetMetricData} in batches. */
public final class CloudWatchScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "cloudwatch";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new CloudWatchScanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("cloudwatch:GetMetricData");
    }

    /** Runs after the other scanners: it reads the resources they found. */
    @Override
    public int stage()
    {
        return 1;
    }
}
