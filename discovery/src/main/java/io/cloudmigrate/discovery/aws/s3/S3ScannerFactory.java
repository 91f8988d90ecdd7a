package io.cloudmigrate.discovery.aws.s3;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** S3 buckets with region, versioning, default encryption, tags, and size from CloudWatch. Bucket listings are global. */
public final class S3ScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "s3";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new S3Scanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("cloudwatch:GetMetricData", "s3:GetBucketLocation", "s3:GetBucketTagging", "s3:GetBucketVersioning", "s3:GetEncryptionConfiguration", "s3:ListAllMyBuckets");
    }

    @Override
    public boolean global()
    {
        return true;
    }
}
