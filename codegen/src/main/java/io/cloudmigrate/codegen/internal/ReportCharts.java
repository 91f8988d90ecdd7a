package io.cloudmigrate.codegen.internal;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The report's pictures as SVG, drawn on the server so that the HTML and the PDF show the same thing
 * without JavaScript. Inputs arrive sorted; the output is the same bytes for the same inputs.
 */
final class ReportCharts
{
    private static final String TODAY = "#94a3b8";
    private static final String AFTER = "#2563eb";
    private static final String WAVE = "#1f3a5f";
    private static final String DEPENDENCY = "#b45309";
    private static final double WIDTH = 720;
    private static final double LABEL_WIDTH = 170;
    private static final double VALUE_WIDTH = 150;

    private ReportCharts() {}

    /** Run-rate of one category today and after the move, in USD a month. */
    record CostBar(String label, double before, double after)
    {
        CostBar
        {
            requireNonNull(label, "label is null");
        }
    }

    /**
     * One wave on the timeline.
     *
     * @param dependsOn the numbers of earlier waves this one depends on
     */
    record WaveBar(int number, String label, int resources, SortedSet<Integer> dependsOn)
    {
        WaveBar
        {
            requireNonNull(label, "label is null");
            dependsOn = Collections.unmodifiableSortedSet(new TreeSet<>(dependsOn));
        }
    }

    /** Paired bars per category: today in grey, after the move in blue, each with its amount. */
    static String costBars(String title, List<CostBar> bars)
    {
        double row = 34;
        double top = 28;
        double height = top + row * Math.max(1, bars.size()) + 10;
        double largest = bars.stream().mapToDouble(bar -> Math.max(bar.before(), bar.after())).max().orElse(0);
        double plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        SvgWriter svg = new SvgWriter(WIDTH, height, title);
        svg.rectangle(LABEL_WIDTH, 6, 10, 10, TODAY, "today").label(LABEL_WIDTH + 14, 15, "start", 9, "today");
        svg.rectangle(LABEL_WIDTH + 70, 6, 10, 10, AFTER, "after the move").label(LABEL_WIDTH + 84, 15, "start", 9, "after the move");
        double y = top;
        for (CostBar bar : bars) {
            svg.label(LABEL_WIDTH - 6, y + 17, "end", 9, bar.label());
            drawBar(svg, y, plot, largest, bar.before(), TODAY, bar.label() + " today");
            drawBar(svg, y + 14, plot, largest, bar.after(), AFTER, bar.label() + " after the move");
            y += row;
        }
        if (bars.isEmpty()) {
            svg.label(LABEL_WIDTH, top + 17, "start", 9, "No resources to price.");
        }
        return svg.finish();
    }

    private static void drawBar(SvgWriter svg, double y, double plot, double largest, double amount, String fill, String title)
    {
        double length = largest <= 0 ? 0 : plot * Math.max(0, amount) / largest;
        String text = Money.usd(amount);
        svg.rectangle(LABEL_WIDTH, y, length, 12, fill, title + ": " + text);
        svg.label(LABEL_WIDTH + length + 4, y + 10, "start", 8.5, text);
    }

    /**
     * The waves in their order as a Gantt-like timeline: one row per wave, one slot per position in the
     * plan (the plan has no calendar dates), and an arrow from each wave a wave depends on.
     */
    static String waveTimeline(String title, List<WaveBar> waves)
    {
        double row = 28;
        double top = 10;
        int slots = Math.max(1, waves.size());
        double slot = (WIDTH - LABEL_WIDTH - 20) / slots;
        double height = top + row * slots + 10;
        SvgWriter svg = new SvgWriter(WIDTH, height, title);
        for (int position = 0; position < waves.size(); position++) {
            WaveBar wave = waves.get(position);
            double y = top + row * position;
            svg.label(LABEL_WIDTH - 6, y + 14, "end", 9, "Wave " + wave.label() + " (" + wave.resources() + ")");
            svg.rectangle(LABEL_WIDTH + slot * position, y + 3, slot - 8, 16, WAVE,
                    "wave " + wave.label() + ": " + wave.resources() + " resource(s)");
            for (int dependency : wave.dependsOn()) {
                int from = positionOf(waves, dependency);
                if (from >= 0) {
                    arrow(svg, LABEL_WIDTH + slot * (from + 1) - 8, top + row * from + 19, LABEL_WIDTH + slot * position, y + 11);
                }
            }
        }
        if (waves.isEmpty()) {
            svg.label(LABEL_WIDTH, top + 14, "start", 9, "The assessment has no waves.");
        }
        return svg.finish();
    }

    private static int positionOf(List<WaveBar> waves, int number)
    {
        for (int position = 0; position < waves.size(); position++) {
            if (waves.get(position).number() == number) {
                return position;
            }
        }
        return -1;
    }

    /** An elbow from the end of one bar down to the start of a later one, with an arrowhead. */
    private static void arrow(SvgWriter svg, double x1, double y1, double x2, double y2)
    {
        double middle = (x1 + x2) / 2;
        svg.start("polyline").attribute("fill", "none").attribute("stroke", DEPENDENCY).attribute("stroke-width", 1.2)
                .attribute("points", SvgWriter.number(x1) + "," + SvgWriter.number(y1) + " " + SvgWriter.number(middle) + "," + SvgWriter.number(y1)
                        + " " + SvgWriter.number(middle) + "," + SvgWriter.number(y2) + " " + SvgWriter.number(x2 - 4) + "," + SvgWriter.number(y2))
                .end();
        svg.start("polygon").attribute("fill", DEPENDENCY)
                .attribute("points", SvgWriter.number(x2 - 5) + "," + SvgWriter.number(y2 - 3.5) + " " + SvgWriter.number(x2) + "," + SvgWriter.number(y2)
                        + " " + SvgWriter.number(x2 - 5) + "," + SvgWriter.number(y2 + 3.5))
                .end();
    }

    /** Resources at one risk level, and the colour the report gives that level. */
    record RiskBar(String label, int count, String colour)
    {
        RiskBar
        {
            requireNonNull(label, "label is null");
            requireNonNull(colour, "colour is null");
        }
    }

    /** Resources per risk level as horizontal bars, in the levels' order. */
    static String riskBars(String title, List<RiskBar> levels)
    {
        double row = 22;
        double top = 6;
        double height = top + row * Math.max(1, levels.size()) + 6;
        int largest = levels.stream().mapToInt(RiskBar::count).max().orElse(0);
        double plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        SvgWriter svg = new SvgWriter(WIDTH, height, title);
        double y = top;
        for (RiskBar level : levels) {
            double length = largest == 0 ? 0 : plot * level.count() / largest;
            svg.label(LABEL_WIDTH - 6, y + 12, "end", 9, level.label());
            svg.rectangle(LABEL_WIDTH, y + 2, length, 14, level.colour(), level.label() + ": " + level.count() + " resource(s)");
            svg.label(LABEL_WIDTH + length + 4, y + 13, "start", 8.5, Integer.toString(level.count()));
            y += row;
        }
        return svg.finish();
    }
}
