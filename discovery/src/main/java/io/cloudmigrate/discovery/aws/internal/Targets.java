package io.cloudmigrate.discovery.aws.internal;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.InventoryWarning;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out the accounts of a scan: the caller's own, the accounts of explicit role ARNs, or every
 * active account of the caller's AWS Organization reached through one role name. A role that cannot
 * be assumed becomes a warning; the other accounts are still scanned.
 */
public final class Targets
{
    private static final String SESSION_NAME = "cloudmigrate-scan";

    private Targets() {}

    public static List<ScanTarget> resolve(ClientFactory clients, AwsCredentialsProvider base, String homeRegion, List<String> roleArns,
            Optional<String> organizationRoleName, Optional<String> externalId, List<InventoryWarning> warnings)
    {
        ScanTarget caller = caller(clients, base, homeRegion);
        List<String> roles = new ArrayList<>(roleArns);
        if (organizationRoleName.isPresent()) {
            try (OrganizationsClient organizations = clients.build(OrganizationsClient.builder(), base, homeRegion)) {
                for (Account account : organizations.listAccountsPaginator(request -> request.maxResults(20)).stream().flatMap(page -> page.accounts().stream()).toList()) {
                    if (!"ACTIVE".equals(account.statusAsString()) || account.id().equals(caller.accountId())) {
                        continue;
                    }
                    roles.add("arn:" + caller.partition() + ":iam::" + account.id() + ":role/" + organizationRoleName.get());
                }
            }
        }
        List<ScanTarget> targets = new ArrayList<>();
        if (roleArns.isEmpty()) {
            targets.add(caller);
        }
        for (String roleArn : roles) {
            try {
                targets.add(assume(clients, base, homeRegion, roleArn, externalId));
            }
            catch (SdkException e) {
                String account = roleArn.split(":").length > 4 ? roleArn.split(":")[4] : null;
                warnings.add(new InventoryWarning(account, null, "sts", ScanFailures.code(e), roleArn,
                        "could not assume " + roleArn + " (" + ScanFailures.describe(e) + "); the account was not scanned. Check the role's trust policy and the external id"));
            }
        }
        return targets.stream().distinct().toList();
    }

    private static ScanTarget caller(ClientFactory clients, AwsCredentialsProvider credentials, String homeRegion)
    {
        try (StsClient sts = clients.build(StsClient.builder(), credentials, homeRegion)) {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();
            return new ScanTarget(identity.account(), identity.arn().split(":")[1], credentials);
        }
        catch (SdkException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.AWS_CALL_FAILED, "could not read the caller identity with the AWS credentials found ("
                    + ScanFailures.describe(e) + "). Set AWS_PROFILE or --profile, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY", e);
        }
    }

    private static ScanTarget assume(ClientFactory clients, AwsCredentialsProvider base, String homeRegion, String roleArn, Optional<String> externalId)
    {
        StsClient assumer = clients.buildForCredentials(StsClient.builder(), base, homeRegion);
        StsAssumeRoleCredentialsProvider assumed = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(assumer)
                .refreshRequest(request -> {
                    request.roleArn(roleArn).roleSessionName(SESSION_NAME);
                    externalId.ifPresent(request::externalId);
                })
                .build();
        return caller(clients, assumed, homeRegion);
    }
}
