package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.CreateAccountStatus;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static io.cloudmigrate.discovery.aws.MotoEstate.configure;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code --organization --role-name}: the caller's account with its own credentials, every member account through the role. */
class OrganizationScanTest
{
    @Test
    void scansTheManagementAccountAndEveryMemberThroughTheRole()
    {
        URI endpoint = MotoEmulator.require();
        String memberAccount;
        try (OrganizationsClient organizations = configure(OrganizationsClient.builder(), endpoint, DefaultCredentialsProvider.builder().build(), "us-east-1").build()) {
            organizations.createOrganization(request -> request.featureSet("ALL"));
            CreateAccountStatus status = organizations.createAccount(request -> request.accountName("payments").email("payments@example.com")).createAccountStatus();
            memberAccount = status.accountId();
        }
        MotoEstate.Seeded member = MotoEstate.assumedAccount(endpoint, "arn:aws:iam::" + memberAccount + ":role/CloudMigrateReadOnly").seed("us-east-1", "10.70.0.0/16");

        ApiCallRecorder recorder = new ApiCallRecorder();
        Inventory inventory = AwsScan.run(new AwsScanOptions("moto", Optional.empty(), List.of("us-east-1"), List.of(), Optional.of("CloudMigrateReadOnly"),
                Optional.of("external-1"), Optional.of(endpoint), 4), AwsScan.factories(), recorder, progress -> {}).inventory();

        assertThat(inventory.scope().accounts()).containsExactlyInAnyOrder(MotoEmulator.FIRST_ACCOUNT, memberAccount);
        assertThat(inventory.resource("arn:aws:ec2:us-east-1:" + memberAccount + ":instance/" + member.instanceId())).isPresent();
        assertThat(recorder.callsByOperation()).containsKey("Organizations:ListAccounts");
        assertThat(inventory.warnings()).isEmpty();
    }
}
