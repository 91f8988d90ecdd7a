package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.JsonDocuments;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * The {@code --output} option of every command that writes a document: its summary on standard
 * output as text for people (the default) or as one JSON document for scripts. Used as a picocli
 * {@code @Mixin}; progress and warnings stay on standard error either way.
 */
public final class SummaryOutput
{
    /** How the summary is printed. */
    public enum Format
    {
        TEXT,
        JSON
    }

    @Option(names = "--output", paramLabel = "FORMAT", description = "How to print the summary on standard output: text (default) or json.")
    Format format = Format.TEXT;

    /**
     * Prints {@code summary} as JSON, or calls {@code text} to print it for people.
     *
     * @param summary a record of the summary, serialised with the documents' own stable JSON writer
     */
    void print(PrintWriter out, Object summary, Consumer<PrintWriter> text)
    {
        switch (format) {
            case JSON -> out.print(JsonDocuments.toJson(summary));
            case TEXT -> text.accept(out);
        }
        out.flush();
    }
}
