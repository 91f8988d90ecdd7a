package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.scoring.ScoringErrorCode;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Price List API answers kept on disk, one file per question ({@code <service>-<hash>.json}), holding
 * the question and the price list items exactly as the API sent them; the items carry their own
 * publication date. A file that cannot be read is reported, never silently treated as a miss.
 */
final class PriceListCache
{
    private final Path directory;

    PriceListCache(Path directory)
    {
        this.directory = requireNonNull(directory, "directory is null");
    }

    Path directory()
    {
        return directory;
    }

    Optional<List<String>> read(PriceListQuery query)
    {
        Path file = file(query);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode document = JsonDocuments.mapper().readTree(file.toFile());
            if (!query.describe().equals(document.path("query").asText())) {
                throw new CloudMigrateException(ScoringErrorCode.PRICE_CACHE_UNUSABLE,
                        file + " holds the answer to another question (" + document.path("query").asText() + "); delete it or run cloudmigrate prices refresh");
            }
            List<String> items = new ArrayList<>();
            document.path("priceList").forEach(item -> items.add(item.toString()));
            return Optional.of(List.copyOf(items));
        }
        catch (IOException e) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_CACHE_UNUSABLE,
                    file + " is not a readable price answer (" + e.getMessage() + "); delete it or run cloudmigrate prices refresh", e);
        }
    }

    /** Stores an answer; written to a temporary file first so that a reader never sees half of one. */
    void write(PriceListQuery query, List<String> items)
    {
        Path file = file(query);
        try {
            Files.createDirectories(directory);
            ObjectNode document = JsonDocuments.mapper().createObjectNode();
            document.put("query", query.describe());
            document.put("serviceCode", query.serviceCode());
            ObjectNode filters = document.putObject("filters");
            query.filters().forEach(filters::put);
            ArrayNode list = document.putArray("priceList");
            for (String item : items) {
                list.add(JsonDocuments.mapper().readTree(item));
            }
            Path temporary = Files.createTempFile(directory, ".answer", ".tmp");
            JsonDocuments.mapper().writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), document);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException e) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_CACHE_UNUSABLE,
                    "cannot write the price cache " + file + " (" + e.getMessage() + "); choose another directory with --price-cache", e);
        }
    }

    /** The questions the cache holds answers to, sorted by file name. */
    List<PriceListQuery> queries()
    {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<PriceListQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList()) {
                JsonNode document = JsonDocuments.mapper().readTree(file.toFile());
                SortedMap<String, String> filters = new TreeMap<>();
                document.path("filters").properties().forEach(entry -> filters.put(entry.getKey(), entry.getValue().asText()));
                queries.add(new PriceListQuery(document.path("serviceCode").asText(), filters));
            }
        }
        catch (IOException e) {
            throw new CloudMigrateException(ScoringErrorCode.PRICE_CACHE_UNUSABLE,
                    "cannot read the price cache " + directory + " (" + e.getMessage() + "); delete it and run cloudmigrate prices refresh", e);
        }
        return List.copyOf(queries);
    }

    private Path file(PriceListQuery query)
    {
        return directory.resolve(query.cacheKey() + ".json");
    }
}
