package org.vfmigrate.backend.reliability;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vfmigrate.backend.process.EngineApi;
import org.vfmigrate.backend.testing.EngineInvariants;
import org.vfmigrate.backend.testing.Xml;

/**
 * What the simulated hosts of an engine process say, read over its API ({@code /hosts/{id}/simulation/domains}):
 * the domains each runs and their live XML. The simulated hosts live in the engine process, so this is the
 * hosts' side of the truth that {@link EngineInvariants} compares with the database.
 */
final class RestHostTruth implements EngineInvariants.HostTruth {

    private final EngineApi api;
    private final Map<String, String> hostIdByAddress = new HashMap<>();

    RestHostTruth(EngineApi api) {
        this.api = api;
        Xml hosts = api.get("/hosts");
        for (int i = 1; i <= hosts.count("/hosts/host"); i++) {
            hostIdByAddress.put(hosts.text("/hosts/host[" + i + "]/address"), hosts.text("/hosts/host[" + i + "]/@id"));
        }
    }

    @Override
    public List<String> runningDomains(String address) {
        Xml domains = api.get(path(address));
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= domains.count("/domains/domain"); i++) {
            names.add(domains.text("/domains/domain[" + i + "]/name"));
        }
        return names;
    }

    /** The live XML, or nothing when the host runs no such domain (so no device of it is found). */
    @Override
    public String liveXml(String address, String vmName) {
        HttpResponse<String> r = api.getRaw(path(address) + "/" + vmName);
        if (r.statusCode() == 404) {
            return "";
        }
        if (r.statusCode() != 200) {
            throw new AssertionError("live XML of " + vmName + " on " + address + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    private String path(String address) {
        String id = hostIdByAddress.get(address);
        if (id == null) {
            throw new AssertionError("no host at " + address + " in " + hostIdByAddress.keySet());
        }
        return "/hosts/" + id + "/simulation/domains";
    }
}
