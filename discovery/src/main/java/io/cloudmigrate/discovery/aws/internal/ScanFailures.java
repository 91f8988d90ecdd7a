package io.cloudmigrate.discovery.aws.internal;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Names the failure of an API call for a warning: the AWS error code when the service answered
 * ({@code AccessDenied}, {@code OptInRequired}, {@code UnrecognizedClientException} …), or a code
 * of ours when it could not be reached (a service not offered in a region has no endpoint).
 */
public final class ScanFailures
{
    static final String UNREACHABLE = "EndpointUnreachable";
    static final String CLIENT_ERROR = "ClientError";

    private ScanFailures() {}

    public static String code(SdkException failure)
    {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode();
        }
        if (failure instanceof SdkClientException && failure.getCause() instanceof java.io.IOException) {
            return UNREACHABLE;
        }
        return CLIENT_ERROR;
    }

    /** The error message without request ids or credentials: AWS messages name neither keys nor secrets. */
    public static String describe(SdkException failure)
    {
        if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null) {
            String message = service.awsErrorDetails().errorMessage();
            return code(failure) + (message == null ? "" : ": " + message);
        }
        return code(failure) + ": " + failure.getMessage();
    }
}
