package io.cloudmigrate.server.http.internal.webhooks;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.vertx.core.net.TrustOptions;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The CAs an HTTPS webhook receiver's certificate may chain to: the JVM's own, and those of
 * {@code serve --webhook-ca-file}. The file adds to the JVM's CAs rather than replacing them, so that
 * a server can reach a receiver inside the company and Slack or Teams alike.
 */
final class WebhookTrust
{
    private WebhookTrust() {}

    /**
     * The trust for the webhook client; empty for the JVM's CAs alone (Vert.x's default).
     *
     * @throws CloudMigrateException INVALID_REQUEST naming the file when it cannot be read or holds no certificate
     */
    static Optional<TrustOptions> of(Optional<Path> certificates)
    {
        if (certificates.isEmpty()) {
            return Optional.empty();
        }
        Path file = certificates.get();
        List<X509Certificate> added = read(file);
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            int index = 0;
            for (X509Certificate authority : jvmAuthorities()) {
                trusted.setCertificateEntry("jvm-" + index++, authority);
            }
            index = 0;
            for (X509Certificate authority : added) {
                trusted.setCertificateEntry("webhook-ca-" + index++, authority);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            return Optional.of(TrustOptions.wrap(factory));
        }
        catch (IOException | GeneralSecurityException e) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "cannot trust the webhook CA certificates of " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> read(Path file)
    {
        Collection<? extends Certificate> read;
        try (InputStream input = Files.newInputStream(file)) {
            read = CertificateFactory.getInstance("X.509").generateCertificates(input);
        }
        catch (IOException | GeneralSecurityException e) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "cannot read the webhook CA certificates " + file
                    + " (serve --webhook-ca-file, PEM 'BEGIN CERTIFICATE' blocks): " + e.getMessage(), e);
        }
        List<X509Certificate> certificates = read.stream().filter(X509Certificate.class::isInstance).map(X509Certificate.class::cast).toList();
        if (certificates.isEmpty()) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "the webhook CA file " + file
                    + " (serve --webhook-ca-file) holds no certificate; give PEM 'BEGIN CERTIFICATE' blocks");
        }
        return certificates;
    }

    /** The CAs the JVM trusts by default (its cacerts, or the trust store its system properties name). */
    private static List<X509Certificate> jvmAuthorities()
            throws GeneralSecurityException
    {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        TrustManager[] managers = factory.getTrustManagers();
        return Arrays.stream(managers).filter(X509TrustManager.class::isInstance).map(X509TrustManager.class::cast)
                .flatMap(manager -> Arrays.stream(manager.getAcceptedIssuers())).toList();
    }
}
