package org.vfmigrate.backend.demo.migration;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.vfmigrate.vdsbroker.host.sim.DataPath;

/**
 * Draws a {@link Timeline} as a standalone SVG: one lane per VM whose coloured segments say which path carried its
 * traffic (VF, virtio, paused, none), dashed phase markers with their labels, a time axis in seconds, a legend, and
 * under each lane how long the VM was without network. Written through StAX, so names are escaped and the
 * document is always well-formed. Each segment is a {@code rect} of class {@code segment path-<path>} inside the
 * lane's {@code g class="lane"}, so the picture can be checked by reading it.
 */
final class TimelineSvg {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final int WIDTH = 1000;
    private static final int PLOT_LEFT = 200;
    private static final int PLOT_RIGHT = WIDTH - 40;
    private static final int FIRST_LANE_TOP = 112;
    private static final int SUBTITLE_CHARS = 125;
    private static final int SUBTITLE_LINE = 17;
    private static final int LANE_PITCH = 96;
    private static final int BAR_HEIGHT = 30;
    private static final String FONT = "DejaVu Sans, Helvetica, Arial, sans-serif";

    private TimelineSvg() {
    }

    /** The colour, legend text and short name of each path. */
    enum Style {
        VF(DataPath.VF, "#2e7d32", "VF (SR-IOV, full speed)"),
        VIRTIO(DataPath.VIRTIO, "#f2b01e", "virtio (failover standby)"),
        PAUSED(DataPath.PAUSED, "url(#paused)", "paused (stop-and-copy, in every live migration)"),
        NONE(DataPath.NONE, "#c62828", "no network");

        final DataPath path;
        final String fill;
        final String legend;

        Style(DataPath path, String fill, String legend) {
            this.path = path;
            this.fill = fill;
            this.legend = legend;
        }

        static Style of(DataPath path) {
            return valueOf(path.name());
        }

        String cssName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static void write(Timeline timeline, Writer out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new Drawing(w, timeline).draw();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the timeline SVG: " + e.getMessage(), e);
        }
    }

    /** One drawing in progress. */
    private static final class Drawing {

        private final XMLStreamWriter w;
        private final Timeline t;
        private final double tick;
        private final List<String> subtitle;
        private final int firstLaneTop;

        Drawing(XMLStreamWriter w, Timeline t) {
            this.w = w;
            this.t = t;
            this.tick = tickStep(t.seconds());
            this.subtitle = wrap(t.subtitle(), SUBTITLE_CHARS);
            this.firstLaneTop = FIRST_LANE_TOP + (subtitle.size() - 1) * SUBTITLE_LINE;
        }

        void draw() throws XMLStreamException {
            int axisTop = firstLaneTop + t.lanes().size() * LANE_PITCH - 20;
            int height = axisTop + 84;
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("svg");
            w.writeDefaultNamespace(SVG);
            attrs("width", WIDTH, "height", height, "viewBox", "0 0 " + WIDTH + " " + height,
                    "font-family", FONT, "role", "img");
            element("title", t.title());
            element("desc", t.subtitle());
            defs();
            rect("background", 0, 0, WIDTH, height, "#ffffff");
            text(24, 36, t.title(), "font-size", 20, "font-weight", "bold", "fill", "#212121");
            for (int i = 0; i < subtitle.size(); i++) {
                text(24, 60 + i * SUBTITLE_LINE, subtitle.get(i), "class", "subtitle", "font-size", 13,
                        "fill", "#555555");
            }
            grid(firstLaneTop - 30, axisTop);
            for (int i = 0; i < t.lanes().size(); i++) {
                lane(t.lanes().get(i), firstLaneTop + i * LANE_PITCH);
            }
            axis(axisTop);
            legend(axisTop + 62);
            w.writeEndElement();
            w.writeEndDocument();
        }

        private void defs() throws XMLStreamException {
            w.writeStartElement("defs");
            w.writeStartElement("pattern");
            attrs("id", "paused", "width", 8, "height", 8, "patternUnits", "userSpaceOnUse",
                    "patternTransform", "rotate(45)");
            rect(null, 0, 0, 8, 8, "#b0b0b0");
            w.writeEmptyElement("line");
            attrs("x1", 0, "y1", 0, "x2", 0, "y2", 8, "stroke", "#6d6d6d", "stroke-width", 4);
            w.writeEndElement();
            w.writeEndElement();
        }

        private void grid(int top, int bottom) throws XMLStreamException {
            w.writeStartElement("g");
            attrs("class", "grid");
            for (double s = 0; s <= t.seconds() + 1e-9; s += tick) {
                line(x(s), top, x(s), bottom, "#e4e4e4");
            }
            w.writeEndElement();
        }

        private void lane(TimelineLane lane, int top) throws XMLStreamException {
            w.writeStartElement("g");
            attrs("class", "lane", "data-vm", lane.vm());
            text(24, top + 13, lane.vm(), "font-size", 15, "font-weight", "bold", "fill", "#212121");
            text(24, top + 31, lane.nic(), "font-size", 12, "fill", "#555555");
            markerLabels(lane, top);
            for (TimelineLane.Segment s : lane.segments()) {
                Style style = Style.of(s.path());
                w.writeStartElement("rect");
                attrs("class", "segment path-" + style.cssName(), "x", fmt(x(s.from())), "y", top,
                        "width", fmt(Math.max(0.5, x(s.to()) - x(s.from()))), "height", BAR_HEIGHT,
                        "fill", style.fill);
                element("title", String.format(Locale.ROOT, "%s: %.2f s to %.2f s (%.2f s)", style.cssName(),
                        s.from(), s.to(), s.length()));
                w.writeEndElement();
            }
            rectOutline(x(0), top, x(t.seconds()) - x(0), BAR_HEIGHT);
            for (TimelineLane.Marker m : lane.markers()) {
                w.writeEmptyElement("line");
                attrs("class", "marker", "x1", fmt(x(m.at())), "y1", top - 6, "x2", fmt(x(m.at())),
                        "y2", top + BAR_HEIGHT + 6, "stroke", "#212121", "stroke-width", 1.5,
                        "stroke-dasharray", "4 3");
            }
            verdict(lane, top + BAR_HEIGHT + 20);
            w.writeEndElement();
        }

        /** Labels above the bar; one that would touch its neighbour goes up a row. */
        private void markerLabels(TimelineLane lane, int top) throws XMLStreamException {
            double lastX = Double.NEGATIVE_INFINITY;
            int row = 0;
            for (TimelineLane.Marker m : lane.markers()) {
                double at = x(m.at());
                row = at - lastX < 64 ? row + 1 : 0;
                lastX = at;
                text(at, top - 10 - row * 13, m.label(), "class", "marker-label", "font-size", 12,
                        "text-anchor", "middle", "fill", "#212121");
            }
        }

        /** Under the lane: how long the VM had no network at all, the sentence the picture is about. */
        private void verdict(TimelineLane lane, int y) throws XMLStreamException {
            double none = lane.secondsOn(DataPath.NONE);
            double paused = lane.secondsOn(DataPath.PAUSED);
            double virtio = lane.secondsOn(DataPath.VIRTIO);
            String text = none > 0
                    ? String.format(Locale.ROOT, "network lost for %.2f s", none)
                    : String.format(Locale.ROOT, "never without network: virtio carried it for %.2f s", virtio);
            if (paused > 0) {
                text += String.format(Locale.ROOT, " (guest paused %.0f ms for stop-and-copy)", paused * 1000);
            }
            text(PLOT_LEFT, y, text, "class", "verdict", "font-size", 13, "font-weight", "bold",
                    "fill", none > 0 ? "#b71c1c" : "#1b5e20");
        }

        private void axis(int top) throws XMLStreamException {
            w.writeStartElement("g");
            attrs("class", "axis", "font-size", 12, "fill", "#212121");
            line(x(0), top, x(t.seconds()), top, "#212121");
            for (double s = 0; s <= t.seconds() + 1e-9; s += tick) {
                line(x(s), top, x(s), top + 6, "#212121");
                text(x(s), top + 20, tickLabel(s), "text-anchor", "middle");
            }
            text((x(0) + x(t.seconds())) / 2, top + 40, "time (s)", "text-anchor", "middle", "fill", "#555555");
            w.writeEndElement();
        }

        private void legend(int y) throws XMLStreamException {
            w.writeStartElement("g");
            attrs("class", "legend", "font-size", 12, "fill", "#212121");
            double at = 24;
            for (Style style : Style.values()) {
                w.writeStartElement("g");
                attrs("class", "legend-entry path-" + style.cssName());
                rect(null, at, y - 11, 22, 14, style.fill);
                rectOutline(at, y - 11, 22, 14);
                text(at + 28, y, style.legend);
                w.writeEndElement();
                at += 34 + style.legend.length() * 6.4;
            }
            w.writeEndElement();
        }

        private double x(double seconds) {
            return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * seconds / t.seconds();
        }

        private String tickLabel(double s) {
            return tick < 1 ? String.format(Locale.ROOT, "%.1f", s) : String.format(Locale.ROOT, "%.0f", s);
        }

        private void rect(String cssClass, double x, double y, double width, double height, String fill)
                throws XMLStreamException {
            w.writeEmptyElement("rect");
            if (cssClass != null) {
                attrs("class", cssClass);
            }
            attrs("x", fmt(x), "y", fmt(y), "width", fmt(width), "height", fmt(height), "fill", fill);
        }

        private void rectOutline(double x, double y, double width, double height) throws XMLStreamException {
            w.writeEmptyElement("rect");
            attrs("x", fmt(x), "y", fmt(y), "width", fmt(width), "height", fmt(height), "fill", "none",
                    "stroke", "#424242", "stroke-width", 1);
        }

        private void line(double x1, double y1, double x2, double y2, String stroke) throws XMLStreamException {
            w.writeEmptyElement("line");
            attrs("x1", fmt(x1), "y1", fmt(y1), "x2", fmt(x2), "y2", fmt(y2), "stroke", stroke);
        }

        private void text(double x, double y, String content, Object... attributes) throws XMLStreamException {
            w.writeStartElement("text");
            attrs("x", fmt(x), "y", fmt(y));
            attrs(attributes);
            w.writeCharacters(content);
            w.writeEndElement();
        }

        private void element(String name, String content) throws XMLStreamException {
            w.writeStartElement(name);
            w.writeCharacters(content);
            w.writeEndElement();
        }

        private void attrs(Object... nameValues) throws XMLStreamException {
            for (int i = 0; i < nameValues.length; i += 2) {
                w.writeAttribute((String) nameValues[i], String.valueOf(nameValues[i + 1]));
            }
        }
    }

    /** A tick every 0.5, 1, 2, 5, 10… seconds, so the axis has at most 16 of them. */
    static double tickStep(double seconds) {
        double[] steps = {0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600};
        for (double step : steps) {
            if (seconds / step <= 16) {
                return step;
            }
        }
        return Math.ceil(seconds / 16 / 600) * 600;
    }

    /** Breaks {@code text} between words into lines of at most {@code width} characters (longer words alone). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
