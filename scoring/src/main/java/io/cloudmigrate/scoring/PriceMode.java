package io.cloudmigrate.scoring;

/** Where {@code assess} takes its prices from. */
public enum PriceMode
{
    /** Ask the AWS Price List API for every price the estate needs, and refresh the cache with the answers. */
    LIVE,
    /** Only answers already in the cache, laid over the bundled snapshot; no network. */
    CACHE,
    /** Only the bundled snapshot. */
    SNAPSHOT,
    /** The cache where it has an answer, else the API when credentials are available, else the snapshot. */
    AUTO
}
