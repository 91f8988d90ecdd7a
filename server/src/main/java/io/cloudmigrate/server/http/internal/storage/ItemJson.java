package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.internal.storage.RecommendationItem.Override;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A page of recommendations as the JSON text the API answers with, spliced from the stored item texts:
 * a page of 50 items is a quarter of a megabyte, and reading each into records to write it out again
 * cost more than the query. A stored item is {@link RecommendationItem} as {@link JsonText} writes it,
 * with no override and the model's strategy as the effective one, so its last two members are known
 * text; only they are replaced, by text the mapper writes, so the escaping stays the mapper's.
 */
final class ItemJson
{
    private ItemJson() {}

    /** One row's item with the estate's override beside it, from the columns of the page's query. */
    static String of(ResultSet result)
            throws SQLException
    {
        String item = result.getString("item");
        Override override = AssessmentStore.override(result);
        String stored = ",\"override\":null,\"effectiveStrategy\":" + JsonText.write(result.getString("strategy")) + "}";
        if (!item.endsWith(stored)) {
            // not as this server writes items (an older layout): read it whole, as the single-item answer does
            return JsonText.write(JsonText.read(item, RecommendationItem.class).withOverride(override));
        }
        if (override == null) {
            return item;
        }
        Strategy effective = override.strategy();
        return item.substring(0, item.length() - stored.length()) + ",\"override\":" + JsonText.write(override) + ",\"effectiveStrategy\":"
                + JsonText.write(effective) + "}";
    }

    /** The page as {@link Page} is written: the items, then the cursor of the next page or null. */
    static String page(List<String> items, String nextCursor)
    {
        int length = items.stream().mapToInt(String::length).sum() + items.size() + 64;
        StringBuilder page = new StringBuilder(length).append("{\"items\":[");
        for (int index = 0; index < items.size(); index++) {
            page.append(index == 0 ? "" : ",").append(items.get(index));
        }
        return page.append("],\"nextCursor\":").append(JsonText.write(nextCursor)).append('}').toString();
    }
}
