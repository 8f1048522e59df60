package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <domains>} (not oVirt): the domains a simulated host runs, by name, as the host itself sees them — the
 * host's side of the truth, which may differ from what the engine's database says.
 */
@XmlRootElement(name = "domains")
public class SimulatedDomains {

    @XmlElement(name = "domain")
    public List<Domain> items = new ArrayList<>();

    public SimulatedDomains() {
    }

    public SimulatedDomains(List<String> names) {
        names.forEach(n -> items.add(new Domain(n)));
    }

    /** {@code <domain><name>vm1</name></domain>}. */
    public static class Domain {

        public String name;

        public Domain() {
        }

        Domain(String name) {
            this.name = name;
        }
    }
}
