package io.cloudmigrate.codegen;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.util.List;

/** Waiting for a stack on an emulator, and why it failed: shared by the moto and LocalStack deploy tests. */
final class CloudFormationStacks
{
    private CloudFormationStacks() {}

    /** The stack once it is no longer in progress; an assertion error after 60 s. */
    static Stack awaitCreation(CloudFormationClient cloudFormation, String stackName)
            throws InterruptedException
    {
        for (int attempt = 0; attempt < 240; attempt++) {
            Stack stack = cloudFormation.describeStacks(request -> request.stackName(stackName)).stacks().getFirst();
            if (!stack.stackStatusAsString().endsWith("_IN_PROGRESS")) {
                return stack;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("stack " + stackName + " was still being created after 60 s");
    }

    /** Each failed resource of the stack with its reason, for an assertion's description. */
    static List<String> failures(CloudFormationClient cloudFormation, String stackName)
    {
        return cloudFormation.describeStackEvents(request -> request.stackName(stackName)).stackEvents().stream()
                .filter(event -> event.resourceStatusAsString().endsWith("FAILED"))
                .map(event -> event.logicalResourceId() + ": " + event.resourceStatusReason()).toList();
    }
}
