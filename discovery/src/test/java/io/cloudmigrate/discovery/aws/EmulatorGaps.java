package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.InventoryWarning;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the emulators differ from each other or from the AWS API reference, and what the tests do
 * about it. The scanner is written for AWS; a gap is worked around in the test estate, never in it.
 * <ul>
 *   <li>LocalStack (community 4.14) does not emulate RDS, Classic ELB, ELBv2, ECS, ElastiCache,
 *       API Gateway v2 or Organizations: it answers InternalFailure "not included in your current
 *       license plan". The estate leaves them out there, and the scan must carry on with a warning
 *       per such service and region (the SDK retries the 5xx first, which is most of the scan's
 *       time there).</li>
 *   <li>LocalStack's Lambda creates functions but cannot run them here (its runtime is downloaded
 *       at run time); nothing invokes one.</li>
 *   <li>moto creates no ENIs for load balancers, databases or Lambda functions, and LocalStack none
 *       for Lambda functions; AWS does. The estate creates them with the descriptions AWS gives them.</li>
 *   <li>moto checks that a Lambda function's execution role exists, LocalStack does not (AWS does):
 *       the estate creates the role on both.</li>
 *   <li>With keys it did not issue and that are not an account number, LocalStack acts in account
 *       000000000000 and moto in 123456789012; the flow-log test seeds each one's own caller account.</li>
 *   <li>LocalStack's CloudFormation leaves out each stack output's Description in DescribeStacks,
 *       which AWS returns; codegen's CloudFormationDeployTest reads it from the template. Its
 *       CloudFormation cannot create AWS::RDS resources either (see above), and it accepts a
 *       template whose output names a resource that is not there, which AWS rejects: the deploy test
 *       checks that itself.</li>
 *   <li>moto and LocalStack have no reset in common: moto is reset through its API, LocalStack keeps
 *       accounts apart, so each LocalStack test works in a new account reached through AssumeRole.</li>
 * </ul>
 * Run on both emulators: {@code LiveScanTest} (the assumed-account scan), {@code LiveScanServicesTest},
 * {@code LiveScanTagsTest} and {@code FlowLogSourcesTest}. On moto alone, because LocalStack community
 * lacks what they exercise: {@code LiveScanClustersTest} (RDS and ElastiCache clusters),
 * {@code LiveScanEcsTasksTest} (ECS), {@code OrganizationScanTest} (Organizations), and
 * {@code LeastPrivilegeTest}, which must see a call of every service the policy grants.
 */
final class EmulatorGaps
{
    private EmulatorGaps() {}

    /** The services of the estate an emulator does not offer, as the scanner names them in warnings. */
    static Set<String> missingServices(AwsEmulator emulator)
    {
        Set<String> missing = new TreeSet<>();
        for (AwsEmulator.Service service : EnumSet.complementOf(EnumSet.copyOf(emulator.services()))) {
            missing.add(scannerName(service));
        }
        return missing;
    }

    static Set<String> servicesWarnedAbout(Inventory inventory)
    {
        Set<String> services = new TreeSet<>();
        inventory.warnings().stream().map(InventoryWarning::service).forEach(services::add);
        return services;
    }

    private static String scannerName(AwsEmulator.Service service)
    {
        return switch (service) {
            case EC2 -> "ec2";
            case S3 -> "s3";
            case CLOUDWATCH -> "cloudwatch";
            case STS -> "sts";
            case LAMBDA -> "lambda";
            case API_GATEWAY -> "apigateway";
            case API_GATEWAY_V2 -> "apigatewayv2";
            case RDS -> "rds";
            case CLASSIC_LOAD_BALANCING -> "elb";
            case LOAD_BALANCING_V2 -> "elbv2";
            case ECS -> "ecs";
            case ELASTICACHE -> "elasticache";
        };
    }
}
