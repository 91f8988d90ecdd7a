package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleNetwork.Account;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The two accounts and four account-regions of Northwind Traders, and the internet addresses that
 * talk to them. Every public address is from the documentation ranges (RFC 5737): 192.0.2.0/24 for
 * Northwind's own public IPs and the SaaS endpoints it calls, 198.51.100.0/24 and 203.0.113.0/24
 * for clients, partners, scanners and the head office.
 */
record NorthwindAccounts(
        AccountRegion productionUsEast1,
        AccountRegion productionEuWest1,
        AccountRegion sharedUsEast1,
        AccountRegion sharedEuWest1)
{
    static final String PRODUCTION_ACCOUNT_ID = "111111111111";
    static final String SHARED_ACCOUNT_ID = "222222222222";

    /** The head office's public addresses; the bastion admits SSH from this block only. */
    static final String OFFICE_CIDR = "203.0.113.0/27";
    static final List<String> OFFICE = List.of("203.0.113.10", "203.0.113.11", "203.0.113.12");
    static final List<String> CUSTOMERS = concat(range("198.51.100.", 10, 40), range("203.0.113.", 64, 32));
    static final List<String> EUROPEAN_CUSTOMERS = range("203.0.113.", 130, 30);
    static final List<String> FIELD_STAFF = range("198.51.100.", 60, 10);
    static final List<String> PARTNERS = List.of("198.51.100.200", "198.51.100.201", "198.51.100.202");
    static final List<String> SCANNERS = concat(range("198.51.100.", 150, 10), range("203.0.113.", 200, 10));
    static final List<String> PAYMENT_PROVIDER = List.of("192.0.2.200");
    static final List<String> SHIPPING_PROVIDER = List.of("192.0.2.201");
    static final List<String> CODE_HOSTING = List.of("192.0.2.220", "192.0.2.221");
    static final List<String> SOFTWARE_UPDATES = List.of("192.0.2.230");

    static NorthwindAccounts register(EstateBuilder estate)
    {
        Account production = new Account(PRODUCTION_ACCOUNT_ID, "production-" + PRODUCTION_ACCOUNT_ID, "northwind-production");
        Account shared = new Account(SHARED_ACCOUNT_ID, "shared-services-" + SHARED_ACCOUNT_ID, "northwind-shared-services");
        return new NorthwindAccounts(
                estate.region(production, "us-east-1"),
                estate.region(production, "eu-west-1"),
                estate.region(shared, "us-east-1"),
                estate.region(shared, "eu-west-1"));
    }

    private static List<String> range(String prefix, int first, int count)
    {
        return IntStream.range(first, first + count).mapToObj(host -> prefix + host).toList();
    }

    private static List<String> concat(List<String> first, List<String> second)
    {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
