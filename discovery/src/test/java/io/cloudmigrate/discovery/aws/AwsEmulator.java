package io.cloudmigrate.discovery.aws;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static java.util.Objects.requireNonNull;

/**
 * An AWS emulator the live-scan tests seed and scan: the same estate description runs on each, and
 * what an emulator does not offer is left out of the estate (see {@link EmulatorGaps}).
 */
public sealed interface AwsEmulator permits AwsEmulator.Moto, AwsEmulator.LocalStack
{
    /** The services the scanner reads (without --organization), to say which an emulator offers. */
    enum Service { EC2, S3, CLOUDWATCH, STS, LAMBDA, API_GATEWAY, API_GATEWAY_V2, RDS, CLASSIC_LOAD_BALANCING, LOAD_BALANCING_V2, ECS, ELASTICACHE }

    /** An empty account in the emulator, reached by assuming {@code roleArn} (the role need not exist). */
    record Account(URI endpoint, String accountId, String roleArn)
    {
        public Account
        {
            requireNonNull(endpoint, "endpoint is null");
            requireNonNull(accountId, "accountId is null");
            requireNonNull(roleArn, "roleArn is null");
        }
    }

    /** The emulators a parameterised test runs on; each skips (locally) or fails (on CI) when missing. */
    public static List<AwsEmulator> both()
    {
        return List.of(new Moto(), new LocalStack());
    }

    /** An empty account; skips the test locally, and fails it on CI, when the emulator is missing. */
    Account freshAccount();

    /**
     * The endpoint, with the account in which the test's own credentials ({@code AWS_ACCESS_KEY_ID=testing})
     * act; skips the test locally, and fails it on CI, when the emulator is missing.
     */
    CallerAccount callerAccount();

    /** The emulator's endpoint and the account the test's own credentials act in. */
    record CallerAccount(URI endpoint, String accountId)
    {
        public CallerAccount
        {
            requireNonNull(endpoint, "endpoint is null");
            requireNonNull(accountId, "accountId is null");
        }
    }

    Set<Service> services();

    default boolean offers(Service service)
    {
        return services().contains(service);
    }

    /** moto through {@code CLOUDMIGRATE_MOTO_ENDPOINT}; reset, so its second account is empty. */
    record Moto() implements AwsEmulator
    {
        @Override
        public Account freshAccount()
        {
            return new Account(MotoEmulator.require(), MotoEmulator.SECOND_ACCOUNT, roleIn(MotoEmulator.SECOND_ACCOUNT));
        }

        @Override
        public CallerAccount callerAccount()
        {
            return new CallerAccount(MotoEmulator.require(), MotoEmulator.FIRST_ACCOUNT);
        }

        @Override
        public Set<Service> services()
        {
            return EnumSet.allOf(Service.class);
        }

        @Override
        public String toString()
        {
            return "moto";
        }
    }

    /**
     * LocalStack (community) in a container shared by the test JVM. It has no reset, but keeps each
     * account apart, so every test gets a new account number.
     */
    record LocalStack() implements AwsEmulator
    {
        private static final AtomicInteger ACCOUNTS = new AtomicInteger();

        @Override
        public Account freshAccount()
        {
            String account = "%012d".formatted(100_000_000_000L + ACCOUNTS.incrementAndGet());
            return new Account(io.cloudmigrate.discovery.testing.LocalStack.endpoint(), account, roleIn(account));
        }

        /** LocalStack's default account, for an access key that is neither an account number nor one it issued. */
        @Override
        public CallerAccount callerAccount()
        {
            return new CallerAccount(io.cloudmigrate.discovery.testing.LocalStack.endpoint(), "000000000000");
        }

        @Override
        public Set<Service> services()
        {
            return EnumSet.of(Service.EC2, Service.S3, Service.CLOUDWATCH, Service.STS, Service.LAMBDA, Service.API_GATEWAY);
        }

        @Override
        public String toString()
        {
            return "LocalStack";
        }
    }

    private static String roleIn(String account)
    {
        return "arn:aws:iam::" + account + ":role/CloudMigrateReadOnly";
    }
}
