package io.cloudmigrate.discovery.aws.flowlogs;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** VPC flow-log configurations with their log format and destination. */
public final class FlowLogScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "flowlogs";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new FlowLogScanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("ec2:DescribeFlowLogs");
    }
}
