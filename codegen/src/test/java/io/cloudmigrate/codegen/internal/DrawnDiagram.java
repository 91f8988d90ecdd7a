package io.cloudmigrate.codegen.internal;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A dependency diagram read back from its SVG through the DOM: its boxes, its lines of text with the
 * room they take in DejaVu Sans, and its edges flattened to polylines, so that a test can measure the
 * picture as drawn rather than trust the code that drew it.
 */
record DrawnDiagram(double width, double height, double shownWidth, double shownHeight, List<Box> boxes, List<Label> labels, List<List<double[]>> edges)
{
    private static final int SAMPLES = 24;

    record Box(String title, double x, double y, double width, double height)
    {
        boolean overlaps(Box other)
        {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }

        boolean contains(double pointX, double pointY, double margin)
        {
            return pointX > x + margin && pointX < x + width - margin && pointY > y + margin && pointY < y + height - margin;
        }
    }

    /** A line of text by the box it takes: its advance width, from the ascent to the descent of the font. */
    record Label(String text, double left, double right, double top, double bottom) {}

    static DrawnDiagram parse(String svg)
            throws Exception
    {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        Element root = document.getDocumentElement();
        String[] viewBox = root.getAttribute("viewBox").split(" ");
        List<Box> boxes = new ArrayList<>();
        for (Element rectangle : elements(document, "rect")) {
            boxes.add(new Box(rectangle.getElementsByTagName("title").item(0).getTextContent(), number(rectangle, "x"), number(rectangle, "y"),
                    number(rectangle, "width"), number(rectangle, "height")));
        }
        List<Label> labels = new ArrayList<>();
        for (Element text : elements(document, "text")) {
            double size = number(text, "font-size");
            double width = TextWidths.width(text.getTextContent(), size);
            double x = number(text, "x");
            double left = switch (text.getAttribute("text-anchor")) {
                case "middle" -> x - width / 2;
                case "end" -> x - width;
                default -> x;
            };
            // DejaVu Sans rises 0.93 em above the baseline and falls 0.24 em below it
            labels.add(new Label(text.getTextContent(), left, left + width, number(text, "y") - 0.93 * size, number(text, "y") + 0.24 * size));
        }
        List<List<double[]>> edges = new ArrayList<>();
        for (Element path : elements(document, "path")) {
            edges.add(polyline(path.getAttribute("d")));
        }
        return new DrawnDiagram(Double.parseDouble(viewBox[2]), Double.parseDouble(viewBox[3]),
                Double.parseDouble(root.getAttribute("width").replace("px", "")), Double.parseDouble(root.getAttribute("height").replace("px", "")),
                List.copyOf(boxes), List.copyOf(labels), List.copyOf(edges));
    }

    /** Pairs of boxes that overlap, named by their titles. */
    List<String> overlappingBoxes()
    {
        List<String> overlaps = new ArrayList<>();
        for (int first = 0; first < boxes.size(); first++) {
            for (int second = first + 1; second < boxes.size(); second++) {
                if (boxes.get(first).overlaps(boxes.get(second))) {
                    overlaps.add(boxes.get(first).title() + " / " + boxes.get(second).title());
                }
            }
        }
        return overlaps;
    }

    /** Boxes and lines of text that reach beyond the picture's view box. */
    List<String> outsideThePicture()
    {
        List<String> outside = new ArrayList<>();
        boxes.stream().filter(box -> box.x() < 0 || box.y() < 0 || box.x() + box.width() > width || box.y() + box.height() > height)
                .forEach(box -> outside.add("box " + box.title()));
        labels.stream().filter(label -> label.left() < 0 || label.top() < 0 || label.right() > width || label.bottom() > height)
                .forEach(label -> outside.add("text " + label.text()));
        return outside;
    }

    /** Lines of text that do not lie wholly inside a box. */
    List<String> labelsOutsideTheirBoxes()
    {
        return labels.stream()
                .filter(label -> boxes.stream().noneMatch(box -> label.left() >= box.x() && label.right() <= box.x() + box.width()
                        && label.top() >= box.y() && label.bottom() <= box.y() + box.height()))
                .map(Label::text).toList();
    }

    /** Edges that pass behind a box: a point of the line more than a pixel inside one. */
    List<String> edgesThroughBoxes()
    {
        List<String> through = new ArrayList<>();
        for (int edge = 0; edge < edges.size(); edge++) {
            for (double[] point : edges.get(edge)) {
                for (Box box : boxes) {
                    if (box.contains(point[0], point[1], 1)) {
                        through.add("edge " + edge + " behind " + box.title());
                    }
                }
            }
        }
        return through.stream().distinct().toList();
    }

    /** Points where two edges cross, not counting where lines meet at a box. */
    int crossings()
    {
        int crossings = 0;
        for (int first = 0; first < edges.size(); first++) {
            for (int second = first + 1; second < edges.size(); second++) {
                crossings += crossings(edges.get(first), edges.get(second));
            }
        }
        return crossings;
    }

    private static int crossings(List<double[]> first, List<double[]> second)
    {
        int crossings = 0;
        for (int one = 1; one < first.size(); one++) {
            for (int other = 1; other < second.size(); other++) {
                double[] crossing = crossing(first.get(one - 1), first.get(one), second.get(other - 1), second.get(other));
                if (crossing != null && !nearAnEnd(crossing, first) && !nearAnEnd(crossing, second)) {
                    crossings++;
                }
            }
        }
        return crossings;
    }

    private static boolean nearAnEnd(double[] point, List<double[]> line)
    {
        return Math.hypot(point[0] - line.getFirst()[0], point[1] - line.getFirst()[1]) < 1
                || Math.hypot(point[0] - line.getLast()[0], point[1] - line.getLast()[1]) < 1;
    }

    // the point where two segments cross properly, or null
    private static double[] crossing(double[] a, double[] b, double[] c, double[] d)
    {
        double denominator = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
        if (denominator == 0) {
            return null;
        }
        double t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / denominator;
        double u = ((c[0] - a[0]) * (b[1] - a[1]) - (c[1] - a[1]) * (b[0] - a[0])) / denominator;
        return t > 0 && t < 1 && u > 0 && u < 1 ? new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])} : null;
    }

    // absolute M, L and C commands, the only ones the diagram writes; each curve sampled at even steps
    private static List<double[]> polyline(String path)
    {
        String[] tokens = path.trim().split("\\s+");
        List<double[]> points = new ArrayList<>();
        int index = 0;
        while (index < tokens.length) {
            String command = tokens[index++];
            switch (command) {
                case "M", "L" -> {
                    points.add(new double[] {Double.parseDouble(tokens[index]), Double.parseDouble(tokens[index + 1])});
                    index += 2;
                }
                case "C" -> {
                    double[] start = points.getLast();
                    double[] values = new double[6];
                    for (int value = 0; value < 6; value++) {
                        values[value] = Double.parseDouble(tokens[index + value]);
                    }
                    index += 6;
                    for (int step = 1; step <= SAMPLES; step++) {
                        double t = step / (double) SAMPLES;
                        double s = 1 - t;
                        points.add(new double[] {
                                s * s * s * start[0] + 3 * s * s * t * values[0] + 3 * s * t * t * values[2] + t * t * t * values[4],
                                s * s * s * start[1] + 3 * s * s * t * values[1] + 3 * s * t * t * values[3] + t * t * t * values[5]});
                    }
                }
                default -> throw new IllegalArgumentException("unexpected path command " + command + " in " + path);
            }
        }
        return points;
    }

    private static List<Element> elements(Document document, String name)
    {
        NodeList nodes = document.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            elements.add((Element) nodes.item(index));
        }
        return elements;
    }

    private static double number(Element element, String attribute)
    {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
