package io.cloudmigrate.codegen;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a team brings to a generated stack's Lambda functions, made in moto once per account and Region:
 * an execution role (through a small stack of the test's own, as the SDK's IAM client is not on the
 * classpath) and a deployment package in an S3 bucket of the stack's Region.
 */
final class LambdaPackages
{
    static final String KEY = "function.zip";

    private final URI endpoint;
    private final Map<String, String> roles = new TreeMap<>();
    private final Map<String, String> buckets = new TreeMap<>();

    LambdaPackages(URI endpoint)
    {
        this.endpoint = requireNonNull(endpoint, "endpoint is null");
    }

    String role(String account, String region)
            throws InterruptedException
    {
        String existing = roles.get(account);
        if (existing != null) {
            return existing;
        }
        {
            String stackName = "cm-lambda-role";
            try (CloudFormationClient cloudFormation = CloudFormationClient.builder().endpointOverride(endpoint).credentialsProvider(Moto.credentials())
                    .region(Region.of(region)).overrideConfiguration(Moto.inAccount(account)).build()) {
                cloudFormation.createStack(request -> request.stackName(stackName).templateBody("""
                        Resources:
                          Role:
                            Type: "AWS::IAM::Role"
                            Properties:
                              AssumeRolePolicyDocument:
                                Version: "2012-10-17"
                                Statement:
                                  - Effect: "Allow"
                                    Principal:
                                      Service: "lambda.amazonaws.com"
                                    Action: "sts:AssumeRole"
                        Outputs:
                          Arn:
                            Value: {"Fn::GetAtt": ["Role", "Arn"]}
                        """));
                Stack stack = CloudFormationStacks.awaitCreation(cloudFormation, stackName);
                assertThat(stack.stackStatusAsString()).as("the execution role's stack").isEqualTo("CREATE_COMPLETE");
                String arn = stack.outputs().getFirst().outputValue();
                roles.put(account, arn);
                return arn;
            }
        }
    }

    /** A bucket holding a package under {@link #KEY}; bucket names are global in moto, so each names its account and Region. */
    String bucket(String account, String region)
    {
        return buckets.computeIfAbsent(account + "/" + region, ignored -> {
            String bucket = "cm-packages-" + account + "-" + region;
            try (S3Client s3 = S3Client.builder().endpointOverride(endpoint).credentialsProvider(Moto.credentials()).region(Region.of(region))
                    .forcePathStyle(true).overrideConfiguration(Moto.inAccount(account)).build()) {
                s3.createBucket(request -> request.bucket(bucket).createBucketConfiguration(configuration -> {
                    if (!region.equals("us-east-1")) {
                        configuration.locationConstraint(region);
                    }
                }));
                s3.putObject(request -> request.bucket(bucket).key(KEY), RequestBody.fromBytes(zip()));
            }
            return bucket;
        });
    }

    private static byte[] zip()
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("index.py"));
            zip.write("def handler(event, context):\n    return event\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
