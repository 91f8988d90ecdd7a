package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Null-tolerant access to AWS CLI output. Every field of a CLI document is optional as far as the
 * importer is concerned: older CLI versions, other services and hand-edited files all leave fields
 * out, and a missing field must never stop an import.
 */
final class Json
{
    private Json() {}

    /** The text of a field, or {@code null} when it is missing, JSON null or blank. */
    static String text(JsonNode node, String field)
    {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /** The text at a path of nested fields, or {@code null}. */
    static String textAt(JsonNode node, String... path)
    {
        JsonNode current = node;
        for (int index = 0; index < path.length - 1 && current != null; index++) {
            current = current.get(path[index]);
        }
        return text(current, path[path.length - 1]);
    }

    static int integer(JsonNode node, String field, int missing)
    {
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isNumber()) {
            return value.canConvertToInt() ? value.asInt() : missing;
        }
        // ECS reports some numbers as strings ("cpu": "256")
        return value != null && value.isTextual() ? parseInt(value.asText(), missing) : missing;
    }

    static long longValue(JsonNode node, String field, long missing)
    {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isNumber()) {
            return missing;
        }
        return value.asLong(missing);
    }

    /** A whole number that fits an {@code int}, or {@code null} when the field is missing or holds something else. */
    static Integer optionalInteger(JsonNode node, String field)
    {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isIntegralNumber() && value.canConvertToInt() ? value.asInt() : null;
    }

    /** A boolean, or {@code null} when the field is missing or not a boolean. */
    static Boolean optionalBool(JsonNode node, String field)
    {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isBoolean() ? value.asBoolean() : null;
    }

    static boolean bool(JsonNode node, String field)
    {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.asBoolean(false);
    }

    /** The elements of an array field; empty when the field is missing or not an array. */
    static List<JsonNode> array(JsonNode node, String field)
    {
        JsonNode value = node == null ? null : node.get(field);
        List<JsonNode> elements = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(elements::add);
        }
        return elements;
    }

    /** The text elements of an array of strings, in order, without blanks. */
    static List<String> strings(JsonNode node, String field)
    {
        List<String> values = new ArrayList<>();
        for (JsonNode element : array(node, field)) {
            if (element.isValueNode() && !element.isNull() && !element.asText().isBlank()) {
                values.add(element.asText());
            }
        }
        return values;
    }

    /** One text field of each object of an array ({@code Groups[].GroupId}), in order, without duplicates. */
    static List<String> texts(JsonNode node, String arrayField, String field)
    {
        List<String> values = new ArrayList<>();
        for (JsonNode element : array(node, arrayField)) {
            String value = text(element, field);
            if (value != null && !values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * The tags of a resource. AWS spells them four ways: {@code Tags}, {@code TagList} or
     * {@code TagSet} as {@code [{"Key", "Value"}]}, ECS as {@code tags: [{"key", "value"}]}, and API
     * Gateway as a plain {@code tags} object.
     */
    static Map<String, String> tags(JsonNode node)
    {
        Map<String, String> tags = new TreeMap<>();
        for (String field : List.of("Tags", "TagList", "TagSet", "tags")) {
            JsonNode value = node == null ? null : node.get(field);
            if (value == null) {
                continue;
            }
            if (value.isObject()) {
                value.properties().forEach(entry -> tags.put(entry.getKey(), entry.getValue().asText("")));
            }
            for (JsonNode tag : array(node, field)) {
                String key = text(tag, "Key") != null ? text(tag, "Key") : text(tag, "key");
                if (key != null) {
                    String text = tag.has("Value") ? tag.get("Value").asText("") : tag.path("value").asText("");
                    tags.put(key, text);
                }
            }
        }
        return tags;
    }

    /** A list of the value, or an empty list when it is {@code null}. */
    static List<String> present(String value)
    {
        return value == null ? List.of() : List.of(value);
    }

    /** Appends the values not yet in the list, keeping the order AWS reported. */
    static void addNew(List<String> values, List<String> additions)
    {
        additions.stream().filter(value -> !values.contains(value)).forEach(values::add);
    }

    /** The {@code Name} tag, or the fallback. */
    static String name(Map<String, String> tags, String fallback)
    {
        String name = tags.get("Name");
        return name == null || name.isBlank() ? fallback : name;
    }

    private static int parseInt(String text, int missing)
    {
        try {
            return Integer.parseInt(text.trim());
        }
        catch (NumberFormatException e) {
            return missing;
        }
    }
}
