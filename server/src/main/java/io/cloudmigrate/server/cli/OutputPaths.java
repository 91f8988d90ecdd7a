package io.cloudmigrate.server.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks where a command will write before it does any work, so that a path that cannot be written
 * fails at once with the path as the user gave it, rather than after minutes of scanning.
 */
final class OutputPaths
{
    private OutputPaths() {}

    /**
     * Checks that {@code path} names a file that can be created or replaced.
     *
     * @param option the option that named it, e.g. {@code --out}
     * @param example the file name to suggest when {@code path} is a directory, e.g. {@code assessment.json}
     */
    static void checkFile(CommandSpec spec, String option, Path path, String example)
    {
        if (Files.isDirectory(path)) {
            throw refused(spec, option, path, "this is a directory; name the file to write, e.g. " + path.resolve(example));
        }
        checkParent(spec, option, path);
    }

    /** Checks that {@code path} is, or can be created as, a directory in an existing, writable one. */
    static void checkDirectory(CommandSpec spec, String option, Path path)
    {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw refused(spec, option, path, "this is a file; name a directory (it is created if missing)");
        }
        checkParent(spec, option, path);
    }

    private static void checkParent(CommandSpec spec, String option, Path path)
    {
        Path parent = path.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            throw refused(spec, option, path, "name a file or directory below the root");
        }
        if (!Files.exists(parent)) {
            Path ancestor = parent.getParent();
            while (ancestor != null && !Files.exists(ancestor)) {
                ancestor = ancestor.getParent();
            }
            if (ancestor != null && !Files.isDirectory(ancestor)) {
                throw refused(spec, option, path, ancestor + " is a file, not a directory");
            }
            throw refused(spec, option, path, "the directory " + parent + " does not exist; create it first");
        }
        if (!Files.isDirectory(parent)) {
            throw refused(spec, option, path, parent + " is a file, not a directory");
        }
        // Writing a file is the one test that holds for root, read-only mounts and access lists alike.
        try {
            Files.delete(Files.createTempFile(parent, ".cloudmigrate-", ".probe"));
        }
        catch (AccessDeniedException e) {
            throw refused(spec, option, path, "cannot write in " + parent + " (permission denied)");
        }
        catch (IOException e) {
            throw refused(spec, option, path, "cannot write in " + parent + " (" + e.getMessage() + ")");
        }
    }

    private static ParameterException refused(CommandSpec spec, String option, Path path, String reason)
    {
        return new ParameterException(spec.commandLine(), option + " " + path + ": " + reason);
    }
}
