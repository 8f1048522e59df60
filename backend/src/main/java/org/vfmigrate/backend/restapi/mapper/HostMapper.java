package org.vfmigrate.backend.restapi.mapper;

import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.Link;
import org.vfmigrate.backend.restapi.model.Ref;
import org.vfmigrate.common.businessentities.host.Host;

/**
 * Hosts between entity and API form. Status is read-only (actions change it); memory is in bytes on the API
 * and MiB in the engine. A simulated host also links to its {@code simulation} settings.
 */
public final class HostMapper {

    private HostMapper() {
    }

    public static org.vfmigrate.backend.restapi.model.Host toModel(Host h) {
        var m = new org.vfmigrate.backend.restapi.model.Host();
        m.id = h.getId().toString();
        m.href = ApiPaths.href(ApiPaths.HOSTS, h.getId());
        m.name = h.getName();
        m.address = h.getAddress();
        m.cluster = ref(ApiPaths.CLUSTERS, h.getClusterId());
        m.status = h.getStatus().apiName();
        m.memory = ApiMemory.bytes(h.getMemoryMib());
        m.maxParallelMigrations = String.valueOf(h.getMaxParallelMigrations());
        for (String rel : HostDrivers.isSimulated(h.getAddress())
                ? new String[] {"devices", "networkattachments", "simulation"}
                : new String[] {"devices", "networkattachments"}) {
            m.links.add(new Link(ApiPaths.sub(ApiPaths.HOSTS, h.getId(), rel), rel));
        }
        return m;
    }

    public static Host forAdd(org.vfmigrate.backend.restapi.model.Host m) {
        if (m.name == null || m.address == null || m.cluster == null || m.cluster.id == null) {
            throw ApiFaultException.incomplete("Host", "name, address, cluster.id", "add");
        }
        Host h = new Host(null, m.name, m.address, null);
        return merge(m, h);
    }

    /** Applies what the request names onto {@code h}; what it leaves out is kept. */
    public static Host merge(org.vfmigrate.backend.restapi.model.Host m, Host h) {
        if (m.name != null) {
            h.setName(m.name);
        }
        if (m.address != null) {
            h.setAddress(m.address.trim());
        }
        if (m.cluster != null && m.cluster.id != null) {
            h.setClusterId(ApiValues.parseId("cluster.id", m.cluster.id));
        }
        Integer parallel = ApiValues.parseInteger("max_parallel_migrations", m.maxParallelMigrations);
        if (parallel != null) {
            h.setMaxParallelMigrations(parallel);
        }
        Long memory = ApiMemory.hostMib("memory", m.memory);
        if (memory != null) {
            h.setMemoryMib(memory);
        }
        return h;
    }

    public static Ref ref(String collection, java.util.UUID id) {
        return id == null ? null : new Ref(id.toString(), ApiPaths.href(collection, id));
    }
}
