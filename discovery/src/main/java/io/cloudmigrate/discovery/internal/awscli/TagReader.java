package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;
import java.util.function.Function;

/**
 * Tags that AWS returns from calls of their own rather than in the describe output: Lambda
 * ({@code list-tags}), ElastiCache ({@code list-tags-for-resource}), Classic and ELBv2 load
 * balancers ({@code describe-tags}) and S3 buckets ({@code get-bucket-tagging}). Runs after every
 * resource has been read; the tags are merged into the resource's own, where the describe output
 * wins on a key both name (it is the resource's own record; a tag file may be older). A tag file
 * for a resource the estate does not hold is reported as a dangling reference.
 */
final class TagReader
{
    static final String LAMBDA_OPERATION = "lambda-list-tags";
    static final String ELASTICACHE_OPERATION = "elasticache-list-tags-for-resource";
    static final String S3_OPERATION = "s3-get-bucket-tagging";
    static final String CLASSIC_OPERATION = "elb-describe-tags";
    static final String V2_OPERATION = "elbv2-describe-tags";

    private TagReader() {}

    static void read(RegionContext context)
    {
        for (RegionFiles.ResourceFile file : context.files().resourceFiles(LAMBDA_OPERATION)) {
            String arn = resourceId(context, file, identifier -> identifier.startsWith("arn:") ? LambdaReader.unqualified(identifier)
                    : context.scope().lambdaFunction(identifier));
            if (hasField(context, file, "Tags")) {
                merge(context, "lambda", file.relativePath(), arn, "Lambda function " + arn, "lambda-list-functions", Json.tags(file.content()));
            }
        }
        for (RegionFiles.ResourceFile file : context.files().resourceFiles(ELASTICACHE_OPERATION)) {
            String arn = resourceId(context, file, identifier -> identifier.startsWith("arn:") ? identifier : context.scope().elastiCacheCluster(identifier));
            if (hasField(context, file, "TagList")) {
                merge(context, "elasticache", file.relativePath(), arn, "cache cluster " + arn, "elasticache-describe-cache-clusters",
                        Json.tags(file.content()));
            }
        }
        for (RegionFiles.ResourceFile file : context.files().resourceFiles(S3_OPERATION)) {
            String arn = resourceId(context, file, context.scope()::s3Bucket);
            if (hasField(context, file, "TagSet")) {
                merge(context, "s3", file.relativePath(), arn, "bucket " + arn, "s3-list-buckets", Json.tags(file.content()));
            }
        }
        String classicPath = context.files().documentPath(CLASSIC_OPERATION);
        for (JsonNode description : context.items(CLASSIC_OPERATION, "TagDescriptions")) {
            String name = Json.text(description, "LoadBalancerName");
            if (name != null) {
                merge(context, "elb", classicPath, context.scope().classicLoadBalancer(name), "Classic Load Balancer " + name,
                        "elb-describe-load-balancers", Json.tags(description));
            }
        }
        String v2Path = context.files().documentPath(V2_OPERATION);
        for (JsonNode description : context.items(V2_OPERATION, "TagDescriptions")) {
            String arn = Json.text(description, "ResourceArn");
            // describe-tags also takes target group and listener ARNs; those are no resources of the inventory
            if (arn != null && arn.contains(":loadbalancer/")) {
                merge(context, "elb", v2Path, arn, "load balancer " + arn, "elbv2-describe-load-balancers", Json.tags(description));
            }
        }
    }

    /**
     * The id of the resource a per-resource file is about. Files may be saved with a {@code .json}
     * ending; it is taken off unless the identifier with it names a resource (a bucket may be
     * called {@code x.json}).
     */
    private static String resourceId(RegionContext context, RegionFiles.ResourceFile file, Function<String, String> idOf)
    {
        String whole = idOf.apply(file.identifier());
        return context.estate().contains(whole) ? whole : idOf.apply(RegionFiles.withoutJsonEnding(file.identifier()));
    }

    private static boolean hasField(RegionContext context, RegionFiles.ResourceFile file, String field)
    {
        if (file.content().has(field)) {
            return true;
        }
        context.warn("import", Warnings.UNEXPECTED_SHAPE, file.relativePath(),
                file.relativePath() + ": expected a \"" + field + "\" field; the file was not read. Is it the output of another command?");
        return false;
    }

    private static void merge(RegionContext context, String service, String from, String resourceId, String described, String where,
            Map<String, String> tags)
    {
        if (!context.estate().mergeTags(resourceId, tags)) {
            context.dangling(service, from, described, where);
        }
    }
}
