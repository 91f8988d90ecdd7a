package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;
import io.cloudmigrate.discovery.sample.SampleServices.Bucket;

import java.util.List;

/**
 * The S3 buckets of both accounts: storefront assets (one copy in eu-west-1), exports and batch
 * staging in production; Terraform state, CI artifacts and the central logs in shared services.
 * The developers' scratch bucket was made by hand and never tagged.
 */
final class NorthwindBuckets
{
    private static final String UNTAGGED = null;

    private NorthwindBuckets() {}

    static void build(EstateBuilder estate, NorthwindAccounts accounts)
    {
        // name, region, creation date, versioning (null: never enabled), KMS key alias (null: SSE-S3), then the tags:
        // Environment, Owner, Application, CostCenter (UNTAGGED: none at all)
        add(estate, accounts.productionUsEast1(), new String[][] {
                {"northwind-storefront-assets-prod", "us-east-1", "2020-10-02T08:14:51+00:00", "Enabled", null,
                        "production", NorthwindStorefront.TEAM, "storefront", NorthwindStorefront.COST_CENTER},
                {"northwind-storefront-assets-eu", "eu-west-1", "2022-04-19T10:02:33+00:00", "Enabled", null,
                        "production", NorthwindStorefront.TEAM, "storefront", NorthwindStorefront.COST_CENTER},
                {"northwind-order-exports-prod", "us-east-1", "2021-06-14T09:20:07+00:00", "Enabled", "order-exports",
                        "production", NorthwindStorefront.ORDERS_TEAM, "orders", NorthwindStorefront.COST_CENTER},
                {"northwind-etl-staging-prod", "us-east-1", "2022-02-07T20:55:40+00:00", null, null,
                        "production", "data-team", "nightly-batch", NorthwindStorefront.COST_CENTER},
                {"northwind-alb-access-logs-prod", "us-east-1", "2020-10-05T12:19:44+00:00", null, null,
                        "production", NorthwindStorefront.TEAM, "storefront", NorthwindStorefront.COST_CENTER},
                {"northwind-legacy-erp-backups", "us-east-1", "2016-05-02T17:45:12+00:00", "Suspended", null,
                        "production", "erp-team", "erp", "CC-2002"},
                {"northwind-dev-scratch", "us-east-1", "2023-01-11T15:31:29+00:00", null, null,
                        UNTAGGED, null, null, null}});
        add(estate, accounts.sharedUsEast1(), new String[][] {
                {"northwind-terraform-state", "us-east-1", "2019-05-14T10:31:02+00:00", "Enabled", "terraform-state",
                        "production", "platform-team", "terraform", "CC-9000"},
                {"northwind-ci-artifacts", "us-east-1", "2021-02-03T16:12:45+00:00", "Suspended", null,
                        "production", "platform-team", "ci", "CC-9000"},
                {"northwind-vpc-flow-logs", "us-east-1", "2022-08-22T09:00:13+00:00", "Enabled", null,
                        "production", "platform-team", "logging", "CC-9000"},
                {"northwind-cloudtrail-archive", "us-east-1", "2019-05-14T10:40:51+00:00", "Enabled", "cloudtrail",
                        "production", "security-team", "audit", "CC-9000"}});
    }

    private static void add(EstateBuilder estate, AccountRegion where, String[][] buckets)
    {
        for (String[] bucket : buckets) {
            String kmsKey = bucket[4] == null ? null : "arn:aws:kms:" + bucket[1] + ":" + where.accountId() + ":key/" + SampleIds.uuid("kms:" + bucket[4]);
            List<Tag> tags = bucket[5] == null ? List.of() : SampleTags.unnamed(bucket[5], bucket[6], bucket[7], bucket[8]);
            estate.bucket(new Bucket(bucket[0], where.account(), bucket[1], bucket[2], bucket[3], kmsKey, tags));
        }
    }
}
