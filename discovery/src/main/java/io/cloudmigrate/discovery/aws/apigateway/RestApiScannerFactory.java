package io.cloudmigrate.discovery.aws.apigateway;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** API Gateway REST APIs with their resources, methods and integrations. API Gateway authorises reads as {@code apigateway:GET}. */
public final class RestApiScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "apigateway";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new RestApiScanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("apigateway:GET");
    }
}
