package io.cloudmigrate.graph;

import static java.util.Objects.requireNonNull;

/**
 * How one flow-log input read: a file, or a source read as a stream.
 *
 * @param name the file's path (or the source's name), as messages about malformed records name it
 * @param records records read: lines that are neither blank nor headers
 * @param malformed of those, the records that could not be read
 */
public record FlowLogInputSummary(String name, long records, long malformed)
{
    public FlowLogInputSummary
    {
        requireNonNull(name, "name is null");
        if (records < 0 || malformed < 0 || malformed > records) {
            throw new IllegalArgumentException(name + ": malformed must be between 0 and records (" + records + "), found " + malformed);
        }
    }

    /** The records read into the traffic, {@code NODATA} and {@code SKIPDATA} included. */
    public long accepted()
    {
        return records - malformed;
    }

    /**
     * Whether more than half of the input's records are malformed. A flow log in the format in force has a
     * stray bad line now and then; a file that fails on most lines is something else (a binary file, another
     * log, a flow log in a format without its header), and its few lines that did read are likely noise.
     */
    public boolean mostlyMalformed()
    {
        return malformed * 2 > records;
    }
}
