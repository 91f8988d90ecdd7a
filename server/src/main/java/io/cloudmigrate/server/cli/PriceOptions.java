package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import io.cloudmigrate.server.pipeline.Pricing;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The price options {@code assess}, {@code serve} and {@code prices refresh} share: where prices come
 * from and where the Price List API answers are cached.
 */
final class PriceOptions
{
    @Option(names = "--prices", paramLabel = "SOURCE", defaultValue = "auto", converter = PriceModeConverter.class,
            description = {"Where prices come from: live (the AWS Price List API for every price, refreshing the cache), cache (answers cached earlier, "
                    + "no network), snapshot (the bundled June 2025 snapshot only) or auto (the cache, then the API when AWS credentials are available, "
                    + "then the snapshot). Default: ${DEFAULT-VALUE}. A price no source has is listed as unpriced, never guessed."})
    PriceMode mode = PriceMode.AUTO;

    @Option(names = "--price-cache", paramLabel = "DIR", description = "Directory of cached Price List API answers (default: ~/.cloudmigrate/prices).")
    Path cacheDirectory;

    Path cacheDirectory()
    {
        return cacheDirectory == null ? PriceListPrices.defaultCacheDirectory() : cacheDirectory;
    }

    Pricing pricing()
    {
        return new Pricing(mode, cacheDirectory());
    }

    /** The cost model for an inventory, its prices taken as {@code --prices} says; problems are written to {@code err}. */
    CostModel costModel(Inventory inventory, PrintWriter err)
    {
        CostModel model = pricing().costModel(inventory, problem -> err.println("warning: " + problem));
        err.flush();
        return model;
    }

    /** Reads {@code live}, {@code cache}, {@code snapshot} or {@code auto}, in any case. */
    static final class PriceModeConverter
            implements picocli.CommandLine.ITypeConverter<PriceMode>
    {
        @Override
        public PriceMode convert(String value)
        {
            try {
                return PriceMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a price source: use live, cache, snapshot or auto");
            }
        }
    }
}
