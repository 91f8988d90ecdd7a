package io.cloudmigrate.graph;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.cloudmigrate.discovery.JsonDocuments;

import java.io.IOException;
import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Writes {@code traffic.json} field by field, with the same bytes as {@link JsonDocuments#write} gives for
 * the same {@link Traffic}: an estate's traffic runs to tens of thousands of edges, and binding each
 * through reflection cost more than reading the flow log that made them.
 */
public final class TrafficDocument
{
    // The names of the fields written once an edge, encoded once: tens of thousands of edges write each.
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString TARGET = new SerializedString("target");
    private static final SerializedString PORT = new SerializedString("port");
    private static final SerializedString PROTOCOL = new SerializedString("protocol");
    private static final SerializedString ACCEPTED_FLOWS = new SerializedString("acceptedFlows");
    private static final SerializedString REJECTED_FLOWS = new SerializedString("rejectedFlows");
    private static final SerializedString PACKETS = new SerializedString("packets");
    private static final SerializedString BYTES = new SerializedString("bytes");
    private static final SerializedString FIRST_SEEN = new SerializedString("firstSeen");
    private static final SerializedString LAST_SEEN = new SerializedString("lastSeen");
    private static final SerializedString SOURCE_RESOURCE = new SerializedString("sourceResource");
    private static final SerializedString TARGET_RESOURCE = new SerializedString("targetResource");
    private static final SerializedString SOURCES = new SerializedString("sources");

    private TrafficDocument() {}

    /** Writes the document atomically; see {@link JsonDocuments#writeStreamed}. */
    public static void write(Path path, Traffic traffic)
    {
        requireNonNull(traffic, "traffic is null");
        JsonDocuments.writeStreamed(path, Traffic.class, generator -> writeFields(generator, traffic));
    }

    // In the order of the record components, as the mapper writes them.
    private static void writeFields(JsonGenerator generator, Traffic traffic)
            throws IOException
    {
        generator.writeNumberField("schemaVersion", traffic.schemaVersion());
        generator.writeNumberField("records", traffic.records());
        generator.writeNumberField("malformed", traffic.malformed());
        generator.writeArrayFieldStart("malformedSamples");
        for (String sample : traffic.malformedSamples()) {
            generator.writeString(sample);
        }
        generator.writeEndArray();
        generator.writeArrayFieldStart("edges");
        for (TrafficEdge edge : traffic.edges()) {
            generator.writeStartObject();
            writeString(generator, SOURCE, edge.source());
            writeString(generator, TARGET, edge.target());
            writeNumber(generator, PORT, edge.port());
            writeNumber(generator, PROTOCOL, edge.protocol());
            writeNumber(generator, ACCEPTED_FLOWS, edge.acceptedFlows());
            writeNumber(generator, REJECTED_FLOWS, edge.rejectedFlows());
            writeNumber(generator, PACKETS, edge.packets());
            writeNumber(generator, BYTES, edge.bytes());
            writeNumber(generator, FIRST_SEEN, edge.firstSeen());
            writeNumber(generator, LAST_SEEN, edge.lastSeen());
            writeNullable(generator, SOURCE_RESOURCE, edge.sourceResource());
            writeNullable(generator, TARGET_RESOURCE, edge.targetResource());
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeArrayFieldStart("rejected");
        for (RejectedTraffic rejected : traffic.rejected()) {
            generator.writeStartObject();
            writeString(generator, TARGET, rejected.target());
            writeNumber(generator, PORT, rejected.port());
            writeNumber(generator, PROTOCOL, rejected.protocol());
            writeNumber(generator, REJECTED_FLOWS, rejected.rejectedFlows());
            writeNumber(generator, SOURCES, rejected.sources());
            writeNumber(generator, FIRST_SEEN, rejected.firstSeen());
            writeNumber(generator, LAST_SEEN, rejected.lastSeen());
            writeNullable(generator, TARGET_RESOURCE, rejected.targetResource());
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }

    private static void writeNullable(JsonGenerator generator, SerializedString name, String value)
            throws IOException
    {
        generator.writeFieldName(name);
        if (value == null) {
            generator.writeNull();
        }
        else {
            generator.writeString(value);
        }
    }

    private static void writeString(JsonGenerator generator, SerializedString name, String value)
            throws IOException
    {
        generator.writeFieldName(name);
        generator.writeString(value);
    }

    private static void writeNumber(JsonGenerator generator, SerializedString name, long value)
            throws IOException
    {
        generator.writeFieldName(name);
        generator.writeNumber(value);
    }
}
