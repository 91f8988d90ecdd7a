package io.cloudmigrate.codegen.internal;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.MarkdownText.escape;

/**
 * What the clients of a cache must change when its target encrypts in transit: a client without TLS
 * cannot connect to it, and a Redis OSS or Valkey replication group with TLS also asks for the AUTH
 * token that the generated code keeps in Secrets Manager. Whether the target does is read from the
 * wave's targets ({@link Targets.Cache#transitEncryption()}, {@link Targets.Cache#authToken()}), the
 * values the generated code was written from, so the runbook and the code cannot disagree.
 */
final class CacheClients
{
    private CacheClients() {}

    static void add(MoveSteps.Phases phases, StepContext context)
    {
        context.cacheTarget().filter(Targets.Cache::transitEncryption).ifPresent(cache -> {
            String region = ShellText.quote(context.resource().region());
            String clients = context.callers().isEmpty() ? "its clients" : "its clients (" + StepContext.someNames(context.callers()) + ")";
            StringBuilder cutover = new StringBuilder("The target encrypts in transit: before switching, configure " + clients
                    + " to connect with TLS (for example " + code("redis-cli --tls") + ", or TLS on in the client library); a client without TLS cannot connect.");
            if (cache.authToken()) {
                cutover.append(" They must also present the AUTH token, which the generated code keeps in Secrets Manager: read it with ")
                        .append(code("aws secretsmanager get-secret-value --region " + region + " --secret-id "
                                + ShellText.terraformOutput(context.waveLabel(), cache.name().terraformName() + "_auth_token_secret_arn")
                                + " --query SecretString --output text"))
                        .append(" into the clients' secret store (never into a file, a ticket or the code).");
            }
            phases.cutover(cutover.toString());
            phases.validation("From one of " + clients + ", run " + code("host=" + ShellText.terraformOutput(context.waveLabel(), cache.name().terraformName() + "_endpoint")
                    + " && echo | openssl s_client -connect \"${host%:*}:" + cache.port() + "\" -brief")
                    + "; expect " + code("CONNECTION ESTABLISHED") + " and a TLS protocol version (the cache " + escape(context.resource().name()) + " accepts TLS).");
        });
    }
}
