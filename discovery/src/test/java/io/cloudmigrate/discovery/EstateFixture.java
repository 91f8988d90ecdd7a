package io.cloudmigrate.discovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes small hand-made estates for tests, and finds the cloudmapper demo estate.
 */
final class EstateFixture
{
    static final String DEMO_ACCOUNT = "123456789012";

    private final Path root;

    private EstateFixture(Path root)
    {
        this.root = root;
    }

    static EstateFixture in(Path root)
    {
        return new EstateFixture(root);
    }

    /** Writes a file at a path relative to the estate root, creating folders. */
    EstateFixture file(String relativePath, String content)
    {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code sts-get-caller-identity.json} naming the account. */
    EstateFixture account(String regionFolder, String accountId)
    {
        return file(regionFolder + "/sts-get-caller-identity.json",
                "{\"Account\": \"" + accountId + "\", \"Arn\": \"arn:aws:iam::" + accountId + ":user/collector\"}");
    }

    Path root()
    {
        return root;
    }

    Inventory importEstate()
    {
        return AwsCliImporter.importDirectory(root);
    }

    /** The cloudmapper demo account, as copied to the test classpath. */
    static Path demo()
    {
        try {
            return Path.of(EstateFixture.class.getResource("/cloudmapper-demo").toURI());
        }
        catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the demo estate under {@code target}, for tests that change it. */
    static Path demoCopy(Path target)
    {
        Path source = demo();
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                }
                else {
                    Files.copy(path, copy);
                }
            }
            return target;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Resource> ofType(Inventory inventory, ResourceType type)
    {
        return inventory.resources().stream().filter(resource -> resource.type() == type).toList();
    }

    static <T extends ResourceDetails> T details(Inventory inventory, String resourceId, Class<T> type)
    {
        return type.cast(inventory.resource(resourceId).orElseThrow(() -> new AssertionError("no resource " + resourceId)).details());
    }

    static List<InventoryWarning> warnings(Inventory inventory, String code)
    {
        return inventory.warnings().stream().filter(warning -> warning.code().equals(code)).toList();
    }
}
