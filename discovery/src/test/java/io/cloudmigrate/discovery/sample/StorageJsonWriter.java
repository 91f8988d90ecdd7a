package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleServices.Bucket;

import java.util.Comparator;
import java.util.List;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes the S3 files of an account: {@code s3-list-buckets.json} and, per bucket,
 * {@code s3-get-bucket-location/}, {@code s3-get-bucket-versioning/} and
 * {@code s3-get-bucket-encryption/} and, for tagged buckets, {@code s3-get-bucket-tagging/}. S3 is global, so they are written once, in the account's
 * {@code us-east-1} folder, as a collector that calls the global endpoint there would save them.
 */
final class StorageJsonWriter
{
    static final String GLOBAL_REGION = "us-east-1";

    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    StorageJsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        if (!region.region().equals(GLOBAL_REGION)) {
            return;
        }
        // S3 lists buckets sorted by name
        List<Bucket> buckets = topology.buckets().stream()
                .filter(bucket -> bucket.account().equals(region.account()))
                .sorted(Comparator.comparing(Bucket::name))
                .toList();
        ArrayNode list = array();
        for (Bucket bucket : buckets) {
            list.addObject().put("Name", bucket.name()).put("CreationDate", bucket.creationDate()).put("BucketRegion", bucket.region());
            String file = SampleIds.fileName(bucket.name());
            ObjectNode location = object();
            if (bucket.region().equals(GLOBAL_REGION)) {
                location.putNull("LocationConstraint");
            }
            else {
                location.put("LocationConstraint", bucket.region());
            }
            out.write(region.folder() + "/s3-get-bucket-location/" + file, location);
            ObjectNode versioning = object();
            if (bucket.versioning() != null) {
                versioning.put("Status", bucket.versioning());
            }
            out.write(region.folder() + "/s3-get-bucket-versioning/" + file, versioning);
            out.write(region.folder() + "/s3-get-bucket-encryption/" + file, encryption(bucket));
            // an untagged bucket answers NoSuchTagSet, an error, so the collector saves nothing for it
            if (!bucket.tags().isEmpty()) {
                out.write(region.folder() + "/s3-get-bucket-tagging/" + file, NetworkJsonWriter.wrap("TagSet", AwsCliJsonWriter.tags(bucket.tags())));
            }
        }
        ObjectNode document = NetworkJsonWriter.wrap("Buckets", list);
        document.putObject("Owner")
                .put("DisplayName", region.account().alias())
                .put("ID", SampleIds.hex("canonical:" + region.accountId(), 64));
        out.write(region.folder() + "/s3-list-buckets.json", document);
    }

    private static ObjectNode encryption(Bucket bucket)
    {
        ObjectNode byDefault = object();
        if (bucket.kmsKeyId() == null) {
            byDefault.put("SSEAlgorithm", "AES256");
        }
        else {
            byDefault.put("SSEAlgorithm", "aws:kms").put("KMSMasterKeyID", bucket.kmsKeyId());
        }
        ObjectNode rule = object();
        rule.set("ApplyServerSideEncryptionByDefault", byDefault);
        rule.put("BucketKeyEnabled", bucket.kmsKeyId() != null);
        ObjectNode configuration = object();
        configuration.set("Rules", array().add(rule));
        ObjectNode document = object();
        document.set("ServerSideEncryptionConfiguration", configuration);
        return document;
    }
}
