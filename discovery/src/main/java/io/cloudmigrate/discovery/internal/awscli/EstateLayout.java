package io.cloudmigrate.discovery.internal.awscli;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * The folders of an estate directory (see {@code docs/aws-cli-layout.md}): region folders directly
 * under it for one account, or one folder per account with region folders inside. Files outside
 * region folders are listed as skipped, except the estate description, the flow-log folder and an
 * {@code index.txt} next to the estate description: the bundled sample estate lists its files there,
 * and a copy of it is imported without a warning about that listing.
 *
 * @param skippedFiles paths relative to the root, with {@code /} separators, sorted
 */
record EstateLayout(Path root, Optional<Path> estateFile, List<RegionFolder> regionFolders, List<String> skippedFiles)
{
    static final String ESTATE_FILE = "cloudmigrate-estate.json";
    private static final String FLOW_LOG_FOLDER = "flow-logs";
    private static final String SAMPLE_INDEX = "index.txt";

    /**
     * A region folder.
     *
     * @param accountFolder the name of the account folder, or empty for a single-account estate
     */
    record RegionFolder(String accountFolder, String region, Path path) {}

    EstateLayout
    {
        requireNonNull(root, "root is null");
        requireNonNull(estateFile, "estateFile is null");
        regionFolders = List.copyOf(regionFolders);
        skippedFiles = skippedFiles.stream().sorted().toList();
    }

    static EstateLayout scan(Path root)
    {
        if (!Files.isDirectory(root)) {
            throw new CloudMigrateException(DiscoveryErrorCode.INPUT_NOT_FOUND, root
                    + ": no such directory; point the import at the folder that holds the region folders (us-east-1/ …) or one folder per account");
        }
        Optional<Path> estateFile = Optional.empty();
        List<RegionFolder> regionFolders = new ArrayList<>();
        List<String> skippedFiles = new ArrayList<>();
        for (Path child : children(root)) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || (name.equals(FLOW_LOG_FOLDER) && Files.isDirectory(child))) {
                continue;
            }
            if (name.equals(ESTATE_FILE) && Files.isRegularFile(child)) {
                estateFile = Optional.of(child);
            }
            else if (Files.isDirectory(child) && RegionScope.isRegion(name)) {
                regionFolders.add(new RegionFolder("", name, child));
            }
            else if (Files.isDirectory(child)) {
                scanAccountFolder(root, child, regionFolders, skippedFiles);
            }
            else {
                skippedFiles.add(relativePath(root, child));
            }
        }
        if (estateFile.isPresent()) {
            skippedFiles.remove(SAMPLE_INDEX);
        }
        if (regionFolders.isEmpty()) {
            throw new CloudMigrateException(DiscoveryErrorCode.MALFORMED_INPUT, root
                    + ": no region folders found; expected AWS CLI output in folders named after regions (us-east-1/ …), "
                    + "directly or inside one folder per account, as cloudmapper collect writes them");
        }
        return new EstateLayout(root, estateFile, regionFolders, skippedFiles);
    }

    private static void scanAccountFolder(Path root, Path accountFolder, List<RegionFolder> regionFolders, List<String> skippedFiles)
    {
        String accountName = accountFolder.getFileName().toString();
        for (Path child : children(accountFolder)) {
            String name = child.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(child) && RegionScope.isRegion(name)) {
                regionFolders.add(new RegionFolder(accountName, name, child));
            }
            else {
                filesUnder(child).forEach(file -> skippedFiles.add(relativePath(root, file)));
            }
        }
    }

    /** Every regular file at or under a path, sorted, without hidden files. */
    static List<Path> filesUnder(Path start)
    {
        try (Stream<Path> paths = Files.walk(start)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        catch (IOException | UncheckedIOException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INPUT_NOT_FOUND, start + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }

    static String relativePath(Path root, Path file)
    {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static List<Path> children(Path folder)
    {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.sorted().toList();
        }
        catch (IOException | UncheckedIOException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INPUT_NOT_FOUND, folder + ": cannot list the folder (" + e.getMessage() + ")", e);
        }
    }
}
