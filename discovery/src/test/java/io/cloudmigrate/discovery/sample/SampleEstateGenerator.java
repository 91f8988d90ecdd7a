package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Generates the bundled sample estate, Northwind Traders ({@link SampleTopology#northwind()}), in
 * the AWS CLI layout of {@code docs/aws-cli-layout.md}, with VPC flow logs under {@code flow-logs/}
 * and an {@code index.txt} listing every file. The output is byte-identical on every run.
 *
 * <p>To regenerate the committed copy, from the {@code discovery} module:
 * {@code java … io.cloudmigrate.discovery.sample.SampleEstateGenerator src/main/resources/io/cloudmigrate/discovery/sample-estate}
 */
public final class SampleEstateGenerator
{
    static final String INDEX = "index.txt";

    private SampleEstateGenerator() {}

    public static void main(String[] args)
    {
        if (args.length != 1) {
            System.err.println("usage: SampleEstateGenerator OUTPUT_DIRECTORY");
            System.exit(2);
        }
        List<String> files = generate(Path.of(args[0]));
        System.out.println("wrote " + files.size() + " files to " + args[0]);
    }

    /**
     * Writes the sample estate into {@code outputDirectory}, replacing an earlier sample estate
     * there, and returns the relative paths written (without {@code index.txt}), sorted.
     */
    static List<String> generate(Path outputDirectory)
    {
        clear(outputDirectory);
        SampleTopology topology = SampleTopology.northwind();
        AwsCliJsonWriter out = new AwsCliJsonWriter(outputDirectory);
        ObjectNode estate = object().put("name", topology.name()).put("capturedAt", topology.capturedAt());
        out.write("cloudmigrate-estate.json", estate);
        for (AccountRegion region : topology.regions()) {
            out.write(region.folder() + "/sts-get-caller-identity.json", callerIdentity(region));
            new Ec2JsonWriter(topology, out).write(region);
            new SsmJsonWriter(topology, out).write(region);
            new NetworkJsonWriter(topology, out).write(region);
            new RouteTableJsonWriter(topology, out).write(region);
            new InterfaceJsonWriter(topology, out).write(region);
            new DatabaseJsonWriter(topology, out).write(region);
            new ClusterJsonWriter(topology, out).write(region);
            new LoadBalancerJsonWriter(topology, out).write(region);
            new LambdaJsonWriter(topology, out).write(region);
            new ApiGatewayJsonWriter(topology, out).write(region);
            new ContainerJsonWriter(topology, out).write(region);
            new StorageJsonWriter(topology, out).write(region);
            new MetricWriter(topology, out).write(region);
        }
        new FlowLogWriter(topology, out).write();
        List<String> files = out.writtenFiles();
        try {
            Files.writeString(outputDirectory.resolve(INDEX), String.join("\n", files) + "\n", StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static ObjectNode callerIdentity(AccountRegion region)
    {
        return object()
                .put("UserId", "AROA" + SampleIds.alphanumeric("role:" + region.accountId(), 17).toUpperCase(Locale.ROOT) + ":cloudmigrate-discovery")
                .put("Account", region.accountId())
                .put("Arn", "arn:aws:sts::" + region.accountId() + ":assumed-role/CloudMigrateReadOnly/cloudmigrate-discovery");
    }

    /** Empties the directory, refusing one that holds anything but an earlier sample estate. */
    private static void clear(Path directory)
    {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.findAny().isEmpty()) {
                return;
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(directory.resolve(INDEX))) {
            throw new IllegalArgumentException(directory + ": not empty and not a sample estate (no " + INDEX + "); choose an empty directory");
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(directory)) {
                    Files.delete(path);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
