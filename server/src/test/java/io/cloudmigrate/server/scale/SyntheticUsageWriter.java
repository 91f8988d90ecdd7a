package io.cloudmigrate.server.scale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.server.scale.SyntheticApplication.Member;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import static io.cloudmigrate.server.scale.SyntheticJson.encoded;
import static io.cloudmigrate.server.scale.SyntheticJson.object;

/**
 * Writes what the ranking reads besides the describe outputs, for one region of the synthetic estate:
 * 90 days of CloudWatch metrics per resource, the instances' operating systems and software (SSM),
 * and the tags AWS returns from separate calls (Lambda, ElastiCache, load balancers, S3). Values
 * come from a generator seeded by the resource's ARN, so they vary between resources but not between runs.
 */
final class SyntheticUsageWriter
{
    static final int WINDOW_DAYS = 90;
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final double MEGABYTE = 1_048_576;

    private final SyntheticJson json;
    private final String region;
    private final List<SyntheticApplication> applications;
    private final String arnPrefix;
    private final ArrayNode timestamps = SyntheticJson.array();

    SyntheticUsageWriter(SyntheticJson json, String region, List<SyntheticApplication> applications)
    {
        this.json = json;
        this.region = region;
        this.applications = applications;
        this.arnPrefix = ":" + region + ":" + SyntheticEstate.ACCOUNT_ID + ":";
        // Newest first, as get-metric-data returns them; one array shared by every result, since it is only written.
        for (int day = 0; day < WINDOW_DAYS; day++) {
            timestamps.add(LAST_DAY.minusDays(day) + "T00:00:00+00:00");
        }
    }

    /** The owner, application and environment tags every resource of an application carries, as {@code Key}/{@code Value} pairs. */
    static List<ObjectNode> tags(SyntheticApplication application)
    {
        return List.of(object().put("Key", "app").put("Value", application.applicationTag), object().put("Key", "owner").put("Value", SyntheticProfile.owner(application)),
                object().put("Key", "Environment").put("Value", SyntheticProfile.environment(application)));
    }

    void write()
    {
        ObjectNode information = object();
        ArrayNode informationList = information.putArray("InstanceInformationList");
        ObjectNode balancerTags = object();
        ArrayNode descriptions = balancerTags.putArray("TagDescriptions");
        for (SyntheticApplication application : applications) {
            instances(application, informationList);
            for (int index = 0; index < application.databases.size(); index++) {
                String arn = "arn:aws:rds" + arnPrefix + "db:" + application.databases.get(index).name();
                SplittableRandom random = random(arn);
                metrics(arn, result("CPUUtilization", random, 10 + random.nextInt(40), 0.3), result("DatabaseConnections", random, 20 + random.nextInt(180), 0.2));
            }
            for (Member cache : application.caches) {
                String arn = "arn:aws:elasticache" + arnPrefix + "cluster:" + cache.name();
                SplittableRandom random = random(arn);
                metrics(arn, result("CPUUtilization", random, 5 + random.nextInt(25), 0.3), result("CurrConnections", random, 50 + random.nextInt(750), 0.2));
                json.write(region + "/elasticache-list-tags-for-resource/" + encoded(arn), tagList("TagList", application));
            }
            for (int index = 0; index < application.functions.size(); index++) {
                String arn = "arn:aws:lambda" + arnPrefix + "function:" + application.functions.get(index).name();
                SplittableRandom random = random(arn);
                if (SyntheticProfile.idleFunction(index)) {
                    metrics(arn, result("Invocations", random, 0, 0));
                }
                else {
                    metrics(arn, result("Invocations", random, 1_000 + random.nextInt(100_000), 0.4), result("Duration", random, 50 + random.nextInt(250), 0.1));
                }
                ObjectNode tags = object();
                ObjectNode map = tags.putObject("Tags");
                tags(application).forEach(tag -> map.put(tag.get("Key").asText(), tag.get("Value").asText()));
                json.write(region + "/lambda-list-tags/" + encoded(arn), tags);
            }
            SplittableRandom random = random(application.loadBalancerArn);
            metrics(application.loadBalancerArn, result("RequestCount", random, 100_000 + random.nextInt(900_000), 0.3));
            ObjectNode description = descriptions.addObject().put("ResourceArn", application.loadBalancerArn);
            ArrayNode pairs = description.putArray("Tags");
            tags(application).forEach(pairs::add);
            json.write(region + "/s3-get-bucket-tagging/" + encoded(application.bucket), tagList("TagSet", application));
            bucket(application);
        }
        json.write(region + "/ssm-describe-instance-information.json", information);
        json.write(region + "/elbv2-describe-tags.json", balancerTags);
    }

    private void instances(SyntheticApplication application, ArrayNode informationList)
    {
        for (int index = 0; index < application.webInstances.size(); index++) {
            busyInstance(application.webInstances.get(index), SyntheticProfile.amazonLinuxVersion("web", index), informationList);
        }
        for (int index = 0; index < application.appInstances.size(); index++) {
            Member member = application.appInstances.get(index);
            busyInstance(member, SyntheticProfile.amazonLinuxVersion("app", index), informationList);
            if (index == SyntheticProfile.SELF_MANAGED_DATABASE_INDEX) {
                ObjectNode inventory = object().put("TypeName", "AWS:Application").put("InstanceId", member.name()).put("SchemaVersion", "1.1")
                        .put("CaptureTime", "2026-10-31T22:10:11Z");
                ArrayNode entries = inventory.putArray("Entries");
                entries.addObject().put("Name", "postgresql15-server").put("Version", "15.8").put("Publisher", "Amazon Linux").put("ApplicationType", "Applications/Databases");
                entries.addObject().put("Name", "amazon-ssm-agent").put("Version", "3.3.1142.0").put("Publisher", "Amazon.com").put("ApplicationType", "Applications/System");
                json.write(region + "/ssm-list-inventory-entries/" + member.name(), inventory);
            }
        }
        for (Member member : application.legacyInstances) {
            information(informationList, member, "2023");
            String arn = instanceArn(member);
            SplittableRandom random = random(arn);
            double network = 1 + random.nextDouble();
            metrics(arn, result("CPUUtilization", random, 0.6 + random.nextDouble(), 0.2), result("mem_used_percent", random, 2 + random.nextDouble() * 2, 0.1),
                    result("NetworkIn", random, network * MEGABYTE, 0.2), result("NetworkOut", random, network * MEGABYTE / 2, 0.2));
        }
    }

    private void busyInstance(Member member, String version, ArrayNode informationList)
    {
        information(informationList, member, version);
        String arn = instanceArn(member);
        SplittableRandom random = random(arn);
        double network = 200 + random.nextInt(4_000);
        ObjectNode cpu = result("CPUUtilization", random, 12 + random.nextInt(50), 0.35);
        ObjectNode in = result("NetworkIn", random, network * MEGABYTE, 0.3);
        ObjectNode out = result("NetworkOut", random, network * 3 * MEGABYTE, 0.3);
        // The CloudWatch agent (memory) runs on about half the instances, as in estates that adopted it part-way.
        if (random.nextBoolean()) {
            metrics(arn, cpu, in, out, result("mem_used_percent", random, 30 + random.nextInt(45), 0.15));
        }
        else {
            metrics(arn, cpu, in, out);
        }
    }

    private static void information(ArrayNode list, Member member, String version)
    {
        list.addObject().put("InstanceId", member.name()).put("PingStatus", "Online").put("PlatformType", "Linux").put("PlatformName", "Amazon Linux")
                .put("PlatformVersion", version).put("ResourceType", "EC2Instance").put("IPAddress", member.address());
    }

    private String instanceArn(Member member)
    {
        return "arn:aws:ec2" + arnPrefix + "instance/" + member.name();
    }

    private void bucket(SyntheticApplication application)
    {
        String arn = "arn:aws:s3:::" + application.bucket;
        SplittableRandom random = random(arn);
        double bytes = (1 + random.nextInt(500)) * 1_073_741_824.0;
        metrics(arn, result("BucketSizeBytes", random, bytes, 0.01), result("NumberOfObjects", random, 10_000 + random.nextInt(1_000_000), 0.01));
    }

    private static SplittableRandom random(String arn)
    {
        return new SplittableRandom(SyntheticIds.mix(arn.hashCode()));
    }

    /** One metric's daily values around {@code average}, each off by up to {@code spread} of it either way. */
    private ObjectNode result(String label, SplittableRandom random, double average, double spread)
    {
        ObjectNode result = object().put("Id", Character.toLowerCase(label.charAt(0)) + label.substring(1).replace("_", "")).put("Label", label);
        result.set("Timestamps", timestamps);
        ArrayNode values = result.putArray("Values");
        for (int day = 0; day < WINDOW_DAYS; day++) {
            values.add(Math.round(average * (1 + spread * (2 * random.nextDouble() - 1)) * 100) / 100.0);
        }
        return result.put("StatusCode", "Complete");
    }

    private void metrics(String arn, ObjectNode... results)
    {
        ObjectNode document = object();
        ArrayNode list = document.putArray("MetricDataResults");
        for (ObjectNode result : results) {
            list.add(result);
        }
        document.putArray("Messages");
        json.writeCompact(region + "/cloudwatch-get-metric-data/" + encoded(arn), document);
    }

    private static ObjectNode tagList(String field, SyntheticApplication application)
    {
        ObjectNode document = object();
        ArrayNode list = document.putArray(field);
        tags(application).forEach(list::add);
        return document;
    }
}
