package io.cloudmigrate.discovery.aws.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Turns SDK v2 model objects into the JSON the AWS CLI prints. Both name members after the service
 * model ({@code SdkField.memberName()}: {@code Reservations}, {@code clusterArns}), so the output
 * of a live call reads exactly like a saved CLI file. Members the service did not send are left out,
 * as the CLI does.
 */
public final class SdkJson
{
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkJson() {}

    public static ObjectNode object(SdkPojo pojo)
    {
        ObjectNode node = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value != null && !(value instanceof SdkAutoConstructList<?>) && !(value instanceof SdkAutoConstructMap<?, ?>)) {
                node.set(field.memberName(), value(value));
            }
        }
        return node;
    }

    /** {@code {field: [items]}}, the shape of a paginated call's merged output. */
    public static ObjectNode items(String field, List<? extends SdkPojo> items)
    {
        ObjectNode node = NODES.objectNode();
        ArrayNode array = node.putArray(field);
        items.forEach(item -> array.add(object(item)));
        return node;
    }

    private static JsonNode value(Object value)
    {
        return switch (value) {
            case SdkPojo pojo -> object(pojo);
            case List<?> list -> {
                ArrayNode array = NODES.arrayNode();
                list.forEach(item -> array.add(item == null ? NODES.nullNode() : value(item)));
                yield array;
            }
            case Map<?, ?> map -> {
                ObjectNode object = NODES.objectNode();
                map.forEach((key, item) -> object.set(String.valueOf(key), item == null ? NODES.nullNode() : value(item)));
                yield object;
            }
            case String text -> NODES.textNode(text);
            case Boolean flag -> NODES.booleanNode(flag);
            case Integer number -> NODES.numberNode(number);
            case Long number -> NODES.numberNode(number);
            case Short number -> NODES.numberNode(number);
            case Byte number -> NODES.numberNode(number);
            case Float number -> NODES.numberNode(number);
            case Double number -> NODES.numberNode(number);
            case BigDecimal number -> NODES.numberNode(number);
            // the CLI prints times as ISO-8601; the readers parse both Z and +00:00
            case Instant instant -> NODES.textNode(instant.toString());
            case SdkBytes bytes -> NODES.binaryNode(bytes.asByteArray());
            default -> NODES.textNode(value.toString());
        };
    }
}
