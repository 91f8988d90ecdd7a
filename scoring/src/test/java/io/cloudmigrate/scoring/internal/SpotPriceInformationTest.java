package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import io.cloudmigrate.scoring.SpotPrice;
import io.cloudmigrate.scoring.StrategyCost;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/** The current Spot price is shown beside the on-demand price as information, and never priced into any amount. */
class SpotPriceInformationTest
{
    private static final Duration MONTH = Duration.ofHours(730);
    private static final String MOTO_VARIABLE = "CLOUDMIGRATE_MOTO_ENDPOINT";

    private final Resource web = ec2("web").storageGb(0).build();

    @Test
    void readsTheCheapestZonesSpotPriceFromEc2AndNotesItAsInformation(@TempDir Path cache)
            throws Exception
    {
        URI endpoint = moto();
        Inventory inventory = inventory(web);
        try (PriceListServer prices = new PriceListServer();
                Ec2Client ec2 = Ec2Client.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing")))
                .httpClient(ApacheHttpClient.create()).build()) {
            // the Price List API knows no product here, so the list prices are the snapshot's
            prices.respond(request -> PriceListServer.page(List.of(), null));
            PriceListPrices.Outcome outcome = PriceListPrices.create(cache, Optional.of(prices.client())).withSpotPrices(region -> ec2)
                    .catalogFor(inventory, PriceCatalog.bundled(), PriceMode.LIVE);

            assertThat(outcome.problems()).isEmpty();
            // moto quotes the same price in every zone of the region; the first zone by name is the one shown
            SpotPrice spot = outcome.catalog().spot("us-east-1", "ec2.linux.m5.large").orElseThrow();
            assertThat(spot.availabilityZone()).isEqualTo("us-east-1a");
            assertThat(spot.usdPerHour()).isPositive();
            CostEstimate cost = CostModel.create(outcome.catalog()).estimate(inventory, graph(web), AS_OF, MONTH).getFirst();
            assertThat(cost.basis()).contains("Spot price, information only (no rule marks this workload as tolerating interruptions): ec2.linux.m5.large ")
                    .contains(" USD/hour in us-east-1a since ");
            // m5.large on demand, 0.096 × 730, as without the Spot price
            assertThat(cost.currentMonthlyUsd()).isEqualTo(70.08);
        }
    }

    @Test
    void aSpotPriceChangesNoAmount()
    {
        Inventory inventory = inventory(web);
        PriceCatalog withSpot = PriceCatalog.bundled().withSpotPrices(List.of(new SpotPrice("us-east-1", "ec2.linux.m5.large", "us-east-1c", 0.0381, "2021-02-08T20:38:39Z")));

        CostEstimate plain = CostModel.create(PriceCatalog.bundled()).estimate(inventory, graph(web), AS_OF, MONTH).getFirst();
        CostEstimate informed = CostModel.create(withSpot).estimate(inventory, graph(web), AS_OF, MONTH).getFirst();

        assertThat(informed.currentMonthlyUsd()).isEqualTo(plain.currentMonthlyUsd());
        assertThat(informed.byStrategy()).extracting(StrategyCost::targetMonthlyUsd).isEqualTo(plain.byStrategy().stream().map(StrategyCost::targetMonthlyUsd).toList());
        assertThat(informed.basis()).contains("ec2.linux.m5.large 0.0381 USD/hour in us-east-1c since 2021-02-08T20:38:39Z (ec2 DescribeSpotPriceHistory)");
        assertThat(plain.basis()).doesNotContain("Spot");
    }

    private static URI moto()
    {
        String endpoint = System.getenv(MOTO_VARIABLE);
        if (endpoint == null || endpoint.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                fail(MOTO_VARIABLE + " is not set on CI: .ci/run must start moto_server and export it");
            }
            String message = "SKIPPED: no AWS emulator; set " + MOTO_VARIABLE + " to a running moto_server to read Spot prices";
            System.err.println(message);
            Assumptions.abort(message);
        }
        return URI.create(endpoint);
    }
}
