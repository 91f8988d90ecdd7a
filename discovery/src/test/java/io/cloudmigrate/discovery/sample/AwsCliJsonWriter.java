package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Writes the files of the sample estate under one root directory, and remembers their relative
 * paths for {@code index.txt}. JSON is printed the way the AWS CLI prints it ({@code "key": value},
 * two-space indent, {@code []} for empty arrays), with keys in the order they were added, {@code \n}
 * line ends and a final newline, so that the same tree always gives the same bytes.
 */
final class AwsCliJsonWriter
{
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final Path root;
    private final List<String> written = new ArrayList<>();

    AwsCliJsonWriter(Path root)
    {
        this.root = requireNonNull(root, "root is null");
    }

    static ObjectNode object()
    {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array()
    {
        return MAPPER.createArrayNode();
    }

    /** A decimal written exactly as given (no exponent), the way the AWS CLI prints metric values. */
    static DecimalNode decimal(double value, int scale)
    {
        return DecimalNode.valueOf(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN));
    }

    static ArrayNode strings(List<String> values)
    {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** EC2-style tags: {@code [{"Key": …, "Value": …}]}. */
    static ArrayNode tags(List<Tag> tags)
    {
        ArrayNode array = array();
        for (Tag tag : tags) {
            array.addObject().put("Key", tag.key()).put("Value", tag.value());
        }
        return array;
    }

    /** ECS-style tags: {@code [{"key": …, "value": …}]}. */
    static ArrayNode ecsTags(List<Tag> tags)
    {
        ArrayNode array = array();
        for (Tag tag : tags) {
            array.addObject().put("key", tag.key()).put("value", tag.value());
        }
        return array;
    }

    /** API Gateway- and Lambda-style tags: a map. */
    static ObjectNode tagMap(List<Tag> tags)
    {
        ObjectNode map = object();
        tags.forEach(tag -> map.put(tag.key(), tag.value()));
        return map;
    }

    /** {@code [{"GroupId": …, "GroupName": …}]}, as ENIs and instances list their security groups. */
    static ArrayNode groups(List<SecurityGroup> groups)
    {
        ArrayNode array = array();
        for (SecurityGroup group : groups) {
            array.addObject().put("GroupId", group.id()).put("GroupName", group.name());
        }
        return array;
    }

    static ArrayNode groupIds(List<SecurityGroup> groups)
    {
        return strings(groups.stream().map(SecurityGroup::id).toList());
    }

    /** The private DNS name EC2 gives an address in the region. */
    static String privateDnsName(String region, String address)
    {
        String host = "ip-" + address.replace('.', '-');
        return region.equals("us-east-1") ? host + ".ec2.internal" : host + "." + region + ".compute.internal";
    }

    static String publicDnsName(String region, String address)
    {
        String host = "ec2-" + address.replace('.', '-');
        return region.equals("us-east-1") ? host + ".compute-1.amazonaws.com" : host + "." + region + ".compute.amazonaws.com";
    }

    void write(String relativePath, JsonNode document)
    {
        try {
            writeText(relativePath, WRITER.writeValueAsString(document) + "\n");
        }
        catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeText(String relativePath, String text)
    {
        Path path = root.resolve(relativePath);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write", e);
        }
        written.add(relativePath);
    }

    /** The relative paths written so far, sorted. */
    List<String> writtenFiles()
    {
        return written.stream().sorted().toList();
    }
}
