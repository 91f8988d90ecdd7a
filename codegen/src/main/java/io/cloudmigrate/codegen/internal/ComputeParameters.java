package io.cloudmigrate.codegen.internal;

import java.util.List;

/**
 * The parameters the CloudFormation of load balancers, Lambda functions and ECS services asks for: what
 * the inventory cannot carry over (certificates, execution roles, code, task definitions), as Terraform's
 * inputs do, named after the resource so that the template refers to them by the same name.
 */
final class ComputeParameters
{
    private ComputeParameters() {}

    static void declare(Targets.Wave wave, List<CloudFormationModel.Parameter> parameters)
    {
        boolean certificate = wave.loadBalancers().stream().flatMap(balancer -> balancer.listeners().stream()).anyMatch(Targets.Listener::needsCertificate);
        if (certificate) {
            parameters.add(new CloudFormationModel.Parameter("CertificateArn", "String",
                    "ACM certificate for the HTTPS and TLS listeners of the stack's load balancers.", null));
        }
        for (Targets.LoadBalancer balancer : wave.loadBalancers()) {
            if (balancer.type().equals("application") && balancer.sourceSubnetIds().size() < 2) {
                parameters.add(new CloudFormationModel.Parameter(balancer.name().logicalId() + "SecondSubnet", "AWS::EC2::Subnet::Id",
                        "A target subnet in a second Availability Zone for " + balancer.name().name()
                                + ": an Application Load Balancer needs two, and the source names only " + String.join(", ", balancer.sourceSubnetIds()) + ".", null));
            }
        }
        for (Targets.Function function : wave.functions()) {
            String logicalId = function.name().logicalId();
            if (!function.image()) {
                missing(parameters, function.runtime(), function.name(), "Runtime", "runtime");
                missing(parameters, function.handler(), function.name(), "Handler", "handler");
            }
            parameters.add(new CloudFormationModel.Parameter(logicalId + "Role", "String",
                    "ARN of the execution role for Lambda function " + function.functionName() + ".", null));
            if (function.image()) {
                parameters.add(new CloudFormationModel.Parameter(logicalId + "ImageUri", "String",
                        "Container image URI (in ECR of the target account) for Lambda function " + function.functionName() + ".", null));
            }
            else {
                // CloudFormation takes a package from S3 only, where Terraform reads a local file
                parameters.add(new CloudFormationModel.Parameter(logicalId + "CodeS3Bucket", "String",
                        "S3 bucket (in the stack's Region) holding the deployment package of Lambda function " + function.functionName()
                                + ", downloaded from the source function.", null));
                parameters.add(new CloudFormationModel.Parameter(logicalId + "CodeS3Key", "String",
                        "S3 key of the deployment package (.zip) of Lambda function " + function.functionName() + ".", null));
            }
        }
        for (Targets.EcsService service : wave.ecsServices()) {
            String logicalId = service.name().logicalId();
            parameters.add(new CloudFormationModel.Parameter(logicalId + "TaskDefinition", "String",
                    "ARN of the task definition for ECS service " + service.serviceName() + ", registered in the target from source "
                            + (service.sourceTaskDefinition() == null ? "(unknown)" : service.sourceTaskDefinition()) + ".", null));
            if (service.clusterTerraformName() == null || !sameStack(wave, service)) {
                parameters.add(new CloudFormationModel.Parameter(logicalId + "Cluster", "String",
                        "ARN of the target ECS cluster replacing source cluster " + (service.clusterArn() == null ? "(unknown)" : service.clusterArn())
                                + ", which ECS service " + service.serviceName() + " runs in and this stack does not create.", null));
            }
        }
    }

    private static void missing(List<CloudFormationModel.Parameter> parameters, String value, Targets.Name name, String property, String what)
    {
        if (value == null || value.isBlank()) {
            parameters.add(new CloudFormationModel.Parameter(name.logicalId() + property, "String",
                    "TO FILL IN: the " + what + " of the target of " + name.name() + " (" + name.arn() + "), which the inventory does not give.", null));
        }
    }

    /** Whether the service's cluster is created in the same stack (the same wave, account and Region). */
    static boolean sameStack(Targets.Wave wave, Targets.EcsService service)
    {
        return service.clusterTerraformName() != null
                && wave.ecsClusters().stream().anyMatch(cluster -> cluster.name().terraformName().equals(service.clusterTerraformName()));
    }
}
