package org.vfmigrate.backend.load;

import java.util.ArrayList;
import java.util.List;
import org.vfmigrate.backend.testing.ApiClient;
import org.vfmigrate.backend.testing.RestFixture;
import org.vfmigrate.backend.testing.Xml;

/**
 * What must hold once a load run has settled, read back through the API: no migration of the clients' VMs still
 * running, every VM up on a host, its NIC and the NIC's failover twin plugged as its client last set them, and its
 * VF, when plugged, the one VF held for that NIC, attached on the VM's own host; no VF anywhere else still held for
 * it. Racing migrations and plugs must not leak or double-book a VF.
 */
final class LoadConsistency {

    private static final String API = RestFixture.API;

    private LoadConsistency() {
    }

    /** Waits up to {@code timeoutMillis} until no migration of the clients' VMs is running; false if one still is. */
    static boolean settle(ApiClient api, List<LoadClient> clients, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            boolean running = false;
            for (LoadClient c : clients) {
                String phase = Xml.parse(api.xml().get(API + "/vms/" + c.vm().id() + "/migrations").body())
                        .text("/migrations/migration[1]/phase");
                running |= !phase.isEmpty() && !phase.equals("done") && !phase.equals("undone");
            }
            if (!running) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Everything that does not hold; empty when all does. */
    static List<String> problems(ApiClient api, RestFixture fixture, List<LoadClient> clients) {
        List<String> problems = new ArrayList<>();
        List<Xml> devices = new ArrayList<>();
        for (String host : fixture.hosts) {
            devices.add(Xml.parse(api.xml().get(API + "/hosts/" + host + "/devices").body()));
        }
        for (LoadClient c : clients) {
            RestFixture.RunningVm vm = c.vm();
            Xml v = Xml.parse(api.xml().get(API + "/vms/" + vm.id()).body());
            String host = v.text("/vm/host/@id");
            if (!"up".equals(v.text("/vm/status")) || host.isEmpty()) {
                problems.add(vm.name() + " is " + v.text("/vm/status") + " on '" + host + "'");
            }
            Xml nic = Xml.parse(api.xml().get(API + "/vms/" + vm.id() + "/nics/" + vm.nic()).body());
            String expected = String.valueOf(c.nicPlugged());
            if (!expected.equals(nic.text("/nic/plugged")) || !expected.equals(nic.text("/nic/failover_device/plugged"))) {
                problems.add(vm.name() + ": NIC plugged " + nic.text("/nic/plugged") + ", twin plugged "
                        + nic.text("/nic/failover_device/plugged") + ", its client set " + expected);
            }
            problems.addAll(vfsOf(vm, host, c.nicPlugged(), fixture, devices));
        }
        return problems;
    }

    private static List<String> vfsOf(RestFixture.RunningVm vm, String vmHost, boolean plugged, RestFixture fixture,
            List<Xml> devices) {
        List<String> problems = new ArrayList<>();
        int held = 0;
        for (int i = 0; i < fixture.hosts.size(); i++) {
            String selector = "/host_devices/host_device[nic/@id='" + vm.nic() + "']";
            int here = devices.get(i).count(selector);
            held += here;
            if (here > 0 && !fixture.hosts.get(i).equals(vmHost)) {
                problems.add(vm.name() + ": a VF on host " + fixture.hosts.get(i) + " is still held for its NIC");
            }
            if (here > 0 && plugged && !"attached".equals(devices.get(i).text(selector + "/reservation"))) {
                problems.add(vm.name() + ": its VF is " + devices.get(i).text(selector + "/reservation"));
            }
        }
        if (plugged && held != 1 || held > 1) {
            problems.add(vm.name() + ": " + held + " VFs held for its NIC, which is " + (plugged ? "" : "un") + "plugged");
        }
        return problems;
    }
}
