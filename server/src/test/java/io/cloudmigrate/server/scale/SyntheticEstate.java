package io.cloudmigrate.server.scale;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Generates a large synthetic estate in the AWS CLI layout that {@code cloudmigrate import --aws-cli}
 * reads ({@code docs/aws-cli-layout.md}), with VPC flow logs under {@code flow-logs/}, for the scale
 * benchmark ({@code bench/scale.sh}) and the scale test. The same size and seed give byte-identical
 * files.
 *
 * <p>The estate is one account in two regions, made of applications of {@value SyntheticApplication#RESOURCES}
 * workload resources each (an internet-facing ALB with a target group of web instances, app
 * instances, Lambda functions in the VPC, RDS instances, ElastiCache clusters and an S3 bucket), ten
 * applications to a VPC. Their security groups reference each other (load balancer to web, web to app,
 * app and functions to the databases, and each application's app tier to the next application's
 * databases), and hold CIDR rules: SSH to the app tier from the application's subnet, and the cache
 * port from the whole VPC, the kind of broad rule that makes allowed pairs grow with the square of a VPC.
 *
 * <p>Each application also has two idle legacy instances, and every resource has 90 days of CloudWatch
 * metrics, tags (owner, application, environment) and, for instances, an operating system from SSM, with
 * versions and utilisation varied as {@link SyntheticProfile} describes, so that the strategies come out in
 * the proportions of a real estate and generate has Terraform, runbooks and a report to write for them.
 *
 * <p>With {@code --application-tag NAME} every resource carries the same {@code app} tag, so that an
 * assessment with a large {@code --max-wave-size} puts all the instances of a wave into one application
 * runbook: the layout that shows how a runbook grows with its members.
 *
 * <p>Usage: {@code SyntheticEstate --resources N [--seed S] [--records-per-resource R] [--application-tag NAME] --out DIR}.
 */
public final class SyntheticEstate
{
    static final String ACCOUNT_ID = "123456789012";
    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
    static final int APPLICATIONS_PER_VPC = 10;
    static final int DEFAULT_RECORDS_PER_RESOURCE = 20;

    /** What was written: the workload resources, security groups and flow-log records. */
    public record Summary(int resources, int securityGroups, long flowLogRecords) {}

    private SyntheticEstate() {}

    public static void main(String[] args)
    {
        int resources = -1;
        long seed = 1;
        int recordsPerResource = DEFAULT_RECORDS_PER_RESOURCE;
        Path out = null;
        Optional<String> applicationTag = Optional.empty();
        for (int index = 0; index < args.length; index++) {
            String value = index + 1 < args.length ? args[index + 1] : null;
            switch (args[index]) {
                case "--resources" -> resources = Integer.parseInt(requireNonNull(value, "--resources needs a value"));
                case "--seed" -> seed = Long.parseLong(requireNonNull(value, "--seed needs a value"));
                case "--records-per-resource" -> recordsPerResource = Integer.parseInt(requireNonNull(value, "--records-per-resource needs a value"));
                case "--application-tag" -> applicationTag = Optional.of(requireNonNull(value, "--application-tag needs a value"));
                case "--out" -> out = Path.of(requireNonNull(value, "--out needs a value"));
                default -> usage("unknown argument " + args[index]);
            }
            index++;
        }
        if (resources < 1 || out == null) {
            usage("--resources and --out are required");
        }
        Summary summary = generate(out, resources, seed, recordsPerResource, applicationTag);
        System.out.println(summary.resources() + " resources, " + summary.securityGroups() + " security groups, "
                + summary.flowLogRecords() + " flow-log records in " + out);
    }

    private static void usage(String problem)
    {
        System.err.println("SyntheticEstate: " + problem);
        System.err.println("usage: SyntheticEstate --resources N [--seed S] [--records-per-resource R] [--application-tag NAME] --out DIR");
        System.exit(2);
    }

    /**
     * Writes an estate of about {@code resources} workload resources (whole applications, at least one)
     * into {@code directory}, which must be empty or absent.
     */
    public static Summary generate(Path directory, int resources, long seed, int recordsPerResource)
    {
        return generate(directory, resources, seed, recordsPerResource, Optional.empty());
    }

    /** As {@link #generate(Path, int, long, int)}, every resource tagged {@code app=}{@code applicationTag} when it is present. */
    public static Summary generate(Path directory, int resources, long seed, int recordsPerResource, Optional<String> applicationTag)
    {
        requireNonNull(directory, "directory is null");
        requireNonNull(applicationTag, "applicationTag is null");
        int applications = Math.max(1, Math.round(resources / (float) SyntheticApplication.RESOURCES));
        SyntheticIds ids = new SyntheticIds(seed);
        SyntheticJson json = new SyntheticJson(directory);
        List<SyntheticApplication> all = new ArrayList<>();
        int securityGroups = 0;
        for (int regionIndex = 0; regionIndex < REGIONS.size(); regionIndex++) {
            String region = REGIONS.get(regionIndex);
            // Applications alternate between the regions, so that both grow with the estate.
            List<SyntheticApplication> inRegion = new ArrayList<>();
            for (int number = regionIndex; number < applications; number += REGIONS.size()) {
                inRegion.add(new SyntheticApplication(ids, region, regionIndex, number, inRegion.size(), applicationTag));
            }
            for (int index = 0; index < inRegion.size(); index++) {
                inRegion.get(index).linkTo(inRegion.get((index + 1) % inRegion.size()));
            }
            new SyntheticRegionWriter(json, ids, region, inRegion).write();
            securityGroups += inRegion.stream().mapToInt(application -> application.securityGroups().size()).sum();
            all.addAll(inRegion);
        }
        ObjectNode estate = SyntheticJson.object().put("name", "Synthetic estate of " + applications + " applications (seed " + seed + ")")
                .put("capturedAt", "2026-11-01T00:00:00Z");
        json.write("cloudmigrate-estate.json", estate);
        long records = new SyntheticFlowLogs(directory.resolve("flow-logs"), seed, recordsPerResource).write(all);
        return new Summary(applications * SyntheticApplication.RESOURCES, securityGroups, records);
    }

    static void createDirectories(Path directory)
    {
        try {
            Files.createDirectories(directory);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
