package io.cloudmigrate.codegen.internal;

import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * Target names that must follow AWS naming rules. The source names were valid for their own service,
 * but a value moves between services (a Classic Load Balancer name becomes an ALB name) and some
 * fields (security-group descriptions) accept fewer characters than tags do.
 */
public final class AwsNames
{
    // The characters EC2 accepts in security-group names, descriptions and rule descriptions.
    private static final String SECURITY_GROUP_CHARACTERS = "._-:/()#,@[]+=&;{}!$* ";

    private AwsNames() {}

    /** Text for a security-group description or rule description; other characters become spaces. */
    public static String securityGroupText(String value, String fallback)
    {
        StringBuilder text = new StringBuilder();
        for (char character : requireNonNull(value, "value is null").toCharArray()) {
            boolean allowed = (character < 0x80 && Character.isLetterOrDigit(character)) || SECURITY_GROUP_CHARACTERS.indexOf(character) >= 0;
            text.append(allowed ? character : ' ');
        }
        String result = text.toString().replaceAll(" {2,}", " ").strip();
        if (result.length() > 255) {
            result = result.substring(0, 255).strip();
        }
        return result.isEmpty() ? fallback : result;
    }

    /** A security-group name; EC2 reserves {@code default} and names starting with {@code sg-}. */
    public static String securityGroupName(String groupName, String groupId)
    {
        String name = securityGroupText(groupName, groupId);
        if (name.equalsIgnoreCase("default") || name.toLowerCase(Locale.ROOT).startsWith("sg-")) {
            return "migrated-" + name;
        }
        return name;
    }

    /** An RDS or ElastiCache identifier: lowercase letters, digits and single hyphens, starting with a letter. */
    public static String hyphenated(String value, int maximumLength)
    {
        String name = requireNonNull(value, "value is null").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            name = "m-" + name;
        }
        if (name.length() > maximumLength) {
            name = name.substring(0, maximumLength);
        }
        return name.replaceAll("-+$", "");
    }

    /** An ELBv2 name: at most 32 letters, digits and hyphens, not starting with {@code internal-}. */
    public static String loadBalancerName(String value)
    {
        String name = requireNonNull(value, "value is null").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (name.isEmpty() || name.toLowerCase(Locale.ROOT).startsWith("internal-")) {
            name = "lb-" + name;
        }
        if (name.length() > 32) {
            name = name.substring(0, 32);
        }
        return name.replaceAll("-+$", "");
    }
}
