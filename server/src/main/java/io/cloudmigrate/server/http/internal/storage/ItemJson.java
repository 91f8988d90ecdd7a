package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.server.http.internal.storage.RecommendationItem.Override;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * A page of recommendations as the JSON the API answers with, spliced from the stored item texts as
 * UTF-8 bytes, as PostgreSQL sends them: a page of 50 items is a quarter of a megabyte, and decoding
 * each into a string (or into records) to encode it again cost more than the query. A stored item is
 * {@link RecommendationItem} as {@link JsonText} writes it, with no override and the model's strategy as
 * the effective one, so its last two members are known text; only they are replaced, by text the mapper
 * writes, so the escaping stays the mapper's.
 */
final class ItemJson
{
    private static final byte[] PAGE_START = "{\"items\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEXT_CURSOR = "],\"nextCursor\":".getBytes(StandardCharsets.UTF_8);

    private ItemJson() {}

    /** One row's item with the estate's override beside it, from the columns of the page's query. */
    static byte[] of(ResultSet result)
            throws SQLException
    {
        // The raw bytes of a text column are its UTF-8 encoding (the driver's client encoding).
        byte[] item = result.getBytes("item");
        Override override = AssessmentStore.override(result);
        byte[] stored = utf8(",\"override\":null,\"effectiveStrategy\":" + JsonText.write(result.getString("strategy")) + "}");
        if (!Arrays.equals(item, item.length - Math.min(item.length, stored.length), item.length, stored, 0, stored.length)) {
            // not as this server writes items (an older layout): read it whole, as the single-item answer does
            return utf8(JsonText.write(JsonText.read(new String(item, StandardCharsets.UTF_8), RecommendationItem.class).withOverride(override)));
        }
        if (override == null) {
            return item;
        }
        byte[] tail = utf8(",\"override\":" + JsonText.write(override) + ",\"effectiveStrategy\":" + JsonText.write(override.strategy()) + "}");
        byte[] spliced = Arrays.copyOf(item, item.length - stored.length + tail.length);
        System.arraycopy(tail, 0, spliced, item.length - stored.length, tail.length);
        return spliced;
    }

    /** The page as {@link Page} is written: the items, then the cursor of the next page or null. */
    static byte[] page(List<byte[]> items, String nextCursor)
    {
        byte[] end = utf8(JsonText.write(nextCursor) + "}");
        int length = PAGE_START.length + Math.max(0, items.size() - 1) + NEXT_CURSOR.length + end.length;
        for (byte[] item : items) {
            length += item.length;
        }
        byte[] page = new byte[length];
        int at = put(page, 0, PAGE_START);
        for (int index = 0; index < items.size(); index++) {
            if (index > 0) {
                page[at++] = ',';
            }
            at = put(page, at, items.get(index));
        }
        at = put(page, at, NEXT_CURSOR);
        put(page, at, end);
        return page;
    }

    private static int put(byte[] page, int at, byte[] bytes)
    {
        System.arraycopy(bytes, 0, page, at, bytes.length);
        return at + bytes.length;
    }

    private static byte[] utf8(String text)
    {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
