package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What a reader needs for one region folder: the scope, its files, the estate found so far and the
 * warnings of the import.
 */
record RegionContext(RegionScope scope, RegionFiles files, EstateBuilder estate, Warnings warnings)
{
    RegionContext
    {
        requireNonNull(scope, "scope is null");
        requireNonNull(files, "files is null");
        requireNonNull(estate, "estate is null");
        requireNonNull(warnings, "warnings is null");
    }

    String accountId()
    {
        return scope.accountId();
    }

    String region()
    {
        return scope.region();
    }

    /**
     * The elements of the top-level array {@code field} of a single call's output; empty when the
     * file is absent. A file without that array gets a warning, since it is most likely the output
     * of some other command saved under the wrong name.
     */
    List<JsonNode> items(String operation, String field)
    {
        return files.document(operation).map(document -> items(document, files.documentPath(operation), field)).orElse(List.of());
    }

    /** The elements of the top-level array {@code field} of a document, with a warning when it is missing. */
    List<JsonNode> items(JsonNode document, String relativePath, String field)
    {
        JsonNode value = document.get(field);
        if (value == null || !value.isArray()) {
            warn("import", Warnings.UNEXPECTED_SHAPE, relativePath,
                    relativePath + ": expected a \"" + field + "\" array; the file was not read. Is it the output of another command?");
            return List.of();
        }
        return Json.array(document, field);
    }

    void warn(String service, String code, String input, String message)
    {
        warnings.add(scope, service, code, input, message);
    }

    /** Warns that {@code from} names {@code to}, which is not in the estate. */
    void dangling(String service, String from, String to, String where)
    {
        warn(service, Warnings.DANGLING_REFERENCE, from, from + " names " + to + ", which is not in " + where + " of " + scope.describe());
    }
}
