package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * One page of a list and the cursor of the next, or {@code null} on the last page. A cursor is the
 * sort key of the last item, base64url-encoded: pages stay stable while rows are added elsewhere.
 */
public record Page<T>(List<T> items, String nextCursor)
{
    public Page
    {
        items = List.copyOf(requireNonNull(items, "items is null"));
    }

    /**
     * The page from rows read with one row more than the limit: that extra row only says whether a
     * next page exists.
     */
    static <T> Page<T> of(List<T> rowsPlusOne, int limit, Function<T, String> sortKey)
    {
        if (rowsPlusOne.size() <= limit) {
            return new Page<>(rowsPlusOne, null);
        }
        List<T> items = rowsPlusOne.subList(0, limit);
        return new Page<>(items, encode(sortKey.apply(items.getLast())));
    }

    static String encode(String sortKey)
    {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key in a cursor; empty for no cursor. A cursor that does not decode names no position. */
    static Optional<String> decode(Optional<String> cursor)
    {
        return cursor.map(text -> {
            try {
                return new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            }
            catch (IllegalArgumentException e) {
                throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST,
                        "the cursor " + text + " was not given by this server; start again without a cursor");
            }
        });
    }
}
