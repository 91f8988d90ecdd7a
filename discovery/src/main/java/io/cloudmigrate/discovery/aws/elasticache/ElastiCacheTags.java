package io.cloudmigrate.discovery.aws.elasticache;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticache.model.CacheClusterNotFoundException;
import software.amazon.awssdk.services.elasticache.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.elasticache.model.ReplicationGroupNotFoundException;

import java.util.List;

/**
 * The tags of the cache clusters and replication groups already stored, which their describe calls
 * leave out: one {@code ListTagsForResource} call per ARN, stored as
 * {@code elasticache-list-tags-for-resource/<arn>}.
 */
final class ElastiCacheTags
{
    static final String OPERATION = "elasticache-list-tags-for-resource";

    private ElastiCacheTags() {}

    static void read(ScannerContext context, ElastiCacheClient elastiCache)
    {
        for (JsonNode cluster : context.items("elasticache-describe-cache-clusters", "CacheClusters")) {
            String clusterId = cluster.path("CacheClusterId").asText();
            store(context, elastiCache, cluster.path("ARN").asText(context.arns().elastiCacheCluster(clusterId)));
        }
        for (JsonNode group : context.items("elasticache-describe-replication-groups", "ReplicationGroups")) {
            String arn = group.path("ARN").asText("");
            if (!arn.isEmpty()) {
                store(context, elastiCache, arn);
            }
        }
    }

    private static void store(ScannerContext context, ElastiCacheClient elastiCache, String arn)
    {
        context.optionalCall(OPERATION, arn, () -> {
            try {
                ListTagsForResourceResponse tags = elastiCache.listTagsForResource(request -> request.resourceName(arn));
                // the CLI prints "TagList": [] for an untagged resource; the importer expects the field
                context.resourceDocument(OPERATION, arn, tags.hasTagList() ? tags : tags.toBuilder().tagList(List.of()).build());
            }
            catch (CacheClusterNotFoundException | ReplicationGroupNotFoundException e) {
                // deleted since it was listed: it has no tags to read
            }
        });
    }
}
