package io.cloudmigrate.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Export;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBInstance;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates the demo's generated CloudFormation stacks on moto in wave order until each is
 * CREATE_COMPLETE: later stacks import what earlier stacks of their account and Region export
 * ({@code Fn::ImportValue} of {@code <stack name>-<output>}, the stack names given as parameters), and a
 * cross-Region replica gets its primary's ARN from the earlier stack's output. The test names its own
 * stacks, unlike the templates' defaults, so that the imports can only resolve through the parameters.
 */
class CloudFormationWaveCreateTest
{
    private static final Pattern TEMPLATE = Pattern.compile("wave-(\\d+)-(\\d{12})-([a-z0-9-]+)\\.yaml");
    private static final Pattern STACK_PARAMETER = Pattern.compile("Wave(\\d+)StackName");
    private static final Pattern PRIMARY_OUTPUT = Pattern.compile("output (\\w+) of stack wave-(\\d+)-(\\d{12})-([a-z0-9-]+) ");

    @TempDir
    Path output;

    @Test
    void createsEveryStackInWaveOrderWithLaterStacksImportingWhatEarlierOnesExport()
            throws IOException, InterruptedException
    {
        URI endpoint = Moto.endpoint();
        DemoArtifacts.generate(output.resolve("sample"), output.resolve("out"));
        List<Path> templates;
        try (Stream<Path> files = Files.list(output.resolve("out/cloudformation"))) {
            // wave-NN-ACCOUNT-REGION.yaml: the name's order is the wave order
            templates = files.filter(file -> TEMPLATE.matcher(file.getFileName().toString()).matches()).sorted().toList();
        }
        Map<String, TargetNetwork> networks = new TreeMap<>();
        Map<String, String> outputs = new TreeMap<>();
        List<String> created = new ArrayList<>();
        List<String> workedAround = new ArrayList<>();
        LambdaPackages packages = new LambdaPackages(endpoint);
        int imports = 0;
        try {
            for (Path template : templates) {
                Matcher name = TEMPLATE.matcher(template.getFileName().toString());
                assertThat(name.matches()).isTrue();
                String wave = name.group(1);
                String account = name.group(2);
                String region = name.group(3);
                Map<String, Object> body = MotoGaps.load(Files.readString(template));
                imports += MotoGaps.count(body, "Fn::ImportValue");
                workedAround.addAll(MotoGaps.workAround(body, template.getFileName().toString()));
                TargetNetwork network = networks.computeIfAbsent(account + "/" + region, key -> new TargetNetwork(Ec2Client.builder().endpointOverride(endpoint)
                        .credentialsProvider(Moto.credentials()).region(Region.of(region)).overrideConfiguration(Moto.inAccount(account)).build()));
                List<Parameter> parameters = parameters(body, account, region, network, outputs, packages);
                String stackName = stackName(wave, account, region);
                try (CloudFormationClient cloudFormation = cloudFormation(endpoint, account, region)) {
                    cloudFormation.createStack(request -> request.stackName(stackName).templateBody(new Yaml().dump(body)).parameters(parameters));
                    Stack stack = CloudFormationStacks.awaitCreation(cloudFormation, stackName);
                    assertThat(stack.stackStatusAsString()).as("stack %s from %s: %s", stackName, template.getFileName(), CloudFormationStacks.failures(cloudFormation, stackName))
                            .isEqualTo("CREATE_COMPLETE");
                    stack.outputs().forEach(each -> outputs.put(stackName(wave, account, region) + "/" + each.outputKey(), each.outputValue()));
                    List<String> exports = cloudFormation.listExports().exports().stream().map(Export::name).toList();
                    stack.outputs().forEach(each -> assertThat(exports).as("exports of %s", stackName).contains(stackName + "-" + each.outputKey()));
                }
                created.add(stackName);
            }
        }
        finally {
            networks.values().forEach(TargetNetwork::close);
        }
        System.err.println("moto: created " + created + "; worked around moto gaps in " + workedAround);
        assertThat(created).as("every generated stack").hasSameSizeAs(templates).hasSize(12);
        assertThat(imports).as("values imported from earlier stacks' exports").isGreaterThanOrEqualTo(10);
        assertThat(networks.values().stream().mapToInt(TargetNetwork::outputsUsed).sum()).as("security group ids copied by hand").isZero();
        assertReplicasFollowTheirPrimary(endpoint);
        assertTheClassicLoadBalancersReplacementRegistersTheInstanceOfWave1(endpoint, outputs.get(stackName("01", "111111111111", "us-east-1") + "/LegacyErpWin1InstanceId"));
    }

    /**
     * legacy-erp-win-1, created by wave 1's stack, is registered through its export in the target group of
     * wave 3's replacement of legacy-erp-clb: the stack was created, so the import resolved; moto's
     * CloudFormation does not register a target group's {@code Targets} (see {@link MotoGaps}), so the
     * test checks the target group and that the instance it would hold exists.
     */
    private static void assertTheClassicLoadBalancersReplacementRegistersTheInstanceOfWave1(URI endpoint, String instanceId)
    {
        assertThat(instanceId).as("wave 1's output LegacyErpWin1InstanceId").isNotNull();
        try (ElasticLoadBalancingV2Client elb = ElasticLoadBalancingV2Client.builder().endpointOverride(endpoint).credentialsProvider(Moto.credentials())
                .region(Region.US_EAST_1).overrideConfiguration(Moto.inAccount("111111111111")).build();
                Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).credentialsProvider(Moto.credentials()).region(Region.US_EAST_1)
                        .overrideConfiguration(Moto.inAccount("111111111111")).build()) {
            assertThat(elb.describeTargetGroups().targetGroups()).as("target groups in us-east-1")
                    .anySatisfy(group -> assertThat(group.port()).isEqualTo(80));
            assertThat(ec2.describeInstances(request -> request.instanceIds(instanceId)).reservations()).as("instance %s", instanceId).isNotEmpty();
        }
    }

    /**
     * The parameters a team gives: the target network, the names of the earlier stacks (the test's own,
     * not the defaults), a cross-Region replica's primary from the output its description names, and
     * the CIDR blocks of peers in other accounts or Regions. No parameter asks for a security group.
     */
    @SuppressWarnings("unchecked")
    private static List<Parameter> parameters(Map<String, Object> body, String account, String region, TargetNetwork network, Map<String, String> outputs,
            LambdaPackages packages)
            throws InterruptedException
    {
        Map<String, Map<String, Object>> declared = (Map<String, Map<String, Object>>) body.getOrDefault("Parameters", Map.of());
        List<Parameter> parameters = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> entry : new TreeMap<>(declared).entrySet()) {
            String name = entry.getKey();
            Map<String, Object> declaration = entry.getValue();
            String type = (String) declaration.get("Type");
            String description = (String) declaration.get("Description");
            Matcher stack = STACK_PARAMETER.matcher(name);
            Matcher primary = PRIMARY_OUTPUT.matcher(description);
            String value;
            if (stack.matches()) {
                assertThat(declaration.get("Default")).as("default of %s", name).isEqualTo("wave-" + stack.group(1) + "-" + account + "-" + region);
                value = stackName(stack.group(1), account, region);
            }
            else if (name.endsWith("SourceDBInstance") && primary.find()) {
                value = outputs.get(stackName(primary.group(2), primary.group(3), primary.group(4)) + "/" + primary.group(1));
                assertThat(value).as("output named by %s: %s", name, description).isNotNull();
            }
            else if (type.equals("AWS::EC2::SecurityGroup::Id")) {
                throw new AssertionError("parameter " + name + " asks for a security group no stack creates: " + description);
            }
            else if (declaration.containsKey("Default")) {
                continue;
            }
            else if (description.startsWith("ARN of the execution role for Lambda function")) {
                value = packages.role(account, region);
            }
            else if (name.endsWith("CodeS3Bucket")) {
                value = packages.bucket(account, region);
            }
            else if (name.endsWith("CodeS3Key")) {
                value = LambdaPackages.KEY;
            }
            else if (name.startsWith("PeerCidr")) {
                value = "10.99.0.0/16";
            }
            else {
                value = network.valueFor(name, type, false).orElseThrow(() -> new AssertionError("no value for parameter " + name));
            }
            parameters.add(Parameter.builder().parameterKey(name).parameterValue(value).build());
        }
        return parameters;
    }

    /**
     * The read replica beside storefront-db (wave 2, us-east-1) imports wave 1's export of the primary's
     * ARN; the one in eu-west-1 takes it from a parameter, since exports do not cross Regions.
     */
    private static void assertReplicasFollowTheirPrimary(URI endpoint)
    {
        Map<String, DBInstance> east = databases(endpoint, "us-east-1");
        Map<String, DBInstance> west = databases(endpoint, "eu-west-1");
        // the templates name DB instances as Terraform does: the source identifier plus NameSuffix (empty here)
        assertThat(west.keySet()).as("DB instances in eu-west-1").containsExactly("storefront-eu-db");
        DBInstance primary = east.values().stream().filter(database -> database.dbInstanceIdentifier().equals("storefront-db")).findFirst()
                .orElseThrow(() -> new AssertionError("no primary created by wave 1 in " + east.keySet()));
        assertThat(primary.readReplicaSourceDBInstanceIdentifier()).as("the primary is no replica").isNull();
        assertThat(east.values().stream().map(DBInstance::readReplicaSourceDBInstanceIdentifier).filter(source -> source != null))
                .as("source of the replica in us-east-1").containsExactly(primary.dbInstanceArn());
        assertThat(west.values().stream().map(DBInstance::readReplicaSourceDBInstanceIdentifier).filter(source -> source != null))
                .as("source of the replica in eu-west-1").containsExactly(primary.dbInstanceArn());
    }

    private static Map<String, DBInstance> databases(URI endpoint, String region)
    {
        try (RdsClient rds = RdsClient.builder().endpointOverride(endpoint).credentialsProvider(Moto.credentials()).region(Region.of(region))
                .overrideConfiguration(Moto.inAccount("111111111111")).build()) {
            Map<String, DBInstance> result = new TreeMap<>();
            rds.describeDBInstances().dbInstances().forEach(database -> result.put(database.dbInstanceIdentifier(), database));
            return result;
        }
    }

    /**
     * Shorter than the templates' default names: moto names a DB instance {@code <stack>-<logical id>-<12
     * characters>} without shortening it to RDS's 63, as CloudFormation does.
     */
    private static String stackName(String wave, String account, String region)
    {
        return "cm-" + wave + "-" + account.substring(8) + "-" + region.replace("-", "");
    }

    private static CloudFormationClient cloudFormation(URI endpoint, String account, String region)
    {
        return CloudFormationClient.builder().endpointOverride(endpoint).credentialsProvider(Moto.credentials()).region(Region.of(region))
                .overrideConfiguration(Moto.inAccount(account)).build();
    }
}
