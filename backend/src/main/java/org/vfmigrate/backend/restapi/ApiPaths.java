package org.vfmigrate.backend.restapi;

import java.util.UUID;

/** Where the API lives and how its resources are addressed. */
public final class ApiPaths {

    public static final String ROOT = "/ovirt-engine/api";
    public static final String DATA_CENTERS = ROOT + "/datacenters";
    public static final String CLUSTERS = ROOT + "/clusters";
    public static final String NETWORKS = ROOT + "/networks";
    public static final String VNIC_PROFILES = ROOT + "/vnicprofiles";
    public static final String HOSTS = ROOT + "/hosts";
    public static final String VMS = ROOT + "/vms";
    public static final String EVENTS = ROOT + "/events";
    public static final String JOBS = ROOT + "/jobs";
    public static final String TOKEN = "/ovirt-engine/sso/oauth/token";
    public static final String SSO_LOGOUT = "/ovirt-engine/services/sso-logout";

    private ApiPaths() {
    }

    public static String href(String collection, UUID id) {
        return collection + "/" + id;
    }

    /** {@code /hosts/{host}/devices}, {@code /vms/{vm}/nics} and the like. */
    public static String sub(String collection, UUID parent, String name) {
        return collection + "/" + parent + "/" + name;
    }

    /** An item of a sub-collection, e.g. {@code /vms/{vm}/nics/{nic}}. */
    public static String subHref(String collection, UUID parent, String name, Object id) {
        return sub(collection, parent, name) + "/" + id;
    }
}
