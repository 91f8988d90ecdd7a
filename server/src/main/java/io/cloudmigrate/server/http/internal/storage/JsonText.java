package io.cloudmigrate.server.http.internal.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.JsonDocuments;

import java.util.List;

/**
 * Compact JSON text for the columns that hold documents, with the project's one mapper.
 */
public final class JsonText
{
    private JsonText() {}

    public static String write(Object value)
    {
        try {
            return JsonDocuments.mapper().writeValueAsString(value);
        }
        catch (JsonProcessingException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "cannot serialise " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public static <T> T read(String text, Class<T> type)
    {
        try {
            return JsonDocuments.mapper().readValue(text, type);
        }
        catch (JsonProcessingException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "a stored " + type.getSimpleName() + " does not read back: " + e.getMessage(), e);
        }
    }

    static <T> T read(String text, TypeReference<T> type)
    {
        try {
            return JsonDocuments.mapper().readValue(text, type);
        }
        catch (JsonProcessingException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "a stored " + type.getType().getTypeName() + " does not read back: " + e.getMessage(), e);
        }
    }

    static List<String> strings(String text)
    {
        return list(text, new TypeReference<>() {});
    }

    static List<InventoryWarning> warnings(String text)
    {
        return list(text, new TypeReference<>() {});
    }

    private static <T> List<T> list(String text, TypeReference<List<T>> type)
    {
        try {
            return JsonDocuments.mapper().readValue(text, type);
        }
        catch (JsonProcessingException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "a stored list does not read back: " + e.getMessage(), e);
        }
    }
}
