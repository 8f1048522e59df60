package org.vfmigrate.backend.restapi.hostile;

import static org.vfmigrate.backend.restapi.hostile.Endpoint.action;
import static org.vfmigrate.backend.restapi.hostile.Endpoint.delete;
import static org.vfmigrate.backend.restapi.hostile.Endpoint.entity;
import static org.vfmigrate.backend.restapi.hostile.Endpoint.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vfmigrate.backend.restapi.hostile.Endpoint.BodyKind;

/**
 * Every operation the engine serves over HTTP, as listed by the resources in {@code backend.restapi}: the
 * collections with their items, sub-collections and actions, events, jobs, the metrics endpoint and the SSO token
 * endpoint. A test keeps this list honest by comparing it with Spring's request mappings.
 */
final class ApiEndpoints {

    static final String API = "/ovirt-engine/api";
    static final String TOKEN = "/ovirt-engine/sso/oauth/token";

    /** Administrators only, even for reading. */
    static final Set<String> ADMIN_ONLY_READS = Set.of(API + "/vms/{vm}/domainxml", API + "/vms/{vm}/datapath",
            API + "/hosts/{host}/simulation", API + "/hosts/{host}/simulation/domains");

    /**
     * Addressed by a domain name, not an id, so the storm's id attacks do not fit; hostile names are sent to it by
     * {@code SimulationApiIT#domainsListWhatTheHostRunsWithItsLiveXml}.
     */
    static final String SIMULATED_DOMAIN = API + "/hosts/{}/simulation/domains/{}";

    /**
     * Attacked by a test of its own ({@code HostileInputIT#ssoLogoutTakesGarbageCalmly}): ending an unknown token
     * is answered like ending a known one ({@code {}}), as the SDK expects, so the storm's 4xx rule does not fit.
     */
    static final String SSO_LOGOUT = "/ovirt-engine/services/sso-logout";

    /** Answered in XML only; a client that accepts only JSON is told 406 before anything else. */
    static final Set<String> XML_ONLY = Set.of(API + "/vms/{vm}/domainxml");

    static final List<Endpoint> ALL = build();

    private ApiEndpoints() {
    }

    private static List<Endpoint> build() {
        List<Endpoint> all = new ArrayList<>();
        all.add(read(API));
        crud(all, "/datacenters", "{dc}", "data_center");
        crud(all, "/clusters", "{cluster}", "cluster");
        crud(all, "/networks", "{network}", "network");
        all.add(read(API + "/networks/{network}/vnicprofiles"));
        all.add(entity("POST", API + "/networks/{network}/vnicprofiles", "vnic_profile"));
        all.add(read(API + "/networks/{network}/vnicprofiles/{profile}"));
        crud(all, "/vnicprofiles", "{profile}", "vnic_profile");
        crud(all, "/hosts", "{host}", "host");
        all.add(action(API + "/hosts/{host}/activate", BodyKind.ACTION));
        all.add(action(API + "/hosts/{host}/deactivate", BodyKind.ACTION));
        all.add(read(API + "/hosts/{host}/devices"));
        all.add(read(API + "/hosts/{host}/devices/{device}"));
        all.add(read(API + "/hosts/{host}/networkattachments"));
        all.add(read(API + "/hosts/{host}/networkattachments/{attachment}"));
        all.add(read(API + "/hosts/{host}/simulation"));
        all.add(new Endpoint("PUT", API + "/hosts/{host}/simulation", BodyKind.SIMULATION, "simulation"));
        all.add(delete(API + "/hosts/{host}/simulation"));
        all.add(read(API + "/hosts/{host}/simulation/domains"));
        crud(all, "/vms", "{vm}", "vm");
        all.add(action(API + "/vms/{vm}/start", BodyKind.ACTION_NAMING_HOST));
        all.add(action(API + "/vms/{vm}/stop", BodyKind.ACTION));
        all.add(action(API + "/vms/{vm}/migrate", BodyKind.ACTION_NAMING_HOST));
        all.add(action(API + "/vms/{vm}/cancelmigration", BodyKind.ACTION));
        all.add(read(API + "/vms/{vm}/migrations"));
        all.add(read(API + "/vms/{vm}/migrations/{migration}"));
        all.add(read(API + "/vms/{vm}/domainxml"));
        all.add(read(API + "/vms/{vm}/datapath"));
        crud(all, "/vms/{vm}/nics", "{nic}", "nic");
        all.add(action(API + "/vms/{vm}/nics/{nic}/activate", BodyKind.ACTION));
        all.add(action(API + "/vms/{vm}/nics/{nic}/deactivate", BodyKind.ACTION));
        all.add(read(API + "/events"));
        all.add(read(API + "/events/{event}"));
        all.add(read(API + "/jobs"));
        all.add(read(API + "/jobs/{job}"));
        all.add(read(API + "/jobs/{job}/steps"));
        all.add(read(API + "/jobs/{job}/steps/{step}"));
        all.add(read(API + "/metrics"));
        all.add(new Endpoint("POST", TOKEN, BodyKind.FORM, null));
        return List.copyOf(all);
    }

    private static void crud(List<Endpoint> all, String collection, String id, String root) {
        String path = API + collection;
        all.add(read(path));
        all.add(entity("POST", path, root));
        all.add(read(path + "/" + id));
        all.add(entity("PUT", path + "/" + id, root));
        all.add(delete(path + "/" + id));
    }

    /** The methods served on each path template. */
    static Map<String, Set<String>> methodsByPath() {
        Map<String, Set<String>> byPath = new LinkedHashMap<>();
        for (Endpoint e : ALL) {
            byPath.computeIfAbsent(e.template(), t -> new LinkedHashSet<>()).add(e.method());
        }
        return byPath;
    }
}
