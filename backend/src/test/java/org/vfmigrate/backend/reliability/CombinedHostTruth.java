package org.vfmigrate.backend.reliability;

import java.util.ArrayList;
import java.util.List;
import org.vfmigrate.backend.testing.EngineInvariants.HostTruth;

/**
 * The hosts as two engine processes simulate them between them: each process simulates the same hosts for itself
 * and runs the VMs started through it, so a host runs what either simulation runs on it (a VM in both would count
 * twice), and a VM's live XML is in the simulation that runs it.
 */
final class CombinedHostTruth implements HostTruth {

    private final HostTruth one;
    private final HostTruth two;

    CombinedHostTruth(HostTruth one, HostTruth two) {
        this.one = one;
        this.two = two;
    }

    @Override
    public List<String> runningDomains(String address) {
        List<String> all = new ArrayList<>(one.runningDomains(address));
        all.addAll(two.runningDomains(address));
        return all;
    }

    @Override
    public String liveXml(String address, String vmName) {
        String xml = one.liveXml(address, vmName);
        return xml.isEmpty() ? two.liveXml(address, vmName) : xml;
    }
}
