package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleCompute.Instance;
import io.cloudmigrate.discovery.sample.SampleCompute.OperatingSystem;
import io.cloudmigrate.discovery.sample.SampleCompute.Software;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes {@code ssm-describe-instance-information.json} and one
 * {@code ssm-list-inventory-entries/<instance-id>} ({@code AWS:Application}) per managed instance.
 * Instances SSM does not manage appear in neither.
 */
final class SsmJsonWriter
{
    private static final String LAST_PING = "2026-10-31T23:52:18.441000+00:00";

    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    SsmJsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        List<Instance> managed = topology.instances().stream()
                .filter(instance -> instance.where().equals(region) && instance.ssmManaged())
                .toList();
        ArrayNode information = array();
        for (Instance instance : managed) {
            information.add(information(instance));
            out.write(region.folder() + "/ssm-list-inventory-entries/" + SampleIds.fileName(instance.id()), inventory(instance));
        }
        ObjectNode document = object();
        document.set("InstanceInformationList", information);
        out.write(region.folder() + "/ssm-describe-instance-information.json", document);
    }

    private static ObjectNode information(Instance instance)
    {
        OperatingSystem operatingSystem = instance.operatingSystem();
        String address = instance.networkInterface().privateIp();
        ObjectNode node = object();
        node.put("InstanceId", instance.id());
        node.put("PingStatus", "Online");
        node.put("LastPingDateTime", LAST_PING);
        node.put("AgentVersion", agentVersion(instance));
        node.put("IsLatestVersion", false);
        node.put("PlatformType", operatingSystem.ssmPlatformType());
        node.put("PlatformName", operatingSystem.ssmPlatformName());
        node.put("PlatformVersion", operatingSystem.ssmPlatformVersion());
        node.put("ResourceType", "EC2Instance");
        node.put("IPAddress", address);
        node.put("ComputerName", operatingSystem.isWindows()
                ? "EC2AMAZ-" + SampleIds.alphanumeric("computer:" + instance.name(), 7).toUpperCase(Locale.ROOT)
                : AwsCliJsonWriter.privateDnsName(instance.where().region(), address));
        node.put("AssociationStatus", "Success");
        node.put("LastAssociationExecutionDate", "2026-10-31T22:10:04.118000+00:00");
        node.put("LastSuccessfulAssociationExecutionDate", "2026-10-31T22:10:04.118000+00:00");
        node.put("SourceId", instance.id());
        node.put("SourceType", "AWS::EC2::Instance");
        return node;
    }

    private static ObjectNode inventory(Instance instance)
    {
        ObjectNode node = object();
        node.put("TypeName", "AWS:Application");
        node.put("InstanceId", instance.id());
        node.put("SchemaVersion", "1.1");
        node.put("CaptureTime", "2026-10-31T22:10:11Z");
        ArrayNode entries = node.putArray("Entries");
        for (Software software : applications(instance)) {
            ObjectNode entry = entries.addObject();
            entry.put("ApplicationType", instance.operatingSystem().isWindows() ? "" : "System Environment/Daemons");
            entry.put("Architecture", instance.operatingSystem().isWindows() ? "X64" : "x86_64");
            entry.put("InstalledTime", instance.launchTime().substring(0, 19) + "Z");
            entry.put("Name", software.name());
            entry.put("Publisher", software.publisher());
            entry.put("Version", software.version());
        }
        return node;
    }

    /** The agents every managed instance has, then what the instance was set up with. */
    private static List<Software> applications(Instance instance)
    {
        List<Software> applications = new ArrayList<>();
        if (instance.operatingSystem().isWindows()) {
            applications.add(new Software("Amazon SSM Agent", agentVersion(instance), "Amazon Web Services"));
            applications.add(new Software("AWS PV Drivers", "8.3.4", "Amazon Web Services"));
        }
        else {
            applications.add(new Software("amazon-ssm-agent", agentVersion(instance), "Amazon.com"));
        }
        if (instance.memoryAgent()) {
            applications.add(new Software("amazon-cloudwatch-agent", "1.300049.1", "Amazon.com"));
        }
        applications.addAll(instance.software());
        return applications;
    }

    private static String agentVersion(Instance instance)
    {
        // the legacy boxes were set up by hand and never update their agent
        return instance.imdsHttpTokens().equals("optional") ? "3.1.1732.0" : "3.3.1142.0";
    }
}
