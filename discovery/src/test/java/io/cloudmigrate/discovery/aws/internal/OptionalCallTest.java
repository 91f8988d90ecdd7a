package io.cloudmigrate.discovery.aws.internal;

import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.internal.awscli.ApiOutputs;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A failed optional call costs its own output and one warning per operation and error code, never the rest of the scanner's work. */
class OptionalCallTest
{
    private static final String ACCOUNT = "123456789012";

    private final List<InventoryWarning> warnings = new ArrayList<>();
    private final ApiOutputs outputs = new ApiOutputs("aws", ACCOUNT, "eu-west-1");

    @Test
    void warnsOncePerOperationAndCodeNamingTheFirstFailureAndKeepsWhatSucceeded()
            throws Exception
    {
        try (ClientFactory clients = new ClientFactory(Optional.empty(), 1, new ApiCallRecorder());
                RegionScanContext context = new RegionScanContext(new ScanTarget(ACCOUNT, "aws", AnonymousCredentialsProvider.create()), outputs, clients,
                        new AtomicLong(), 90, "lambda", warnings::add)) {
            context.optionalCall("lambda-list-tags", "arn:aws:lambda:eu-west-1:123456789012:function:a", () -> {
                throw denied("AccessDenied", "not authorized to perform lambda:ListTags");
            });
            context.optionalCall("lambda-list-functions", "eu-west-1",
                    () -> context.document("lambda-list-functions", ListFunctionsResponse.builder().functions(FunctionConfiguration.builder().functionName("b").build()).build()));
            context.optionalCall("lambda-list-tags", "arn:aws:lambda:eu-west-1:123456789012:function:c", () -> {
                throw denied("AccessDenied", "not authorized to perform lambda:ListTags");
            });
            context.optionalCall("lambda-list-tags", "arn:aws:lambda:eu-west-1:123456789012:function:d", () -> {
                throw denied("ThrottlingException", "Rate exceeded");
            });
            assertThat(warnings).as("warnings wait for the scanner to finish").isEmpty();
        }

        assertThat(warnings).containsExactly(
                new InventoryWarning(ACCOUNT, "eu-west-1", "lambda", "AccessDenied", "lambda-list-tags",
                        "lambda-list-tags failed 2 times in 123456789012/eu-west-1, first for arn:aws:lambda:eu-west-1:123456789012:function:a "
                                + "(AccessDenied: not authorized to perform lambda:ListTags); what it reads is missing, the rest of lambda was scanned"),
                new InventoryWarning(ACCOUNT, "eu-west-1", "lambda", "ThrottlingException", "lambda-list-tags",
                        "lambda-list-tags failed once in 123456789012/eu-west-1, first for arn:aws:lambda:eu-west-1:123456789012:function:d "
                                + "(ThrottlingException: Rate exceeded); what it reads is missing, the rest of lambda was scanned"));
        assertThat(outputs.document("lambda-list-functions")).hasValueSatisfying(document -> assertThat(document.path("Functions").path(0).path("FunctionName").asText())
                .isEqualTo("b"));
    }

    @Test
    void letsOtherFailuresThrough()
            throws Exception
    {
        try (ClientFactory clients = new ClientFactory(Optional.empty(), 1, new ApiCallRecorder());
                RegionScanContext context = new RegionScanContext(new ScanTarget(ACCOUNT, "aws", AnonymousCredentialsProvider.create()), outputs, clients,
                        new AtomicLong(), 90, "lambda", warnings::add)) {
            assertThatThrownBy(() -> context.optionalCall("lambda-list-tags", "x", () -> {
                throw new IllegalStateException("a bug, not an AWS answer");
            })).isInstanceOf(IllegalStateException.class);
        }
        assertThat(warnings).isEmpty();
    }

    private static AwsServiceException denied(String code, String message)
    {
        return AwsServiceException.builder().awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
    }
}
