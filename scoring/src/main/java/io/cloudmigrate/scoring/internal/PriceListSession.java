package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.scoring.ListedPrice;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import io.cloudmigrate.scoring.PriceSource;
import io.cloudmigrate.scoring.PurchaseOption;
import io.cloudmigrate.scoring.ScoringErrorCode;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.savingsplans.SavingsplansClient;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * One run of {@link PriceListPrices}: asks each needed question once (cache, API or neither, as the
 * mode says) and turns the answers into {@link ListedPrice}s. Not shared between threads.
 */
public final class PriceListSession
{
    private final PriceListCache cache;
    private Optional<PriceListClient> client;
    private Optional<SavingsplansClient> savingsPlans;
    private Optional<Function<String, Ec2Client>> spot = Optional.empty();
    private final List<String> problems = new ArrayList<>();
    private final Map<PriceListQuery, Optional<List<String>>> answers = new HashMap<>();
    private int fromCache;
    private int fromApi;
    private int unanswered;

    public PriceListSession(Path cacheDirectory, Optional<PricingClient> pricing)
    {
        this(cacheDirectory, pricing, Optional.empty());
    }

    /** With a Savings Plans client, Compute Savings Plans rates stand beside the Reserved offers of EC2 instance hours, and plans price Fargate and Lambda duration. */
    public PriceListSession(Path cacheDirectory, Optional<PricingClient> pricing, Optional<SavingsplansClient> savingsPlans)
    {
        this.cache = new PriceListCache(requireNonNull(cacheDirectory, "cacheDirectory is null"));
        this.client = requireNonNull(pricing, "pricing is null").map(PriceListClient::new);
        this.savingsPlans = requireNonNull(savingsPlans, "savingsPlans is null");
    }

    /** Current Spot prices (information only) are read through EC2 clients of each region, in the live and automatic modes. */
    public PriceListSession withSpotPrices(Optional<Function<String, Ec2Client>> clients)
    {
        spot = requireNonNull(clients, "clients is null");
        return this;
    }

    public PriceListPrices.Outcome catalogFor(Inventory inventory, PriceCatalog snapshot, PriceMode mode)
    {
        if (mode == PriceMode.SNAPSHOT) {
            return outcome(snapshot);
        }
        if (mode == PriceMode.LIVE && client.isEmpty()) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_UNAVAILABLE,
                    "--prices live needs AWS credentials for the Price List API (pricing:GetProducts); configure a profile, or use --prices cache or snapshot");
        }
        SortedMap<String, PriceListQuestions.Question> questions = PriceListQuestions.of(inventory);
        List<ListedPrice> listed = new ArrayList<>();
        for (PriceListQuestions.Question question : questions.values()) {
            answer(question.query(), mode).flatMap(items -> listed(question, items)).map(price -> withSavingsPlans(question, price, mode)).ifPresent(listed::add);
        }
        PriceCatalog catalog = snapshot.overlay(listed);
        // In the automatic mode, credentials the Price List API refused would be refused by EC2 too: ask only while the API answers.
        if (spot.isPresent() && (mode == PriceMode.LIVE || mode == PriceMode.AUTO && client.isPresent())) {
            catalog = catalog.withSpotPrices(SpotPriceHistory.read(inventory, spot.get(), problems));
        }
        return outcome(catalog);
    }

    public PriceListPrices.Outcome refresh(Optional<Inventory> inventory, List<String> regions, PriceCatalog snapshot)
    {
        if (client.isEmpty()) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_LIST_UNAVAILABLE,
                    "prices refresh needs AWS credentials for the Price List API (pricing:GetProducts); configure a profile");
        }
        TreeMap<String, PriceListQuery> queries = new TreeMap<>();
        cache.queries().forEach(query -> queries.put(query.describe(), query));
        inventory.ifPresent(value -> PriceListQuestions.of(value).values().forEach(question -> {
            queries.put(question.query().describe(), question.query());
            SavingsPlansRates.query(question.region(), question.dimension()).ifPresent(query -> queries.put(query.describe(), query));
        }));
        queries.values().stream()
                .filter(query -> regions.isEmpty() || regions.contains(query.filters().getOrDefault("regionCode", query.filters().get("region"))))
                .forEach(query -> {
                    if (query.serviceCode().equals(SavingsPlansRates.SERVICE)) {
                        savingsPlans.ifPresent(plans -> askSavingsPlans(plans, query));
                    }
                    else {
                        answer(query, PriceMode.LIVE);
                    }
                });
        return outcome(snapshot);
    }

    private Optional<List<String>> answer(PriceListQuery query, PriceMode mode)
    {
        if (answers.containsKey(query)) {
            return answers.get(query);
        }
        Optional<List<String>> answer = switch (mode) {
            case SNAPSHOT -> Optional.empty();
            case CACHE -> cached(query);
            case LIVE -> Optional.of(ask(query));
            case AUTO -> cached(query).or(() -> askIfPossible(query));
        };
        if (answer.isEmpty()) {
            unanswered++;
        }
        answers.put(query, answer);
        return answer;
    }

    /** The price with the Compute Savings Plans rates of its product added to its offers, when it is EC2 instance hours, Fargate or Lambda duration and an answer has them. */
    private ListedPrice withSavingsPlans(PriceListQuestions.Question question, ListedPrice price, PriceMode mode)
    {
        Optional<PriceListQuery> query = SavingsPlansRates.query(question.region(), question.dimension());
        if (query.isEmpty()) {
            return price;
        }
        Optional<List<String>> rates = cached(query.get());
        if (rates.isEmpty() && mode != PriceMode.CACHE && savingsPlans.isPresent()) {
            try {
                rates = Optional.of(askSavingsPlans(savingsPlans.get(), query.get()));
            }
            catch (CloudMigrateException e) {
                if (mode == PriceMode.LIVE) {
                    throw e;
                }
                // As with the Price List API: one failure would repeat for every question.
                problems.add(e.getMessage() + "; the remaining Savings Plans rates come from the cache");
                savingsPlans = Optional.empty();
            }
        }
        if (rates.isEmpty()) {
            return price;
        }
        List<PurchaseOption> offers = new ArrayList<>(price.reserved());
        offers.addAll(SavingsPlansRates.options(query.get(), rates.get()));
        return new ListedPrice(price.region(), price.location(), price.dimension(), price.usd(), price.source(), offers);
    }

    private List<String> askSavingsPlans(SavingsplansClient plans, PriceListQuery query)
    {
        List<String> rates = SavingsPlansRates.fetch(plans, query);
        cache.write(query, rates);
        fromApi++;
        return rates;
    }

    private Optional<List<String>> cached(PriceListQuery query)
    {
        Optional<List<String>> items = cache.read(query);
        if (items.isPresent()) {
            fromCache++;
        }
        return items;
    }

    private List<String> ask(PriceListQuery query)
    {
        List<String> items = client.orElseThrow().products(query);
        cache.write(query, items);
        fromApi++;
        return items;
    }

    private Optional<List<String>> askIfPossible(PriceListQuery query)
    {
        if (client.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ask(query));
        }
        catch (CloudMigrateException e) {
            // One failure (no network, access denied) would repeat for every question: stop asking.
            problems.add(e.getMessage() + "; the remaining prices come from the cache and the snapshot");
            client = Optional.empty();
            return Optional.empty();
        }
    }

    /** The price an answer gives a dimension: one on-demand rate in the question's unit, or none when the answer is empty or ambiguous. */
    private Optional<ListedPrice> listed(PriceListQuestions.Question question, List<String> answer)
    {
        String origin = "GetProducts " + question.query().describe();
        List<PriceListItem> items = answer.stream()
                .map(item -> PriceListItem.parse(item, origin))
                .filter(item -> question.selects(item) && item.onDemandHourlyUsd().isPresent())
                .toList();
        TreeSet<Double> rates = new TreeSet<>();
        items.forEach(item -> rates.add(item.onDemandHourlyUsd().getAsDouble()));
        if (rates.size() != 1) {
            if (rates.size() > 1) {
                problems.add(origin + " matched " + items.size() + " products with different prices " + rates + "; " + question.dimension() + " left unpriced");
            }
            return Optional.empty();
        }
        PriceListItem first = items.getFirst();
        String published = items.stream().map(PriceListItem::publicationDate).max(String::compareTo).orElseThrow();
        OptionalDouble rate = first.onDemandHourlyUsd();
        return Optional.of(new ListedPrice(
                question.region(),
                first.attributes().getOrDefault("location", question.region()),
                question.dimension(),
                rate.getAsDouble(),
                new PriceSource(PriceListPrices.API_SOURCE, published),
                items.size() == 1 ? first.reserved() : List.of()));
    }

    private PriceListPrices.Outcome outcome(PriceCatalog catalog)
    {
        return new PriceListPrices.Outcome(catalog, fromCache, fromApi, unanswered, problems);
    }
}
