package io.cloudmigrate.server.cli;

import io.cloudmigrate.recommend.BusinessGoals;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Parses {@code --goals S,O,M,L}: four integers from 1 to 5.
 */
public final class BusinessGoalsConverter
        implements ITypeConverter<BusinessGoals>
{
    @Override
    public BusinessGoals convert(String value)
    {
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw new TypeConversionException("expected four weights S,O,M,L such as 3,4,2,3, got '" + value + "'");
        }
        int[] weights = new int[4];
        for (int i = 0; i < 4; i++) {
            try {
                weights[i] = Integer.parseInt(parts[i].trim());
            }
            catch (NumberFormatException e) {
                throw new TypeConversionException("weight '" + parts[i] + "' is not a whole number from 1 to 5");
            }
            if (weights[i] < 1 || weights[i] > 5) {
                throw new TypeConversionException("weight " + weights[i] + " is outside 1 to 5");
            }
        }
        return new BusinessGoals(weights[0], weights[1], weights[2], weights[3]);
    }
}
