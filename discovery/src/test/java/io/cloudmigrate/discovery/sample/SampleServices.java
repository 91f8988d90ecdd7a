package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleCompute.Function;
import io.cloudmigrate.discovery.sample.SampleCompute.Instance;
import io.cloudmigrate.discovery.sample.SampleNetwork.Account;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.NetworkInterface;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;
import io.cloudmigrate.discovery.sample.SampleNetwork.Vpc;

import java.util.List;

/**
 * The managed services of the sample estate that front or store things: load balancers, S3
 * buckets, API Gateway APIs and Lambda event sources.
 */
final class SampleServices
{
    private SampleServices() {}

    /** A Classic Load Balancer with one HTTP listener. */
    record ClassicLoadBalancer(
            String name,
            String scheme,
            List<Subnet> subnets,
            List<SecurityGroup> groups,
            List<NetworkInterface> interfaces,
            int port,
            int instancePort,
            List<Instance> instances,
            String createdTime,
            List<Tag> tags)
    {
        AccountRegion where()
        {
            return subnets.getFirst().where();
        }
    }

    /** A registered target: an instance id or, for {@code ip} target groups, an address. */
    record Target(String id, int port, String availabilityZone) {}

    /** @param weight the share of the HTTPS listener's traffic this group receives */
    record TargetGroup(String name, String id, Vpc vpc, String targetType, int port, int weight, String healthCheckPath, List<Target> targets)
    {
        String arn()
        {
            return "arn:aws:elasticloadbalancing:" + vpc.where().region() + ":" + vpc.where().accountId() + ":targetgroup/" + name + "/" + id;
        }
    }

    /**
     * An Application Load Balancer with an HTTP listener that redirects to HTTPS and an HTTPS
     * listener that forwards to its target groups by weight.
     */
    record ApplicationLoadBalancer(
            String name,
            String id,
            String scheme,
            List<Subnet> subnets,
            List<SecurityGroup> groups,
            List<NetworkInterface> interfaces,
            List<TargetGroup> targetGroups,
            String certificateId,
            String createdTime,
            List<Tag> tags)
    {
        AccountRegion where()
        {
            return subnets.getFirst().where();
        }

        String arn()
        {
            return "arn:aws:elasticloadbalancing:" + where().region() + ":" + where().accountId() + ":loadbalancer/app/" + name + "/" + id;
        }

        String listenerArn(int port)
        {
            return "arn:aws:elasticloadbalancing:" + where().region() + ":" + where().accountId() + ":listener/app/" + name + "/" + id
                    + "/" + SampleIds.hex(name + ":listener:" + port, 16);
        }
    }

    /**
     * @param region where the bucket lives; its files are written in the account's {@code us-east-1} folder as S3 is global
     * @param versioning {@code Enabled}, {@code Suspended} or {@code null} when never enabled
     * @param kmsKeyId the KMS key of SSE-KMS default encryption, or {@code null} for SSE-S3
     * @param tags what {@code get-bucket-tagging} returns; an untagged bucket has no tagging file, as S3 answers NoSuchTagSet
     */
    record Bucket(String name, Account account, String region, String creationDate, String versioning, String kmsKeyId, List<Tag> tags) {}

    /** A method of a REST API; {@code function} is {@code null} for a MOCK integration (CORS preflight). */
    record RestMethod(String path, String httpMethod, Function function) {}

    record RestApi(String id, String name, AccountRegion where, String description, List<RestMethod> methods, List<Tag> tags, String createdDate) {}

    record HttpRoute(String routeKey, Function function) {}

    record HttpApi(String id, String name, AccountRegion where, List<HttpRoute> routes, List<Tag> tags, String createdDate) {}

    record EventSourceMapping(String uuid, Function function, String eventSourceArn, int batchSize, String lastModified) {}
}
