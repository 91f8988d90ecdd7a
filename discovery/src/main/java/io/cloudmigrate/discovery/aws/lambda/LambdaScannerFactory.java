package io.cloudmigrate.discovery.aws.lambda;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import io.cloudmigrate.discovery.aws.ScannerFactory;

import java.util.List;

/** Lambda functions with their VPC configuration and tags, and event source mappings. */
public final class LambdaScannerFactory
        implements ScannerFactory
{
    @Override
    public String name()
    {
        return "lambda";
    }

    @Override
    public Scanner create(ScannerContext context)
    {
        return new LambdaScanner(context);
    }

    @Override
    public List<String> iamActions()
    {
        return List.of("lambda:ListEventSourceMappings", "lambda:ListFunctions", "lambda:ListTags");
    }
}
