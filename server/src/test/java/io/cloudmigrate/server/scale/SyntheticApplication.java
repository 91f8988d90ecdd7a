package io.cloudmigrate.server.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One application of the synthetic estate: {@value #RESOURCES} workload resources in one subnet of a
 * VPC shared by {@value SyntheticEstate#APPLICATIONS_PER_VPC} applications, and the security groups
 * between them (see {@link SyntheticEstate} for the rules).
 */
final class SyntheticApplication
{
    static final int WEB_INSTANCES = 14;
    static final int APP_INSTANCES = 14;
    static final int FUNCTIONS = 5;
    static final int DATABASES = 2;
    static final int CACHES = 3;
    /** Instances nobody calls any more, idle for the whole metric window: what an estate's Retire candidates look like. */
    static final int LEGACY_INSTANCES = 2;
    /** A load balancer, the instances, functions, databases, caches and one bucket. */
    static final int RESOURCES = 1 + WEB_INSTANCES + APP_INSTANCES + LEGACY_INSTANCES + FUNCTIONS + DATABASES + CACHES + 1;

    /** A workload with a network interface: its name (or instance id), address and interface. */
    record Member(String name, String address, String networkInterfaceId) {}

    /** Traffic of one kind between two members, or from a client outside the estate. */
    record Conversation(String sourceAddress, String targetAddress, int port, String sourceInterface, String targetInterface) {}

    final String region;
    final int number;
    final String name;
    /** The value of its {@code app} tag: its name, or the tag every application of the estate shares. */
    final String applicationTag;
    final String vpcId;
    final String vpcCidr;
    final String subnetId;
    final String subnetCidr;
    final boolean firstInVpc;
    final String loadBalancerArn;
    final String targetGroupArn;
    final Member loadBalancer;
    final List<Member> webInstances = new ArrayList<>();
    final List<Member> appInstances = new ArrayList<>();
    final List<Member> legacyInstances = new ArrayList<>();
    final List<Member> functions = new ArrayList<>();
    final List<Member> databases = new ArrayList<>();
    final List<Member> caches = new ArrayList<>();
    final String bucket;
    final String loadBalancerGroup;
    final String webGroup;
    final String appGroup;
    final String functionGroup;
    final String databaseGroup;
    final String reportingGroup;
    final String cacheGroup;
    private SyntheticApplication next;

    SyntheticApplication(SyntheticIds ids, String region, int regionIndex, int number, int indexInRegion, Optional<String> sharedApplicationTag)
    {
        this.region = region;
        this.number = number;
        this.name = String.format(Locale.ROOT, "app-%05d", number);
        this.applicationTag = sharedApplicationTag.orElse(name);
        int vpcNumber = indexInRegion / SyntheticEstate.APPLICATIONS_PER_VPC;
        int subnetNumber = indexInRegion % SyntheticEstate.APPLICATIONS_PER_VPC;
        // 10.<region * 100 + VPC>.<subnet>.0: a hundred VPCs of ten applications in each region, 40,000 resources.
        if (vpcNumber >= 100) {
            throw new IllegalArgumentException("at most 1,000 applications a region (" + 2000 * RESOURCES + " resources)");
        }
        String vpcPrefix = "10." + (regionIndex * 100 + vpcNumber);
        this.vpcCidr = vpcPrefix + ".0.0/16";
        this.vpcId = ids.ec2For("vpc", regionIndex * 1_000L + vpcNumber);
        this.firstInVpc = subnetNumber == 0;
        String subnetPrefix = vpcPrefix + "." + subnetNumber + ".";
        this.subnetCidr = subnetPrefix + "0/24";
        this.subnetId = ids.ec2("subnet");
        String balancerName = name + "-alb";
        String arnPrefix = "arn:aws:elasticloadbalancing:" + region + ":" + SyntheticEstate.ACCOUNT_ID + ":";
        String balancerSuffix = balancerName + "/" + ids.hex(16);
        this.loadBalancerArn = arnPrefix + "loadbalancer/app/" + balancerSuffix;
        this.targetGroupArn = arnPrefix + "targetgroup/" + name + "-web/" + ids.hex(16);
        this.loadBalancer = new Member(balancerName, subnetPrefix + 10, ids.ec2("eni"));
        for (int index = 0; index < WEB_INSTANCES; index++) {
            webInstances.add(new Member(ids.ec2("i"), subnetPrefix + (20 + index), ids.ec2("eni")));
        }
        for (int index = 0; index < APP_INSTANCES; index++) {
            appInstances.add(new Member(ids.ec2("i"), subnetPrefix + (40 + index), ids.ec2("eni")));
        }
        for (int index = 0; index < LEGACY_INSTANCES; index++) {
            legacyInstances.add(new Member(ids.ec2("i"), subnetPrefix + (90 + index), ids.ec2("eni")));
        }
        for (int index = 0; index < FUNCTIONS; index++) {
            functions.add(new Member(name + "-function-" + index, subnetPrefix + (60 + index), ids.ec2("eni")));
        }
        for (int index = 0; index < DATABASES; index++) {
            databases.add(new Member(name + "-db-" + index, subnetPrefix + (70 + index), ids.ec2("eni")));
        }
        for (int index = 0; index < CACHES; index++) {
            caches.add(new Member(name + "-cache-" + index, subnetPrefix + (80 + index), ids.ec2("eni")));
        }
        this.bucket = "synthetic-" + name + "-" + region + "-" + ids.hex(6);
        this.loadBalancerGroup = ids.ec2("sg");
        this.webGroup = ids.ec2("sg");
        this.appGroup = ids.ec2("sg");
        this.functionGroup = ids.ec2("sg");
        this.databaseGroup = ids.ec2("sg");
        this.reportingGroup = ids.ec2("sg");
        this.cacheGroup = ids.ec2("sg");
        this.next = this;
    }

    /** The application whose databases this one's app tier also uses. */
    void linkTo(SyntheticApplication other)
    {
        this.next = other;
    }

    SyntheticApplication next()
    {
        return next;
    }

    List<String> securityGroups()
    {
        return List.of(loadBalancerGroup, webGroup, appGroup, functionGroup, databaseGroup, reportingGroup, cacheGroup);
    }

    /** The security groups of a database: each has a set of its own, which is how RDS interfaces are attributed. */
    List<String> databaseGroups(int index)
    {
        return index == 0 ? List.of(databaseGroup) : List.of(databaseGroup, reportingGroup);
    }

    /** Who talks to whom: clients to the load balancer, and down the tiers. */
    List<Conversation> conversations()
    {
        List<Conversation> result = new ArrayList<>();
        for (int client = 0; client < 3; client++) {
            result.add(new Conversation("198.51.100." + (client + 1), loadBalancer.address(), 443, null, loadBalancer.networkInterfaceId()));
        }
        for (int index = 0; index < WEB_INSTANCES; index++) {
            result.add(talk(loadBalancer, webInstances.get(index), 8080));
            result.add(talk(webInstances.get(index), appInstances.get(index % APP_INSTANCES), 8080));
        }
        for (int index = 0; index < APP_INSTANCES; index++) {
            Member app = appInstances.get(index);
            result.add(talk(app, databases.get(index % DATABASES), 5432));
            result.add(talk(app, caches.get(index % CACHES), 6379));
        }
        for (int index = 0; index < FUNCTIONS; index++) {
            if (!SyntheticProfile.idleFunction(index)) {
                result.add(talk(functions.get(index), databases.get(index % DATABASES), 5432));
            }
        }
        if (next != this) {
            result.add(talk(appInstances.getFirst(), next.databases.getFirst(), 5432));
        }
        return result;
    }

    private static Conversation talk(Member source, Member target, int port)
    {
        return new Conversation(source.address(), target.address(), port, source.networkInterfaceId(), target.networkInterfaceId());
    }
}
