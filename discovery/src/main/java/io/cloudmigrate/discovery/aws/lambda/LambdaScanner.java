package io.cloudmigrate.discovery.aws.lambda;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.lambda.LambdaClient;

import static java.util.Objects.requireNonNull;

/** Reads {@code ListFunctions} and {@code ListEventSourceMappings}. Pages are as large as each API allows. */
final class LambdaScanner
        implements Scanner
{
    private final ScannerContext context;

    LambdaScanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        LambdaClient lambda = context.client(LambdaClient.builder());
        context.document("lambda-list-functions", "Functions", lambda.listFunctionsPaginator(request -> request.maxItems(50)).functions().stream().toList());
        context.document("lambda-list-event-source-mappings", "EventSourceMappings",
                lambda.listEventSourceMappingsPaginator(request -> request.maxItems(100)).eventSourceMappings().stream().toList());
    }
}
