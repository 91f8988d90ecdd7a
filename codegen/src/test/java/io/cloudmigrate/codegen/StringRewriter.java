package io.cloudmigrate.codegen;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static java.util.Objects.requireNonNull;

/**
 * Rebuilds a tree of records (an assessment with its inventory, graph and recommendations) with every
 * string replaced through a function, so that a test can put hostile text into every field of every
 * resource type without writing a builder per record. Records, lists and maps (keys and values) are
 * followed; enums, numbers and booleans are kept.
 */
final class StringRewriter
{
    private final UnaryOperator<String> rewrite;
    private final Set<String> keptComponents;

    /**
     * @param keptComponents {@code Record.component} names whose strings stay as they are (with the reason at the call site)
     */
    StringRewriter(UnaryOperator<String> rewrite, Set<String> keptComponents)
    {
        this.rewrite = requireNonNull(rewrite, "rewrite is null");
        this.keptComponents = Set.copyOf(keptComponents);
    }

    @SuppressWarnings("unchecked")
    <T> T rewrite(T value)
    {
        return (T) rewriteAny(value);
    }

    private Object rewriteAny(Object value)
    {
        return switch (value) {
            case null -> null;
            case String text -> rewrite.apply(text);
            case Record record -> rewriteRecord(record);
            case List<?> list -> {
                List<Object> copy = new ArrayList<>(list.size());
                list.forEach(item -> copy.add(rewriteAny(item)));
                yield copy;
            }
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((key, item) -> copy.put(rewriteAny(key), rewriteAny(item)));
                yield copy;
            }
            default -> value;
        };
    }

    private Record rewriteRecord(Record record)
    {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int index = 0; index < components.length; index++) {
                RecordComponent component = components[index];
                Object original = component.getAccessor().invoke(record);
                boolean kept = keptComponents.contains(record.getClass().getSimpleName() + "." + component.getName());
                values[index] = kept ? original : rewriteAny(original);
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<? extends Record> constructor = record.getClass().getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        }
        catch (InvocationTargetException e) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " refuses a rewritten value: " + e.getCause().getMessage(), e.getCause());
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getName(), e);
        }
    }
}
