package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.scoring.SelfManagedEngine;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The {@code GetProducts} questions an estate needs, each tied to the catalog dimension its answer
 * prices: EC2 instance hours by operating system (and the right-sized and Graviton sizes a target may
 * use), RDS instance hours by engine, edition, licence and deployment option, ElastiCache node hours,
 * and the other services of {@link ServiceQuestions}. Filters pin one product: shared tenancy, no
 * pre-installed software, capacity actually used.
 */
final class PriceListQuestions
{
    /**
     * A question, the dimension it prices, and which product of the answer gives the rate.
     *
     * @param unit the unit of the rate to take, when {@code usageType} is empty
     * @param usageType the product's {@code usagetype} without its region prefix ({@code USE1-}, {@code EU-} …),
     *         e.g. {@code NatGateway-Bytes}; empty to take the product by unit. Usage types tell apart
     *         products that share a unit (Fargate and Fargate Spot, hours and reserved capacity units).
     */
    record Question(PriceListQuery query, String region, String dimension, String unit, String usageType)
    {
        Question
        {
            requireNonNull(query, "query is null");
            requireNonNull(region, "region is null");
            requireNonNull(dimension, "dimension is null");
            requireNonNull(unit, "unit is null");
            requireNonNull(usageType, "usageType is null");
        }

        Question(PriceListQuery query, String region, String dimension, String unit)
        {
            this(query, region, dimension, unit, "");
        }

        /** Whether a product of the answer is the one this question prices. */
        boolean selects(PriceListItem item)
        {
            if (usageType.isEmpty()) {
                return item.onDemandUnit().equals(unit);
            }
            return withoutRegionPrefix(item.attributes().getOrDefault("usagetype", "")).equals(usageType);
        }
    }

    /** A usage type without its region prefix: {@code USE1-Fargate-GB-Hours} is {@code Fargate-GB-Hours}. */
    static String withoutRegionPrefix(String usageType)
    {
        return USAGE_TYPE_PREFIX.matcher(usageType).replaceFirst("");
    }

    // Region prefixes of usage types: USE1-, EUW2-, APN1-, UGW1- …, and EU- for eu-west-1; not TS- (trust store) or other words.
    private static final Pattern USAGE_TYPE_PREFIX = Pattern.compile("^(EU|[A-Z]{3,4}[0-9])-");

    private static final Map<String, String> OPERATING_SYSTEMS = Map.of("linux", "Linux", "windows", "Windows", "rhel", "RHEL", "suse", "SUSE");

    private PriceListQuestions() {}

    static SortedMap<String, Question> of(Inventory inventory)
    {
        SortedMap<String, Question> questions = new TreeMap<>();
        for (Resource resource : inventory.resources()) {
            // Other services are priced from the snapshot in this version.
            if (resource.details() instanceof ResourceDetails.Ec2Instance instance) {
                ec2(resource.region(), instance, questions);
            }
            else if (resource.details() instanceof ResourceDetails.RdsDbInstance database) {
                InstanceType.parse(database.dbInstanceClass()).ifPresent(type -> {
                    rds(resource.region(), database.dbInstanceClass(), database.engine(), database.multiAz(), questions);
                    type.gravitonEquivalent().ifPresent(graviton -> rds(resource.region(), "db." + graviton.name(), database.engine(), database.multiAz(), questions));
                });
            }
            else if (resource.details() instanceof ResourceDetails.ElastiCacheCluster cache) {
                elastiCache(resource.region(), ServicePricing.cacheEngine(cache.engine()), cache.cacheNodeType(), questions);
                InstanceType.parse(cache.cacheNodeType()).flatMap(InstanceType::gravitonEquivalent)
                        .ifPresent(graviton -> elastiCache(resource.region(), ServicePricing.cacheEngine(cache.engine()), "cache." + graviton.name(), questions));
            }
            ServiceQuestions.of(resource).forEach(question -> add(questions, question));
        }
        ServiceQuestions.dataTransfer(inventory).forEach(question -> add(questions, question));
        return questions;
    }

    private static void elastiCache(String region, String engine, String nodeType, SortedMap<String, Question> questions)
    {
        if (nodeType == null) {
            return;
        }
        String cacheEngine = switch (engine) {
            case "memcached" -> "Memcached";
            case "valkey" -> "Valkey";
            default -> "Redis";
        };
        add(questions, new Question(query("AmazonElastiCache", region, Map.of("productFamily", "Cache Instance", "instanceType", nodeType, "cacheEngine", cacheEngine)),
                region, "elasticache." + engine + "." + nodeType, "Hrs"));
    }

    private static void ec2(String region, ResourceDetails.Ec2Instance instance, SortedMap<String, Question> questions)
    {
        Optional<InstanceType> parsed = InstanceType.parse(instance.instanceType());
        if (parsed.isEmpty()) {
            return;
        }
        String system = Ec2Pricing.operatingSystem(instance);
        for (Optional<InstanceType> size = parsed; size.isPresent(); size = size.get().half()) {
            ec2Type(region, system, size.get(), questions);
        }
        parsed.get().gravitonEquivalent().ifPresent(graviton -> ec2Type(region, "linux", graviton, questions));
        SelfManagedEngine.detect(instance.software()).ifPresent(detected -> {
            if (detected.engine().database()) {
                rds(region, "db." + parsed.get().name(), detected.engine().managedEngine(), false, questions);
            }
            else {
                elastiCache(region, detected.engine().managedEngine(), "cache." + parsed.get().name(), questions);
            }
        });
    }

    private static void ec2Type(String region, String system, InstanceType type, SortedMap<String, Question> questions)
    {
        add(questions, new Question(query("AmazonEC2", region, Map.of(
                "instanceType", type.name(),
                "operatingSystem", OPERATING_SYSTEMS.get(system),
                "tenancy", "Shared",
                "preInstalledSw", "NA",
                "licenseModel", "No License required",
                "capacitystatus", "Used")), region, "ec2." + system + "." + type.name(), "Hrs"));
    }

    private static void rds(String region, String instanceClass, String engine, boolean multiAz, SortedMap<String, Question> questions)
    {
        if (engine == null) {
            return;
        }
        Map<String, String> filters = new TreeMap<>(Map.of("instanceType", instanceClass, "deploymentOption", multiAz ? "Multi-AZ" : "Single-AZ"));
        String value = engine.toLowerCase(Locale.ROOT);
        switch (value) {
            case "mysql" -> filters.put("databaseEngine", "MySQL");
            case "postgres" -> filters.put("databaseEngine", "PostgreSQL");
            case "mariadb" -> filters.put("databaseEngine", "MariaDB");
            case "aurora-mysql" -> filters.put("databaseEngine", "Aurora MySQL");
            case "aurora-postgresql" -> filters.put("databaseEngine", "Aurora PostgreSQL");
            case "sqlserver-ee", "sqlserver-se", "sqlserver-ex", "sqlserver-web" -> {
                filters.put("databaseEngine", "SQL Server");
                filters.put("databaseEdition", switch (value) {
                    case "sqlserver-ee" -> "Enterprise";
                    case "sqlserver-se" -> "Standard";
                    case "sqlserver-ex" -> "Express";
                    default -> "Web";
                });
                filters.put("licenseModel", "License included");
            }
            case "oracle-se2" -> {
                filters.put("databaseEngine", "Oracle");
                filters.put("databaseEdition", "Standard Two");
                filters.put("licenseModel", "License included");
            }
            default -> {
                // An engine without a known price list name (Oracle EE is bring-your-own-licence) stays unpriced.
                return;
            }
        }
        add(questions, new Question(query("AmazonRDS", region, filters), region, DatabasePricing.instanceDimension(instanceClass, multiAz, engine), "Hrs"));
    }

    static PriceListQuery query(String serviceCode, String region, Map<String, String> filters)
    {
        SortedMap<String, String> all = new TreeMap<>(filters);
        all.put("regionCode", region);
        return new PriceListQuery(serviceCode, all);
    }

    private static void add(SortedMap<String, Question> questions, Question question)
    {
        questions.putIfAbsent(question.region() + " " + question.dimension(), question);
    }
}
