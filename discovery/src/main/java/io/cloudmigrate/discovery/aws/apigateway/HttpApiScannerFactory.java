package io.cloudmigrate.discovery.aws.apigateway;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** API Gateway HTTP and WebSocket APIs with their routes and integrations. */
public final class HttpApiScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "apigatewayv2";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new HttpApiScanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("apigateway:GET");
    }
}
