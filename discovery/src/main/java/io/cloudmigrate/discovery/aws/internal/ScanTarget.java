package io.cloudmigrate.discovery.aws.internal;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

import static java.util.Objects.requireNonNull;

/** One account to scan and the credentials that reach it. Its {@code toString} leaves the credentials out. */
public record ScanTarget(String accountId, String partition, AwsCredentialsProvider credentials)
{
    public ScanTarget
    {
        requireNonNull(accountId, "accountId is null");
        requireNonNull(partition, "partition is null");
        requireNonNull(credentials, "credentials is null");
    }

    @Override
    public String toString()
    {
        return partition + ":" + accountId;
    }
}
