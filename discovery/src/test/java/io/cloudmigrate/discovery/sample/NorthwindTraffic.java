package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleTraffic.Connection;
import io.cloudmigrate.discovery.sample.SampleTraffic.Gap;
import io.cloudmigrate.discovery.sample.SampleTraffic.LogStatus;
import io.cloudmigrate.discovery.sample.SampleTraffic.Peer;
import io.cloudmigrate.discovery.sample.SampleTraffic.Schedule;

import java.util.List;

import static io.cloudmigrate.discovery.sample.SampleTraffic.Schedule.ALL_DAY;
import static io.cloudmigrate.discovery.sample.SampleTraffic.Schedule.BUSINESS_HOURS;
import static io.cloudmigrate.discovery.sample.SampleTraffic.Schedule.NIGHTLY;

/**
 * Who talks to whom in Northwind Traders on 2026-10-31, the day the flow logs cover. Idle
 * instances appear nowhere here. Every accepted connection is one the server's security groups
 * allow; the rejected ones are internet scanners.
 */
final class NorthwindTraffic
{
    private static final List<String> WEB_SERVERS = List.of("storefront-web-1", "storefront-web-2", "storefront-web-3");
    private static final String WEB_SERVICE = "storefront-prod/storefront-web";
    private static final String WORKER_SERVICE = "storefront-prod/storefront-worker";

    private NorthwindTraffic() {}

    static void build(EstateBuilder estate)
    {
        storefront(estate);
        ordersAndBatch(estate);
        legacy(estate);
        administration(estate);
        europe(estate);
        estate.gap(new Gap("storefront-secretsmanager", 0, 4, LogStatus.NODATA));
        estate.gap(new Gap("storefront-secretsmanager", 1, 16, LogStatus.NODATA));
        estate.gap(new Gap("storefront-eu-nat-a", 0, 3, LogStatus.NODATA));
        estate.gap(new Gap("storefront-alb", 0, 13, LogStatus.SKIPDATA));
        // connections are keyed by their index: added last, so that the flows of the others stay as they were
        analytics(estate);
    }

    /** The nightly batch loads the Aurora analytics cluster through its writer and reads reports from its reader. */
    private static void analytics(EstateBuilder estate)
    {
        call(estate, "batch-etl-1", "storefront-analytics-1", 5432, NIGHTLY, 2, 120_000_000, 30_000);
        call(estate, "batch-reports-1", "storefront-analytics-2", 5432, NIGHTLY, 1, 5_000, 25_000_000);
    }

    private static void storefront(EstateBuilder estate)
    {
        fromInternet(estate, NorthwindAccounts.CUSTOMERS, "storefront-alb", 443, ALL_DAY, 4, 2_400, 48_000);
        for (String web : WEB_SERVERS) {
            call(estate, "storefront-alb", web, 8080, ALL_DAY, 1, 2_100, 45_000);
            call(estate, web, "storefront-db", 5432, ALL_DAY, 1, 1_800, 12_000);
            call(estate, web, "storefront-db-replica-1", 5432, ALL_DAY, 1, 1_200, 26_000);
            call(estate, web, "storefront-sessions-001", 6379, ALL_DAY, 1, 600, 900);
            call(estate, web, "orders-svc-1", 8080, ALL_DAY, 1, 1_500, 3_500);
        }
        call(estate, "storefront-alb", WEB_SERVICE, 8080, ALL_DAY, 2, 2_100, 45_000);
        call(estate, WEB_SERVICE, "storefront-db", 5432, ALL_DAY, 2, 1_800, 12_000);
        call(estate, WEB_SERVICE, "storefront-sessions-001", 6379, ALL_DAY, 1, 600, 900);
        call(estate, WEB_SERVICE, "storefront-cart-001", 6379, ALL_DAY, 1, 700, 1_400);
        call(estate, WEB_SERVICE, "orders-svc-1", 8080, ALL_DAY, 1, 1_500, 3_500);
        call(estate, WORKER_SERVICE, "storefront-db", 5432, ALL_DAY, 1, 4_000, 9_000);
        call(estate, WORKER_SERVICE, "storefront-cart-001", 6379, ALL_DAY, 1, 900, 2_000);
        // replication: the replicas connect to their primaries
        call(estate, "storefront-db-replica-1", "storefront-db", 5432, ALL_DAY, 1, 400, 90_000);
        call(estate, "storefront-sessions-002", "storefront-sessions-001", 6379, ALL_DAY, 1, 200, 30_000);
        call(estate, "orders-api-get-order", "storefront-db-replica-1", 5432, ALL_DAY, 1, 900, 4_200);
        call(estate, "orders-api-create-order", "storefront-db", 5432, ALL_DAY, 1, 2_600, 1_900);
        call(estate, "catalog-api-search", "storefront-db-replica-1", 5432, ALL_DAY, 1, 1_100, 18_000);
        call(estate, "order-events-consumer", "storefront-db", 5432, ALL_DAY, 1, 3_200, 2_100);
        toInternet(estate, "storefront-web-1", "storefront-nat-a", NorthwindAccounts.PAYMENT_PROVIDER, ALL_DAY, 1, 3_000, 6_000);
    }

    private static void ordersAndBatch(EstateBuilder estate)
    {
        // the cycle: orders reserves stock in inventory, inventory confirms back to orders
        call(estate, "orders-svc-1", "inventory-svc-1", 8080, ALL_DAY, 2, 900, 1_600);
        call(estate, "inventory-svc-1", "orders-svc-1", 8080, ALL_DAY, 1, 700, 1_200);
        call(estate, "orders-svc-1", "orders-mysql-1", 3306, ALL_DAY, 2, 1_100, 5_200);
        call(estate, "inventory-svc-1", "orders-mysql-1", 3306, ALL_DAY, 1, 900, 3_800);
        toInternet(estate, "orders-svc-1", "storefront-nat-a", NorthwindAccounts.SHIPPING_PROVIDER, ALL_DAY, 1, 2_200, 4_100);
        call(estate, "batch-etl-1", "storefront-db-replica-1", 5432, NIGHTLY, 2, 3_000, 80_000_000);
        call(estate, "batch-etl-1", "storefront-s3-interface", 443, NIGHTLY, 2, 250_000_000, 40_000);
        call(estate, "batch-reports-1", "orders-mysql-1", 3306, NIGHTLY, 1, 4_000, 30_000_000);
        call(estate, "batch-reports-1", "storefront-s3-interface", 443, NIGHTLY, 1, 40_000_000, 20_000);
    }

    private static void legacy(EstateBuilder estate)
    {
        fromInternet(estate, NorthwindAccounts.FIELD_STAFF, "legacy-erp-clb", 80, BUSINESS_HOURS, 2, 1_800, 22_000);
        call(estate, "legacy-erp-clb", "legacy-erp-win-1", 80, BUSINESS_HOURS, 1, 1_800, 22_000);
        call(estate, "legacy-erp-clb", "legacy-erp-win-2", 80, BUSINESS_HOURS, 1, 1_800, 22_000);
        call(estate, "legacy-erp-win-2", "legacy-erp-win-1", 1433, BUSINESS_HOURS, 2, 1_500, 18_000);
        toInternet(estate, "legacy-erp-win-2", "legacy-nat-a", NorthwindAccounts.SOFTWARE_UPDATES, NIGHTLY, 1, 20_000, 150_000_000);
        fromInternet(estate, NorthwindAccounts.PARTNERS, "legacy-sftp-1", 22, BUSINESS_HOURS, 1, 12_000_000, 60_000);
        fromInternet(estate, NorthwindAccounts.SCANNERS, "legacy-sftp-1", 22, ALL_DAY, 1, 1_800, 2_400);
        rejected(estate, "legacy-sftp-1", 23);
        rejected(estate, "legacy-erp-win-1", 3389);
        rejected(estate, "legacy-erp-win-1", 23);
        rejected(estate, "bastion-1", 22);
        call(estate, "staging-web-1", "staging-db", 5432, BUSINESS_HOURS, 1, 800, 3_000);
    }

    private static void administration(EstateBuilder estate)
    {
        fromInternet(estate, NorthwindAccounts.OFFICE, "bastion-1", 22, BUSINESS_HOURS, 1, 40_000, 400_000);
        for (String server : List.of("storefront-web-1", "orders-mysql-1", "legacy-sftp-1")) {
            call(estate, "bastion-1", server, 22, BUSINESS_HOURS, 1, 30_000, 300_000);
        }
        call(estate, "bastion-1", "legacy-erp-win-1", 3389, BUSINESS_HOURS, 1, 900_000, 6_000_000);
        for (String server : List.of("storefront-web-1", "storefront-web-2", "storefront-web-3", "orders-svc-1", "inventory-svc-1", "orders-mysql-1",
                "batch-etl-1", "batch-reports-1", "storefront-eu-web-1", "storefront-eu-web-2")) {
            call(estate, "monitoring-1", server, 9100, ALL_DAY, 1, 400, 14_000);
        }
        for (String server : List.of("legacy-erp-win-1", "legacy-erp-win-2")) {
            call(estate, "monitoring-1", server, 9182, ALL_DAY, 1, 400, 22_000);
        }
        call(estate, "ci-runner-1", "staging-web-1", 22, BUSINESS_HOURS, 1, 3_000_000, 50_000);
        call(estate, "ci-runner-1", "shared-ssm", 443, ALL_DAY, 1, 2_000, 3_500);
        call(estate, "monitoring-1", "shared-ssmmessages", 443, ALL_DAY, 1, 1_500, 2_500);
        toInternet(estate, "ci-runner-1", "shared-nat-a", NorthwindAccounts.CODE_HOSTING, BUSINESS_HOURS, 2, 200_000, 80_000_000);
    }

    private static void europe(EstateBuilder estate)
    {
        fromInternet(estate, NorthwindAccounts.EUROPEAN_CUSTOMERS, "storefront-eu-alb", 443, ALL_DAY, 3, 2_400, 46_000);
        for (String web : List.of("storefront-eu-web-1", "storefront-eu-web-2", "storefront-eu/storefront-web")) {
            call(estate, "storefront-eu-alb", web, 8080, ALL_DAY, 1, 2_100, 44_000);
            call(estate, web, "storefront-eu-db", 5432, ALL_DAY, 1, 1_200, 24_000);
            call(estate, web, "storefront-eu-cache-001", 6379, ALL_DAY, 1, 600, 900);
        }
        call(estate, "catalog-api-search-eu", "storefront-eu-db", 5432, ALL_DAY, 1, 1_100, 18_000);
    }

    private static void call(EstateBuilder estate, String client, String server, int port, Schedule schedule, int flows, long request, long response)
    {
        estate.connect(new Connection(Peer.owned(client), Peer.owned(server), port, schedule, flows, request, response, true, null));
    }

    private static void fromInternet(EstateBuilder estate, List<String> clients, String server, int port, Schedule schedule, int flows, long request, long response)
    {
        estate.connect(new Connection(Peer.internet(clients), Peer.owned(server), port, schedule, flows, request, response, true, null));
    }

    private static void toInternet(EstateBuilder estate, String client, String natGateway, List<String> servers, Schedule schedule, int flows, long request,
            long response)
    {
        estate.connect(new Connection(Peer.owned(client), Peer.internet(servers), 443, schedule, flows, request, response, true, natGateway));
    }

    /** Scanners probing a port the server's security groups do not open. */
    private static void rejected(EstateBuilder estate, String server, int port)
    {
        estate.connect(new Connection(Peer.internet(NorthwindAccounts.SCANNERS), Peer.owned(server), port, ALL_DAY, 1, 60, 0, false, null));
    }
}
