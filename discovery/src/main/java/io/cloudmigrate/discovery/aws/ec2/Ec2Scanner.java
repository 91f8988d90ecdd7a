package io.cloudmigrate.discovery.aws.ec2;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.ec2.Ec2Client;

import static java.util.Objects.requireNonNull;

/** Reads {@code DescribeInstances}, {@code DescribeVolumes} and the account's own {@code DescribeSnapshots}. Pages are as large as each API allows. */
final class Ec2Scanner
        implements Scanner
{
    private final ScannerContext context;

    Ec2Scanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        Ec2Client ec2 = context.client(Ec2Client.builder());
        context.document("ec2-describe-instances", "Reservations",
                ec2.describeInstancesPaginator(request -> request.maxResults(1000)).reservations().stream().toList());
        context.document("ec2-describe-volumes", "Volumes",
                ec2.describeVolumesPaginator(request -> request.maxResults(500)).volumes().stream().toList());
        // Only the account's own snapshots: without OwnerIds the call also lists every public snapshot of the region.
        // Denied, it loses the snapshots alone: the instances and volumes stand without them.
        context.optionalCall("ec2-describe-snapshots", context.region(), () -> context.document("ec2-describe-snapshots", "Snapshots",
                ec2.describeSnapshotsPaginator(request -> request.ownerIds("self").maxResults(1000)).snapshots().stream().toList()));
    }
}
