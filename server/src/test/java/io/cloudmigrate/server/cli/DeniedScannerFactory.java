package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.List;

/**
 * A scanner every call of which is denied, as AWS denies a role without the permission. Registered
 * for the server's tests only, so that a scan against the emulator records one warning per region.
 */
public final class DeniedScannerFactory
        implements ScannerFactory
{
    static final String NAME = "denied";

    @Override
    public String name()
    {
        return NAME;
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return () -> {
            throw AwsServiceException.builder()
                    .statusCode(403)
                    .awsErrorDetails(AwsErrorDetails.builder().errorCode("AccessDenied").errorMessage("User is not authorized to perform: denied:ListThings").build())
                    .build();
        };
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("denied:ListThings");
    }
}
