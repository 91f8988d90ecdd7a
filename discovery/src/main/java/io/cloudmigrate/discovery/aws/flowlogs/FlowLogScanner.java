package io.cloudmigrate.discovery.aws.flowlogs;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.ec2.Ec2Client;

import static java.util.Objects.requireNonNull;

/** Reads {@code DescribeFlowLogs}: where each flow log delivers, and in which log format. Pages are as large as each API allows. */
final class FlowLogScanner
        implements Scanner
{
    private final ScannerContext context;

    FlowLogScanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        Ec2Client ec2 = context.client(Ec2Client.builder());
        context.document("ec2-describe-flow-logs", "FlowLogs", ec2.describeFlowLogsPaginator(request -> request.maxResults(1000)).flowLogs().stream().toList());
    }
}
