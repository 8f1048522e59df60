package org.vfmigrate.backend.restapi.resource;

import static org.vfmigrate.backend.restapi.resource.BackendGateway.JSON;
import static org.vfmigrate.backend.restapi.resource.BackendGateway.XML;

import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.mapper.ApiDates;
import org.vfmigrate.backend.restapi.model.Api;
import org.vfmigrate.backend.restapi.model.Link;
import org.vfmigrate.backend.restapi.model.ProductInfo;

/** The API root: product information and links to every collection. */
@RestController
public class ApiRootResource {

    /** The oVirt API level this engine follows. */
    static final int API_MAJOR = 4;
    static final int API_MINOR = 4;

    private final Clock clock;

    public ApiRootResource(Clock clock) {
        this.clock = clock;
    }

    @GetMapping(path = {ApiPaths.ROOT, ApiPaths.ROOT + "/"}, produces = {XML, JSON})
    public Api root() {
        Api api = new Api();
        for (String rel : List.of("clusters", "datacenters", "events", "hosts", "jobs", "networks", "vms",
                "vnicprofiles")) {
            api.links.add(new Link(ApiPaths.ROOT + "/" + rel, rel));
        }
        ProductInfo info = new ProductInfo();
        info.name = "vfmigrate";
        info.vendor = "vfmigrate";
        info.version = new ProductInfo.ProductVersion();
        info.version.major = String.valueOf(API_MAJOR);
        info.version.minor = String.valueOf(API_MINOR);
        info.version.build = "0";
        info.version.revision = "0";
        info.version.fullVersion = API_MAJOR + "." + API_MINOR + ".0-vfmigrate";
        api.productInfo = info;
        api.time = ApiDates.format(clock.instant(), clock.getZone());
        return api;
    }
}
