package io.cloudmigrate.codegen;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What moto 5.2's CloudFormation cannot do with the generated templates, worked around in the copy
 * the deploy test creates (never in what {@code generate} writes), each named where it is changed:
 * <ul>
 * <li>{@code Fn::GetAtt [db, DBInstanceArn]}: moto's DB instance has only the {@code Endpoint.*}
 *     attributes; the ARN is built from the instance's {@code Ref} (its identifier) instead;</li>
 * <li>a cross-Region read replica with {@code DBSubnetGroupName}: moto looks the subnet group up in the
 *     primary's Region, where it does not exist; the replica is created without it;</li>
 * <li>{@code AWS::ElastiCache::*}: moto's CloudFormation has no ElastiCache resource types (its ElastiCache
 *     API does, but creates no member clusters); the resources and the outputs naming them are left out;</li>
 * <li>{@code Targets} of an {@code AWS::ElasticLoadBalancingV2::TargetGroup}: moto creates the group without
 *     registering them (nothing to work around: the deploy test checks the group and the instance);</li>
 * <li>{@code AWS::SecretsManager::Secret} (a replication group's AUTH token): moto's CloudFormation does not
 *     create it; as its only user, the replication group, is left out, so is the secret.</li>
 * </ul>
 */
final class MotoGaps
{
    private MotoGaps() {}

    static Map<String, Object> load(String body)
    {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(body);
    }

    /** Applies the work-arounds to the template, returning what was changed, as {@code file/logical id: gap}. */
    @SuppressWarnings("unchecked")
    static List<String> workAround(Map<String, Object> template, String file)
    {
        List<String> changed = new ArrayList<>();
        Map<String, Map<String, Object>> resources = (Map<String, Map<String, Object>>) template.get("Resources");
        resources.forEach((logicalId, resource) -> {
            Map<String, Object> properties = (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
            if (resource.get("Type").equals("AWS::RDS::DBInstance") && properties.get("SourceDBInstanceIdentifier") instanceof Map<?, ?> source
                    && source.containsKey("Ref") && properties.remove("DBSubnetGroupName") != null) {
                changed.add(file + "/" + logicalId + ": cross-Region replica without DBSubnetGroupName");
            }
        });
        List<String> caches = resources.entrySet().stream().filter(entry -> ((String) entry.getValue().get("Type")).startsWith("AWS::ElastiCache::")
                        || entry.getValue().get("Type").equals("AWS::SecretsManager::Secret"))
                .map(Map.Entry::getKey).sorted().toList();
        if (!caches.isEmpty()) {
            resources.keySet().removeAll(caches);
            caches.forEach(logicalId -> changed.add(file + "/" + logicalId + ": ElastiCache (and its AUTH token) left out"));
            Map<String, Object> outputs = (Map<String, Object>) template.getOrDefault("Outputs", Map.of());
            Yaml yaml = new Yaml();
            outputs.entrySet().removeIf(output -> caches.stream().anyMatch(yaml.dump(output.getValue())::contains));
            assertThat(yaml.dump(template)).as("what is left of %s refers to no ElastiCache resource", file).doesNotContain(caches.toArray(String[]::new));
        }
        replaceArns(template, file, "", changed);
        return List.copyOf(changed);
    }

    @SuppressWarnings("unchecked")
    private static void replaceArns(Object node, String file, String path, List<String> changed)
    {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> entries = (Map<String, Object>) map;
            entries.replaceAll((key, value) -> {
                if (value instanceof Map<?, ?> inner && inner.get("Fn::GetAtt") instanceof List<?> attribute
                        && attribute.size() == 2 && "DBInstanceArn".equals(attribute.get(1))) {
                    changed.add(file + path + "/" + key + ": DBInstanceArn built from Ref");
                    return Map.of("Fn::Sub", "arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:db:${" + attribute.get(0) + "}");
                }
                replaceArns(value, file, path + "/" + key, changed);
                return value;
            });
        }
        else if (node instanceof List<?> list) {
            list.forEach(item -> replaceArns(item, file, path, changed));
        }
    }

    /** How many times the intrinsic function occurs in the template. */
    static int count(Object node, String function)
    {
        if (node instanceof Map<?, ?> map) {
            int own = map.containsKey(function) ? 1 : 0;
            return own + map.values().stream().mapToInt(value -> count(value, function)).sum();
        }
        if (node instanceof List<?> list) {
            return list.stream().mapToInt(item -> count(item, function)).sum();
        }
        return 0;
    }
}
