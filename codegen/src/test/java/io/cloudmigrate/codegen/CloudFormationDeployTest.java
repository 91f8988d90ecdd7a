package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.testing.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.ec2.Ec2Client;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deploys the demo's generated CloudFormation to LocalStack, wave by wave, later stacks importing the
 * security groups earlier stacks export, and requires CREATE_COMPLETE for each.
 * LocalStack community has no RDS, ElastiCache, ELBv2 or ECS, so those resources (and the Lambda functions, see
 * {@link #NOT_EMULATED}) are taken out of the stacks deployed there (and named in the build log); everything else is
 * deployed as generated.
 */
class CloudFormationDeployTest
{
    /**
     * Resource types of the generated stacks that LocalStack community cannot create (RDS, ElastiCache, ELBv2 and ECS are in its
     * paid edition) or that need what the test does not make there (a Lambda function's role and package in S3: the moto test,
     * {@link CloudFormationWaveCreateTest}, creates the functions).
     */
    private static final List<String> NOT_EMULATED = List.of("AWS::RDS::", "AWS::ElastiCache::", "AWS::ElasticLoadBalancingV2::", "AWS::ECS::", "AWS::Lambda::");

    @TempDir
    Path sample;

    @TempDir
    Path output;

    @Test
    void deploysTheDemoStacksInWaveOrder()
            throws IOException, InterruptedException
    {
        URI endpoint = LocalStack.endpoint();
        DemoArtifacts.generate(sample, output);
        List<Path> templates;
        try (Stream<Path> files = Files.list(output.resolve("cloudformation"))) {
            // wave-NN-ACCOUNT-REGION.yaml: the name's order is the wave order
            templates = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        Map<String, TargetNetwork> networks = new TreeMap<>();
        List<String> deployed = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        int outputsUsed;
        try {
            deployInOrder(endpoint, templates, networks, deployed, leftOut);
            outputsUsed = networks.values().stream().mapToInt(TargetNetwork::outputsUsed).sum();
        }
        finally {
            networks.values().forEach(TargetNetwork::close);
        }
        // earlier stacks' security groups reach later stacks by Fn::ImportValue, not by copying outputs into parameters
        assertThat(outputsUsed).as("security group parameters filled from earlier waves' outputs").isZero();
        assertThat(imports(templates)).as("values imported from earlier stacks' exports").isPositive();
        System.err.println("LocalStack: deployed " + deployed + "; resources left out (not emulated) " + leftOut);
        assertThat(deployed).as("every generated stack").hasSameSizeAs(templates);
    }

    private static void deployInOrder(URI endpoint, List<Path> templates, Map<String, TargetNetwork> networks, List<String> deployed, List<String> leftOut)
            throws IOException, InterruptedException
    {
        for (Path template : templates) {
            String stackName = template.getFileName().toString().replace(".yaml", "");
            String body = withoutNotEmulated(Files.readString(template), stackName, leftOut);
            String[] parts = stackName.split("-");
            String account = parts[2];
            String region = stackName.substring(stackName.indexOf(account) + account.length() + 1);
            AwsCredentialsProvider credentials = LocalStack.account(account);
            try (CloudFormationClient cloudFormation = CloudFormationClient.builder().endpointOverride(endpoint).credentialsProvider(credentials)
                    .region(Region.of(region)).build()) {
                TargetNetwork network = networks.computeIfAbsent(account + "/" + region, key -> new TargetNetwork(Ec2Client.builder()
                        .endpointOverride(endpoint).credentialsProvider(credentials).region(Region.of(region)).build()));
                cloudFormation.createStack(request -> request.stackName(stackName).templateBody(body).parameters(parameters(body, network)));
                Stack stack = CloudFormationStacks.awaitCreation(cloudFormation, stackName);
                assertThat(stack.stackStatusAsString()).as("stack %s: %s", stackName, CloudFormationStacks.failures(cloudFormation, stackName)).isEqualTo("CREATE_COMPLETE");
                // LocalStack leaves out the outputs' descriptions, which AWS returns: take them from the template
                Map<String, Map<String, Object>> outputs = section(body, "Outputs");
                stack.outputs().forEach(output -> network.recordOutput((String) outputs.get(output.outputKey()).get("Description"), output.outputValue()));
                deployed.add(stackName);
            }
        }
    }

    private static int imports(List<Path> templates)
            throws IOException
    {
        int imports = 0;
        for (Path template : templates) {
            imports += MotoGaps.count(MotoGaps.load(Files.readString(template)), "Fn::ImportValue");
        }
        return imports;
    }

    private static List<Parameter> parameters(String body, TargetNetwork network)
    {
        Map<String, Map<String, Object>> declared = section(body, "Parameters");
        List<Parameter> parameters = new ArrayList<>();
        new TreeMap<>(declared).forEach((name, declaration) -> {
            Optional<String> value = network.valueFor(name, (String) declaration.get("Type"), declaration.containsKey("Default"));
            value.ifPresent(present -> parameters.add(Parameter.builder().parameterKey(name).parameterValue(present).build()));
        });
        return parameters;
    }

    /** The template without the resources LocalStack cannot create and the outputs that name them. */
    @SuppressWarnings("unchecked")
    private static String withoutNotEmulated(String body, String stackName, List<String> leftOut)
    {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Map<String, Object> template = yaml.load(body);
        Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) template.get("Resources");
        List<String> removed = resources.entrySet().stream().filter(entry -> NOT_EMULATED.stream().anyMatch(((String) entry.getValue().get("Type"))::startsWith))
                .map(Map.Entry::getKey).sorted().toList();
        if (removed.isEmpty()) {
            return body;
        }
        removed.forEach(logicalId -> leftOut.add(stackName + "/" + logicalId));
        resources.keySet().removeAll(removed);
        // outputs of the removed resources (a database's endpoint) go with them
        Map<String, Object> outputs = (Map<String, Object>) template.getOrDefault("Outputs", new TreeMap<>());
        outputs.entrySet().removeIf(output -> removed.stream().anyMatch(yaml.dump(output.getValue())::contains));
        if (outputs.isEmpty()) {
            template.remove("Outputs");
        }
        assertThat(yaml.dump(template)).as("what is left of %s refers to no removed resource", stackName)
                .doesNotContain(removed.toArray(String[]::new));
        return yaml.dump(template);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> section(String body, String name)
    {
        Map<String, Object> template = new Yaml(new SafeConstructor(new LoaderOptions())).load(body);
        return (Map<String, Map<String, Object>>) template.getOrDefault(name, Map.of());
    }
}
