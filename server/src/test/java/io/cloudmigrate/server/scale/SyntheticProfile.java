package io.cloudmigrate.server.scale;

import java.util.Locale;

/**
 * What each resource of the synthetic estate runs and how busy it is, chosen from its application's
 * number and its place in the application, so that the same seed gives the same estate and the
 * ranking sees the mix a real estate has: busy instances on a supported OS (Rehost), some on Amazon
 * Linux 2, past its end of support (Replatform), an app instance running PostgreSQL itself (Replatform
 * to RDS), engines and runtimes past or near their end of support (Replatform), managed services on
 * supported versions (Retain), and instances and a function idle for the whole window with nothing
 * calling them (Retire).
 */
final class SyntheticProfile
{
    /** The app instance (by index) that runs PostgreSQL on the instance itself. */
    static final int SELF_MANAGED_DATABASE_INDEX = 13;
    /** The function (by index) that nothing invokes. */
    static final int IDLE_FUNCTION_INDEX = 4;

    private SyntheticProfile() {}

    static String environment(SyntheticApplication application)
    {
        return application.number % 5 == 4 ? "staging" : "production";
    }

    static String owner(SyntheticApplication application)
    {
        return String.format(Locale.ROOT, "team-%02d", application.number % 25);
    }

    /** The SSM platform version of an instance: Amazon Linux 2 on one web and one app instance in seven, 2023 elsewhere. */
    static String amazonLinuxVersion(String role, int index)
    {
        boolean old = switch (role) {
            case "web" -> index % 7 == 0;
            case "app" -> index % 7 == 3;
            default -> false;
        };
        return old ? "2" : "2023";
    }

    static boolean idleFunction(int index)
    {
        return index == IDLE_FUNCTION_INDEX;
    }

    /** Lambda runtimes: current Python on most, one past its deprecation, one within the 12-month horizon. */
    static String runtime(int index)
    {
        return switch (index) {
            case 2 -> "python3.9";
            case 3 -> "nodejs22.x";
            default -> "python3.12";
        };
    }

    /** RDS for PostgreSQL: the second database of every other application is still on 13, in paid Extended Support. */
    static String databaseVersion(SyntheticApplication application, int index)
    {
        return index == 1 && application.number % 2 == 0 ? "13.15" : "16.4";
    }

    /** ElastiCache for Redis OSS: the third cluster of every other application is still on 5, in paid Extended Support. */
    static String cacheVersion(SyntheticApplication application, int index)
    {
        return index == 2 && application.number % 2 == 1 ? "5.0.6" : "7.1";
    }
}
