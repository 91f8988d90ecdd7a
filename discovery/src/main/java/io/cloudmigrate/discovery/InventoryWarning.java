package io.cloudmigrate.discovery;

import static java.util.Objects.requireNonNull;

/**
 * Something discovery could not read or resolve. The scan goes on; the warning says where and why.
 *
 * @param service the AWS service or importer area ({@code ec2}, {@code elb}, {@code import} …)
 * @param code a short stable code ({@code AccessDenied}, {@code DanglingReference}, {@code SkippedFile}, {@code MalformedFile} …)
 * @param input the file, resource or API call the warning is about
 */
public record InventoryWarning(String accountId, String region, String service, String code, String input, String message)
{
    public InventoryWarning
    {
        requireNonNull(service, "service is null");
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
    }
}
