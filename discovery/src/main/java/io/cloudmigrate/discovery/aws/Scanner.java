package io.cloudmigrate.discovery.aws;

/**
 * Reads one service in one account and region, storing the API outputs through its
 * {@link ScannerContext}. A scanner lets AWS exceptions escape: the scan turns a denied call or an
 * unsupported service into a warning and goes on.
 */
public interface Scanner
{
    void scan();
}
