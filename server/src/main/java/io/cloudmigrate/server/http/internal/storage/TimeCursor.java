package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The sort key of lists ordered newest first: creation time and id, so that equal times still order.
 */
final class TimeCursor
{
    private static final char SEPARATOR = '|';

    private TimeCursor() {}

    static String join(String createdAt, String id)
    {
        return createdAt + SEPARATOR + id;
    }

    static String[] split(String key)
    {
        int separator = key.indexOf(SEPARATOR);
        if (separator < 0 || !key.substring(separator + 1).matches("[0-9a-f-]{36}") || !isInstant(key.substring(0, separator))) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "the cursor was not given by this server for this list; start again without a cursor");
        }
        return new String[] {key.substring(0, separator), key.substring(separator + 1)};
    }

    private static boolean isInstant(String text)
    {
        try {
            Instant.parse(text);
            return true;
        }
        catch (DateTimeParseException e) {
            return false;
        }
    }
}
