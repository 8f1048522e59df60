package org.vfmigrate.backend.demo.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The whole demo in this JVM, as {@code vfmigrate demo --out FILE} runs it: a fresh engine of its own (its own
 * embedded PostgreSQL and simulated hosts, next to the engine the other tests share), both migrations followed to
 * the end, the engine's figures printed, the timeline written — the failover VM's lane without any "no network"
 * segment, the legacy VM's with one — and the temporary data directory gone afterwards.
 */
class MigrationDemoIT {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;

    @Test
    void theFailoverVmKeepsItsNetworkAndTheLegacyVmLosesIt() throws Exception {
        Path svg = dir.resolve("timeline.svg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = MigrationDemo.run(new String[] {"--out", svg.toString()}, print(out), print(err));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("migrating both VMs from host1 to host2 at the same time");
        assertThat(lines(printed, "  failover-vm \\[#{16}\\] 100%  done .*")).isNotEmpty();
        assertThat(lines(printed, "  legacy-vm   \\[#{16}\\] 100%  done .*")).isNotEmpty();
        assertThat(lines(printed, "  (failover|legacy)-vm .*migrating, (25|50|75) % copied .*")).isNotEmpty();
        assertThat(lines(printed, "  failover-vm .* NONE .*")).as("the failover VM always has a path").isEmpty();
        assertThat(lines(printed, "  legacy-vm .*migrating.* NONE .*")).isNotEmpty();
        assertThat(lines(printed, "  failover-vm  VF \\+ failover .* 0 ms")).hasSize(1);
        String legacyRow = lines(printed, "  legacy-vm    VF, no failover .*").get(0);
        assertThat(legacyRow).doesNotEndWith(" 0 ms").endsWith(" s");
        assertThat(printed).contains("  failover-vm  network kept: virtio ").contains("  legacy-vm    NO NETWORK for ");
        Matcher data = Pattern.compile("fresh database in (\\S+),").matcher(printed);
        assertThat(data.find()).isTrue();
        assertThat(Files.exists(Path.of(data.group(1)))).as("the temporary data directory is removed").isFalse();

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        Element failover = lane(doc, "failover-vm");
        Element legacy = lane(doc, "legacy-vm");
        assertThat(segments(failover)).contains("segment path-vf", "segment path-virtio")
                .doesNotContain("segment path-none");
        assertThat(segments(legacy)).contains("segment path-vf", "segment path-none")
                .doesNotContain("segment path-virtio");
    }

    private static List<String> lines(String printed, String regex) {
        return printed.lines().filter(l -> l.matches(regex)).toList();
    }

    private static Element lane(Document doc, String vm) {
        NodeList groups = doc.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("lane".equals(g.getAttribute("class")) && vm.equals(g.getAttribute("data-vm"))) {
                return g;
            }
        }
        throw new AssertionError("no lane for " + vm);
    }

    private static List<String> segments(Element lane) {
        List<String> out = new ArrayList<>();
        NodeList rects = lane.getElementsByTagNameNS(SVG_NS, "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            String cssClass = ((Element) rects.item(i)).getAttribute("class");
            if (cssClass.startsWith("segment ")) {
                out.add(cssClass);
            }
        }
        return out;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
