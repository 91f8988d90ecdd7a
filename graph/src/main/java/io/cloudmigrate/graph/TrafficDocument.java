package io.cloudmigrate.graph;

import com.fasterxml.jackson.core.JsonGenerator;
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
            generator.writeStringField("source", edge.source());
            generator.writeStringField("target", edge.target());
            generator.writeNumberField("port", edge.port());
            generator.writeNumberField("protocol", edge.protocol());
            generator.writeNumberField("acceptedFlows", edge.acceptedFlows());
            generator.writeNumberField("rejectedFlows", edge.rejectedFlows());
            generator.writeNumberField("packets", edge.packets());
            generator.writeNumberField("bytes", edge.bytes());
            generator.writeNumberField("firstSeen", edge.firstSeen());
            generator.writeNumberField("lastSeen", edge.lastSeen());
            writeNullable(generator, "sourceResource", edge.sourceResource());
            writeNullable(generator, "targetResource", edge.targetResource());
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeArrayFieldStart("rejected");
        for (RejectedTraffic rejected : traffic.rejected()) {
            generator.writeStartObject();
            generator.writeStringField("target", rejected.target());
            generator.writeNumberField("port", rejected.port());
            generator.writeNumberField("protocol", rejected.protocol());
            generator.writeNumberField("rejectedFlows", rejected.rejectedFlows());
            generator.writeNumberField("sources", rejected.sources());
            generator.writeNumberField("firstSeen", rejected.firstSeen());
            generator.writeNumberField("lastSeen", rejected.lastSeen());
            writeNullable(generator, "targetResource", rejected.targetResource());
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }

    private static void writeNullable(JsonGenerator generator, String name, String value)
            throws IOException
    {
        if (value == null) {
            generator.writeNullField(name);
        }
        else {
            generator.writeStringField(name, value);
        }
    }
}
