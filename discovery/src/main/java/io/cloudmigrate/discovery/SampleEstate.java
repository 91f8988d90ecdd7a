package io.cloudmigrate.discovery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The sample estate bundled with CloudMigrate: AWS CLI output in the layout
 * {@link AwsCliImporter} reads, for trying the tool without an AWS account.
 *
 * <p>The files live on the classpath under {@value #RESOURCE_ROOT}, listed one relative path per
 * line in {@code index.txt}. A list is needed because a classpath folder cannot be listed from
 * inside a jar.
 */
public final class SampleEstate
{
    /** The classpath folder of the sample estate. */
    public static final String RESOURCE_ROOT = "/io/cloudmigrate/discovery/sample-estate/";
    private static final String INDEX = RESOURCE_ROOT + "index.txt";

    private SampleEstate() {}

    /** Whether this build carries the sample estate. */
    public static boolean isBundled()
    {
        return SampleEstate.class.getResource(INDEX) != null;
    }

    /**
     * Copies the sample estate into a directory, creating it, and returns the directory. Files of
     * the same name are replaced.
     *
     * @throws CloudMigrateException {@link DiscoveryErrorCode#INTERNAL_ERROR} when the build lacks the
     *         sample, {@link DiscoveryErrorCode#OUTPUT_FAILED} when the directory cannot be written
     */
    public static Path extractTo(Path directory)
    {
        requireNonNull(directory, "directory is null");
        for (String relativePath : index()) {
            Path target = directory.resolve(relativePath).normalize();
            if (!target.startsWith(directory.normalize())) {
                throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR,
                        INDEX + " names " + relativePath + ", which lies outside the sample estate; the build is broken");
            }
            try (InputStream input = SampleEstate.class.getResourceAsStream(RESOURCE_ROOT + relativePath)) {
                if (input == null) {
                    throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR,
                            INDEX + " names " + relativePath + ", which is not on the classpath; the build is broken");
                }
                Files.createDirectories(target.getParent());
                Files.copy(input, target, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (IOException e) {
                throw new CloudMigrateException(DiscoveryErrorCode.OUTPUT_FAILED, target + ": cannot write the sample estate (" + e.getMessage() + ")", e);
            }
        }
        return directory;
    }

    private static List<String> index()
    {
        InputStream input = SampleEstate.class.getResourceAsStream(INDEX);
        if (input == null) {
            throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR,
                    "the sample estate is missing from this build (no " + INDEX + " on the classpath); rebuild CloudMigrate with the discovery resources");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
        catch (IOException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "cannot read " + INDEX + " (" + e.getMessage() + ")", e);
        }
    }
}
