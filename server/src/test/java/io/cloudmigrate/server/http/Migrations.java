package io.cloudmigrate.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The newest schema version among the migrations the server ships, so that tests expect it without
 * naming a number every new migration would have to change.
 */
final class Migrations
{
    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.*\\.sql$");

    private Migrations() {}

    static String latestVersion()
    {
        try (Stream<Path> files = Files.list(Path.of(Migrations.class.getResource("/io/cloudmigrate/server/http/migrations").toURI()))) {
            return Integer.toString(files.map(file -> VERSION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                    .max()
                    .orElseThrow());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
