package io.cloudmigrate.discovery.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import io.cloudmigrate.discovery.FlowLogConfiguration;
import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.internal.awscli.RegionScope;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the account ids and Region codes of a document as its records are bound, wherever they sit
 * (an inventory, or the inventory an assessment embeds): a hand-edited {@code "accountId": "12345"}
 * would otherwise file resources under an account that cannot exist.
 */
final class PlacementChecks
        extends BeanDeserializerModifier
{
    // 12 digits, or "unknown": the importer's account for a folder no file names.
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}|unknown");

    /** A value that is not what its field holds; the message names the field, and the path ends at its record. */
    static final class InvalidValueException
            extends JsonMappingException
    {
        private final String field;

        InvalidValueException(JsonParser parser, String field, String message)
        {
            super(parser, message);
            this.field = field;
        }

        String field()
        {
            return field;
        }
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer)
    {
        Class<?> type = description.getBeanClass();
        boolean checked = type == Resource.class || type == SecurityGroup.class || type == NetworkInterface.class || type == FlowLogConfiguration.class
                || type == Scope.class;
        return checked ? new Checking(deserializer) : deserializer;
    }

    private static Optional<InvalidValueException> problem(JsonParser parser, Object value)
    {
        return switch (value) {
            case Resource resource -> placement(parser, resource.accountId(), resource.region());
            case SecurityGroup group -> placement(parser, group.accountId(), group.region());
            case NetworkInterface networkInterface -> placement(parser, networkInterface.accountId(), networkInterface.region());
            case FlowLogConfiguration flowLog -> placement(parser, flowLog.accountId(), flowLog.region());
            case Scope scope -> first(parser, "accounts", scope.accounts(), true).or(() -> first(parser, "regions", scope.regions(), false));
            default -> Optional.empty();
        };
    }

    private static Optional<InvalidValueException> placement(JsonParser parser, String accountId, String region)
    {
        if (!ACCOUNT_ID.matcher(accountId).matches()) {
            return Optional.of(new InvalidValueException(parser, "accountId", "accountId \"" + accountId + "\" is not an account id (12 digits)"));
        }
        if (!RegionScope.isRegion(region)) {
            return Optional.of(new InvalidValueException(parser, "region", "region \"" + region + "\" is not an AWS Region code (like eu-west-1)"));
        }
        return Optional.empty();
    }

    private static Optional<InvalidValueException> first(JsonParser parser, String field, List<String> values, boolean accounts)
    {
        return values.stream()
                .filter(value -> accounts ? !ACCOUNT_ID.matcher(value).matches() : !RegionScope.isRegion(value))
                .findFirst()
                .map(value -> new InvalidValueException(parser, field, field + " holds \"" + value + "\", which is not "
                        + (accounts ? "an account id (12 digits)" : "an AWS Region code (like eu-west-1)")));
    }

    /** Binds as the record's own deserializer does, then checks the record. */
    private static final class Checking
            extends DelegatingDeserializer
    {
        Checking(JsonDeserializer<?> delegate)
        {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate)
        {
            return new Checking(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context)
                throws IOException
        {
            Object value = super.deserialize(parser, context);
            Optional<InvalidValueException> problem = problem(parser, value);
            if (problem.isPresent()) {
                throw problem.get();
            }
            return value;
        }
    }
}
