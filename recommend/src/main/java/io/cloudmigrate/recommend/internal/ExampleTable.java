package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Training examples as CSV text: {@code strategy,weight,source,} then one column per feature in
 * {@link StrategyFeatures#NAMES} order. The header must match those names exactly, so that a dataset
 * written for other features is refused rather than read into the wrong columns.
 */
public final class ExampleTable
{
    private static final String HEADER_START = "strategy,weight,source";

    private ExampleTable() {}

    public static String header()
    {
        return HEADER_START + "," + String.join(",", StrategyFeatures.NAMES);
    }

    public static String write(List<TrainingExample> examples)
    {
        StringBuilder text = new StringBuilder(header()).append('\n');
        for (TrainingExample example : examples) {
            text.append(example.strategy().name()).append(',').append(number(example.weight())).append(',').append(example.source().replace(',', ';'));
            for (double value : example.features()) {
                text.append(',').append(number(value));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * @param name the file or resource the text came from, for messages
     * @throws IllegalArgumentException naming the line that is wrong
     */
    public static List<TrainingExample> read(String text, String name)
    {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].strip().equals(header())) {
            throw new IllegalArgumentException(name + ": line 1 is not the header of this version's features: " + header());
        }
        List<TrainingExample> examples = new ArrayList<>();
        for (int index = 1; index < lines.length; index++) {
            String line = lines[index].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 3 + StrategyFeatures.NAMES.size()) {
                throw new IllegalArgumentException(name + ": line " + (index + 1) + " has " + cells.length + " columns, expected " + (3 + StrategyFeatures.NAMES.size()));
            }
            try {
                double[] features = new double[StrategyFeatures.NAMES.size()];
                for (int feature = 0; feature < features.length; feature++) {
                    features[feature] = Double.parseDouble(cells[3 + feature]);
                }
                examples.add(new TrainingExample(Strategy.valueOf(cells[0]), Double.parseDouble(cells[1]), cells[2], features));
            }
            catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(name + ": line " + (index + 1) + ": " + bad.getMessage(), bad);
            }
        }
        return List.copyOf(examples);
    }

    /** Six decimals, trailing zeros dropped: short, and the same text on every JVM. */
    static String number(double value)
    {
        String text = String.format(Locale.ROOT, "%.6f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
