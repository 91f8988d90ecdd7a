package io.cloudmigrate.codegen.internal;

import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Estate values as POSIX shell words, for the commands a runbook step gives. Every value goes through
 * {@link #quote}, so an instance id, host name or Terraform output name can never end the word it is
 * in or start another command, whatever the inventory holds.
 */
final class ShellText
{
    // Characters that mean nothing to a POSIX shell in an unquoted word.
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");
    // What a host name or address a remote command may hold: it is expanded into that command's text.
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:-]*");

    private ShellText() {}

    /** The value as one shell word: as it is when nothing in it is special, else in single quotes. */
    static String quote(String value)
    {
        requireNonNull(value, "value is null");
        if (PLAIN.matcher(value).matches()) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** A command substitution reading one output of a wave's Terraform, as one shell word. */
    static String terraformOutput(String waveLabel, String outputName)
    {
        return "\"$(terraform -chdir=" + quote("terraform/wave-" + waveLabel) + " output -raw " + quote(outputName) + ")\"";
    }

    /**
     * Whether a value from the inventory may be used as a host in a command that runs on another machine
     * (SSM Run Command passes it on as text, where the quoting of this shell no longer holds).
     */
    static boolean host(String value)
    {
        return value != null && HOST.matcher(value).matches();
    }
}
