package org.vfmigrate.backend.demo.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The timeline SVG read back as XML: well-formed, one lane per VM with its segments, markers and verdict, a legend
 * entry per path; the failover lane has no "none" segment, the legacy lane has one; names are escaped.
 */
class TimelineSvgTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private static Timeline demoTimeline(String firstName) {
        return new Timeline("Guest network during live migration", "two VMs, host1 -> host2", 8.5, List.of(
                TimelineLanes.lane(firstName, "VF NIC with failover", TimelineLanesTest.failoverChanges(),
                        TimelineLanesTest.at(0), TimelineLanesTest.at(8.5), TimelineLanesTest.phases()),
                TimelineLanes.lane("legacy-vm", "VF NIC without failover", TimelineLanesTest.legacyChanges(),
                        TimelineLanesTest.at(0), TimelineLanesTest.at(8.5), TimelineLanesTest.phases())));
    }

    private static Document render(Timeline timeline) throws Exception {
        StringWriter out = new StringWriter();
        TimelineSvg.write(timeline, out);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachVmIsALaneOfPathSegmentsWithItsPhaseMarkers() throws Exception {
        Document svg = render(demoTimeline("failover-vm"));

        assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<Element> lanes = byClass(svg.getDocumentElement(), "g", "lane");
        assertThat(lanes).extracting(l -> l.getAttribute("data-vm")).containsExactly("failover-vm", "legacy-vm");
        assertThat(paths(lanes.get(0))).containsExactly("vf", "virtio", "paused", "virtio", "vf");
        assertThat(paths(lanes.get(1))).containsExactly("vf", "none", "vf");
        for (Element lane : lanes) {
            assertThat(byClass(lane, "text", "marker-label")).extracting(Element::getTextContent)
                    .containsExactly("unplug", "migrate", "plug");
            assertThat(byClass(lane, "line", "marker")).hasSize(3);
        }
        assertThat(byClass(lanes.get(0), "text", "verdict").get(0).getTextContent())
                .startsWith("never without network");
        assertThat(byClass(lanes.get(1), "text", "verdict").get(0).getTextContent())
                .startsWith("network lost for 4.33 s");
    }

    @Test
    void theFailoverLaneHasNoNoneSegmentAndTheLegacyLaneHasOne() throws Exception {
        List<Element> lanes = byClass(render(demoTimeline("failover-vm")).getDocumentElement(), "g", "lane");

        assertThat(byClass(lanes.get(0), "rect", "path-none")).isEmpty();
        assertThat(byClass(lanes.get(1), "rect", "path-none")).hasSize(1);
        Element none = byClass(lanes.get(1), "rect", "path-none").get(0);
        assertThat(Double.parseDouble(none.getAttribute("width"))).isGreaterThan(100);
    }

    @Test
    void theLegendNamesEveryPathAndTheAxisCountsSeconds() throws Exception {
        Document svg = render(demoTimeline("failover-vm"));

        List<Element> entries = byClass(svg.getDocumentElement(), "g", "legend-entry");
        assertThat(entries).extracting(e -> e.getAttribute("class").replace("legend-entry ", ""))
                .containsExactly("path-vf", "path-virtio", "path-paused", "path-none");
        Element axis = byClass(svg.getDocumentElement(), "g", "axis").get(0);
        List<String> labels = new ArrayList<>();
        NodeList texts = axis.getElementsByTagNameNS(SVG_NS, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            labels.add(texts.item(i).getTextContent());
        }
        assertThat(labels).startsWith("0", "1", "2").contains("8", "time (s)");
    }

    @Test
    void namesAreEscaped() throws Exception {
        Document svg = render(demoTimeline("vm <&> \"quoted\""));

        assertThat(byClass(svg.getDocumentElement(), "g", "lane").get(0).getAttribute("data-vm"))
                .isEqualTo("vm <&> \"quoted\"");
    }

    @Test
    void aLongSubtitleIsWrappedBetweenWords() throws Exception {
        String words = "word ".repeat(60).trim();
        Timeline timeline = new Timeline("t", words, 3, List.of());

        List<Element> lines = byClass(render(timeline).getDocumentElement(), "text", "subtitle");

        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(" ", lines.stream().map(Element::getTextContent).toList())).isEqualTo(words);
        assertThat(TimelineSvg.wrap("a bb ccc", 4)).containsExactly("a bb", "ccc");
        assertThat(TimelineSvg.wrap("unbreakable", 4)).containsExactly("unbreakable");
    }

    @Test
    void ticksStayFewOnLongTimelines() {
        assertThat(TimelineSvg.tickStep(6)).isEqualTo(0.5);
        assertThat(TimelineSvg.tickStep(12)).isEqualTo(1);
        assertThat(TimelineSvg.tickStep(40)).isEqualTo(5);
        assertThat(TimelineSvg.tickStep(100_000) * 16).isGreaterThanOrEqualTo(100_000);
    }

    private static List<String> paths(Element lane) {
        return byClass(lane, "rect", "segment").stream()
                .map(r -> r.getAttribute("class").replace("segment path-", "")).toList();
    }

    /** Descendants named {@code tag} whose class list contains {@code cssClass}. */
    private static List<Element> byClass(Element root, String tag, String cssClass) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS(SVG_NS, tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                out.add(e);
            }
        }
        return out;
    }
}
