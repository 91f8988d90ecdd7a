package io.cloudmigrate.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * What changed between two inventories of an estate: resources and security groups added, removed,
 * and changed, compared by id, with the path of every changed field ({@code details.instanceType},
 * {@code tags.Owner}, {@code network.securityGroupIds[1]}). Everything is sorted, so the same two
 * inventories always give the same diff.
 *
 * @param added ids present only in the newer inventory
 * @param removed ids present only in the older inventory
 */
public record InventoryDiff(List<Entry> added, List<Entry> removed, List<Change> changed)
{
    /** A resource or security group, by id and CloudFormation type. */
    public record Entry(String id, String type) {}

    /** One changed item and its changed fields. */
    public record Change(String id, String type, List<FieldChange> fields)
    {
        public Change
        {
            fields = List.copyOf(fields);
        }
    }

    /** A field whose value differs; {@code before} or {@code after} is {@code null} when the field is absent on that side. */
    public record FieldChange(String path, JsonNode before, JsonNode after) {}

    private static final String SECURITY_GROUP_TYPE = "AWS::EC2::SecurityGroup";

    public InventoryDiff
    {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty()
    {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** Compares {@code before} with {@code after}. Linear in the size of both, plus sorting. */
    public static InventoryDiff between(Inventory before, Inventory after)
    {
        requireNonNull(before, "before is null");
        requireNonNull(after, "after is null");
        ObjectMapper mapper = JsonDocuments.mapper();
        Map<String, Item> old = items(mapper, before);
        Map<String, Item> updated = items(mapper, after);
        List<Entry> added = new ArrayList<>();
        List<Entry> removed = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        for (String id : new TreeSet<>(union(old, updated))) {
            Item was = old.get(id);
            Item is = updated.get(id);
            if (was == null) {
                added.add(new Entry(id, is.type()));
            }
            else if (is == null) {
                removed.add(new Entry(id, was.type()));
            }
            else {
                List<FieldChange> fields = new ArrayList<>();
                compare("", was.tree(), is.tree(), fields);
                if (!fields.isEmpty()) {
                    changed.add(new Change(id, is.type(), fields));
                }
            }
        }
        return new InventoryDiff(added, removed, changed);
    }

    private record Item(String type, JsonNode tree) {}

    private static Map<String, Item> items(ObjectMapper mapper, Inventory inventory)
    {
        Map<String, Item> items = new TreeMap<>();
        inventory.resources().forEach(resource -> items.put(resource.id(), new Item(resource.type().cloudFormationType(), mapper.valueToTree(resource))));
        inventory.securityGroups().forEach(group -> items.put(group.id(), new Item(SECURITY_GROUP_TYPE, mapper.valueToTree(group))));
        return items;
    }

    private static TreeSet<String> union(Map<String, Item> first, Map<String, Item> second)
    {
        TreeSet<String> ids = new TreeSet<>(first.keySet());
        ids.addAll(second.keySet());
        return ids;
    }

    /** Objects are compared field by field (names sorted), arrays position by position, everything else by value. */
    private static void compare(String path, JsonNode before, JsonNode after, List<FieldChange> changes)
    {
        if (before != null && after != null && before.isObject() && after.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, before.get(name), after.get(name), changes);
            }
        }
        else if (before != null && after != null && before.isArray() && after.isArray()) {
            for (int index = 0; index < Math.max(before.size(), after.size()); index++) {
                compare(path + "[" + index + "]", before.get(index), after.get(index), changes);
            }
        }
        else if (!sameValue(before, after)) {
            changes.add(new FieldChange(path, absentIfNull(before), absentIfNull(after)));
        }
    }

    private static boolean sameValue(JsonNode before, JsonNode after)
    {
        return absentIfNull(before) == null ? absentIfNull(after) == null : before.equals(after);
    }

    /** A JSON null and a missing field mean the same here: the value is not known. */
    private static JsonNode absentIfNull(JsonNode node)
    {
        return node == null || node.isNull() ? null : node;
    }
}
