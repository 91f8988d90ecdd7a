package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static io.cloudmigrate.discovery.aws.MotoEstate.configure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which accounts and regions a scan covers: {@code --regions all} and {@code --profile}. The scans
 * here run no scanners, so what they resolve shows in the inventory's scope without reading 38 regions.
 */
class ScanScopeTest
{
    private static final String CONFIG_FILE = "aws.configFile";
    private static final String CREDENTIALS_FILE = "aws.sharedCredentialsFile";

    @TempDir
    Path directory;

    @Test
    void allRegionsAreTheRegionsDescribeRegionsCallsEnabled()
    {
        URI endpoint = MotoEmulator.require();
        List<String> enabled;
        try (Ec2Client ec2 = configure(Ec2Client.builder(), endpoint, DefaultCredentialsProvider.builder().build(), "us-east-1").build()) {
            enabled = ec2.describeRegions().regions().stream().map(Region::regionName).toList();
        }
        ApiCallRecorder recorder = new ApiCallRecorder();

        Inventory inventory = AwsScan.run(options(endpoint, Optional.empty(), List.of(AwsScanOptions.ALL_REGIONS)), List.of(), recorder, progress -> {}).inventory();

        assertThat(inventory.scope().regions())
                .isSortedAccordingTo(String::compareTo)
                .containsExactlyInAnyOrderElementsOf(enabled)
                .contains("us-east-1", "eu-west-1", "ap-southeast-2")
                .doesNotContain(AwsScanOptions.ALL_REGIONS);
        assertThat(recorder.callsByOperation()).containsEntry("Ec2:DescribeRegions", 1L);
    }

    @Test
    void profileCredentialsComeFromTheSharedCredentialsFile()
            throws IOException
    {
        URI endpoint = MotoEmulator.require();
        // moto acts in the account of the role whose temporary keys sign a call; the environment's keys act in the first account
        Credentials member;
        try (StsClient sts = configure(StsClient.builder(), endpoint, DefaultCredentialsProvider.builder().build(), "us-east-1").build()) {
            member = sts.assumeRole(request -> request.roleArn("arn:aws:iam::" + MotoEmulator.SECOND_ACCOUNT + ":role/Scanner").roleSessionName("profile"))
                    .credentials();
        }
        // emulator keys, valid for moto alone, in a temporary folder: no real credentials are written anywhere
        Path credentials = Files.writeString(directory.resolve("credentials"), """
                [member]
                aws_access_key_id = %s
                aws_secret_access_key = %s
                aws_session_token = %s
                """.formatted(member.accessKeyId(), member.secretAccessKey(), member.sessionToken()));
        Path config = Files.writeString(directory.resolve("config"), "[profile member]\nregion = eu-west-1\n");

        Inventory inventory = withProfileFiles(config, credentials, () ->
                AwsScan.run(options(endpoint, Optional.of("member"), List.of("eu-west-1")), List.of(), new ApiCallRecorder(), progress -> {}).inventory());

        assertThat(inventory.scope().accounts()).containsExactly(MotoEmulator.SECOND_ACCOUNT);
    }

    @Test
    void aProfileTheFilesDoNotNameIsAnErrorThatSaysHowToSetCredentials()
            throws IOException
    {
        URI endpoint = MotoEmulator.require();
        Path credentials = Files.writeString(directory.resolve("credentials"), "[other]\naws_access_key_id = a\naws_secret_access_key = b\n");
        Path config = Files.writeString(directory.resolve("config"), "");

        assertThatThrownBy(() -> withProfileFiles(config, credentials, () ->
                AwsScan.run(options(endpoint, Optional.of("missing"), List.of("us-east-1")), List.of(), new ApiCallRecorder(), progress -> {})))
                .isInstanceOfSatisfying(CloudMigrateException.class, failure -> assertThat(failure.errorCode()).isEqualTo(DiscoveryErrorCode.AWS_CALL_FAILED))
                .hasMessageContaining("could not read the caller identity")
                .hasMessageContaining("missing")
                .hasMessageContaining("--profile");
    }

    private static AwsScanOptions options(URI endpoint, Optional<String> profile, List<String> regions)
    {
        return new AwsScanOptions("moto", profile, regions, List.of(), Optional.empty(), Optional.empty(), Optional.of(endpoint), 4);
    }

    /** The SDK reads the profile files named by these system properties before its default locations; they are put back afterwards. */
    private static <T> T withProfileFiles(Path config, Path credentials, Supplier<T> action)
    {
        String oldConfig = System.getProperty(CONFIG_FILE);
        String oldCredentials = System.getProperty(CREDENTIALS_FILE);
        System.setProperty(CONFIG_FILE, config.toString());
        System.setProperty(CREDENTIALS_FILE, credentials.toString());
        try {
            return action.get();
        }
        finally {
            restore(CONFIG_FILE, oldConfig);
            restore(CREDENTIALS_FILE, oldCredentials);
        }
    }

    private static void restore(String property, String value)
    {
        if (value == null) {
            System.clearProperty(property);
        }
        else {
            System.setProperty(property, value);
        }
    }
}
