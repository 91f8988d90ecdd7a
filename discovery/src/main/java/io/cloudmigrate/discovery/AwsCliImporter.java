package io.cloudmigrate.discovery;

import io.cloudmigrate.discovery.internal.awscli.AwsCliImport;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Imports an estate saved as AWS CLI output, without calling AWS: the layout {@code cloudmapper
 * collect} writes, described in {@code docs/aws-cli-layout.md}. One folder per region, directly
 * under the directory for one account or inside one folder per account.
 *
 * <p>The import does not stop at a bad file: a file that is not JSON, a file of a command the
 * importer does not read, and a reference to something the estate does not hold each become an
 * {@link InventoryWarning} ({@code MalformedFile}, {@code SkippedFile}, {@code DanglingReference}).
 *
 * <p>The result is deterministic: the same directory gives a byte-identical
 * {@link JsonDocuments#toJson(Object) document}. The scan id is {@code sha256:} and a digest of the
 * relative paths and contents of the files read. The capture time is {@code capturedAt} of the
 * optional {@code cloudmigrate-estate.json}, or else the newest modification time of the files read,
 * to the second.
 */
public final class AwsCliImporter
{
    private AwsCliImporter() {}

    /**
     * Reads an estate directory.
     *
     * @param estateName the name to give the estate; when empty, {@code name} of
     *         {@code cloudmigrate-estate.json}, or else the directory's name
     * @throws CloudMigrateException {@link DiscoveryErrorCode#INPUT_NOT_FOUND} when the directory does
     *         not exist, {@link DiscoveryErrorCode#MALFORMED_INPUT} when it holds no region folder
     */
    public static Inventory importDirectory(Path directory, Optional<String> estateName)
    {
        return AwsCliImport.importDirectory(directory, estateName);
    }

    /** Reads an estate directory, naming the estate as {@link #importDirectory(Path, Optional)} does without a name. */
    public static Inventory importDirectory(Path directory)
    {
        return importDirectory(directory, Optional.empty());
    }
}
