package io.cloudmigrate.discovery.aws.lambda;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.ListTagsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Reads {@code ListFunctions}, {@code ListEventSourceMappings} and, since neither carries them, each
 * function's tags with {@code ListTags}. Pages are as large as each API allows.
 */
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
        List<FunctionConfiguration> functions = lambda.listFunctionsPaginator(request -> request.maxItems(50)).functions().stream().toList();
        context.document("lambda-list-functions", "Functions", functions);
        context.document("lambda-list-event-source-mappings", "EventSourceMappings",
                lambda.listEventSourceMappingsPaginator(request -> request.maxItems(100)).eventSourceMappings().stream().toList());
        for (FunctionConfiguration function : functions) {
            context.optionalCall("lambda-list-tags", function.functionArn(), () -> {
                try {
                    ListTagsResponse tags = lambda.listTags(request -> request.resource(function.functionArn()));
                    // the CLI prints "Tags": {} for an untagged function; the importer expects the field
                    context.resourceDocument("lambda-list-tags", function.functionArn(), tags.hasTags() ? tags : tags.toBuilder().tags(Map.of()).build());
                }
                catch (ResourceNotFoundException e) {
                    // deleted since it was listed: it has no tags to read
                }
            });
        }
    }
}
