package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.Serial;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds parsed documents with one node for each short text value, however often it occurs. The
 * importer holds every file of an estate until it has read them all, and most of the text is the same
 * few values again: at 50,000 resources the CloudWatch files held 16 million timestamps (the same 90
 * days for every resource), 1.2 GB of a 2.4 GB heap as separate strings. Nodes are immutable, so
 * sharing them changes nothing a reader sees. One instance per import, used on one thread.
 */
final class SharedTextNodes
        extends JsonNodeFactory
{
    @Serial
    private static final long serialVersionUID = 1L;

    /** Longer values (policies, descriptions) rarely repeat; keeping them would only grow the table. */
    static final int MAXIMUM_LENGTH = 64;
    /** Bounds the table itself; values past it are built as usual. */
    static final int MAXIMUM_VALUES = 200_000;

    private final transient Map<String, TextNode> nodes = new HashMap<>();

    SharedTextNodes()
    {
        super(false);
    }

    @Override
    public TextNode textNode(String text)
    {
        if (text == null || text.length() > MAXIMUM_LENGTH) {
            return super.textNode(text);
        }
        TextNode shared = nodes.get(text);
        if (shared != null) {
            return shared;
        }
        TextNode node = super.textNode(text);
        if (nodes.size() < MAXIMUM_VALUES) {
            nodes.put(text, node);
        }
        return node;
    }
}
