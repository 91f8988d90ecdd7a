package io.cloudmigrate.discovery.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;

import java.util.List;
import java.util.regex.Pattern;

/**
 * JSON paths ({@code $.resources[3].details.instanceType}) of the references Jackson keeps while it
 * binds a document, for messages that point at the value at fault.
 */
final class JsonPaths
{
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {}

    /** The pointer to the value Jackson was binding. */
    static JsonPointer pointer(List<Reference> references)
    {
        JsonPointer pointer = JsonPointer.empty();
        for (Reference reference : references) {
            if (reference.getFieldName() != null) {
                pointer = pointer.appendProperty(reference.getFieldName());
            }
            else if (reference.getIndex() >= 0) {
                pointer = pointer.appendIndex(reference.getIndex());
            }
        }
        return pointer;
    }

    /** The JSON path of a pointer into a CloudMigrate document, whose arrays are the only containers with numeric keys. */
    static String of(JsonPointer pointer)
    {
        StringBuilder path = new StringBuilder("$");
        for (JsonPointer step = pointer; !step.matches(); step = step.tail()) {
            if (step.mayMatchElement()) {
                path.append('[').append(step.getMatchingIndex()).append(']');
            }
            else if (PLAIN_NAME.matcher(step.getMatchingProperty()).matches()) {
                path.append('.').append(step.getMatchingProperty());
            }
            else {
                path.append("['").append(step.getMatchingProperty().replace("\\", "\\\\").replace("'", "\\'")).append("']");
            }
        }
        return path.toString();
    }
}
