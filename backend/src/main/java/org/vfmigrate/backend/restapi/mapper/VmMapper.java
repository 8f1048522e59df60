package org.vfmigrate.backend.restapi.mapper;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.vfmigrate.backend.restapi.ApiFaultException;
import org.vfmigrate.backend.restapi.ApiPaths;
import org.vfmigrate.backend.restapi.model.Cpu;
import org.vfmigrate.backend.restapi.model.CpuTopology;
import org.vfmigrate.backend.restapi.model.Link;
import org.vfmigrate.backend.restapi.model.OperatingSystem;
import org.vfmigrate.common.businessentities.vm.GuestOs;
import org.vfmigrate.common.businessentities.vm.Vm;

/**
 * VMs between entity and API form. Memory is bytes on the API (a whole number of MiB); the vCPU count is the
 * product of the CPU topology, shown back as that many single-core sockets. An OS type the engine does not know
 * is refused with a 400 that names it and the known types. Status and host are read-only.
 */
public final class VmMapper {

    private VmMapper() {
    }

    public static org.vfmigrate.backend.restapi.model.Vm toModel(Vm v) {
        var m = new org.vfmigrate.backend.restapi.model.Vm();
        m.id = v.getId().toString();
        m.href = ApiPaths.href(ApiPaths.VMS, v.getId());
        m.name = v.getName();
        m.cluster = HostMapper.ref(ApiPaths.CLUSTERS, v.getClusterId());
        m.status = v.getStatus().apiName();
        if (v.getStatus() != org.vfmigrate.common.businessentities.vm.VmStatus.DOWN) {
            m.host = HostMapper.ref(ApiPaths.HOSTS, v.getRunOnHostId());
        }
        m.memory = ApiMemory.bytes(v.getMemoryMib());
        m.cpu = new Cpu();
        m.cpu.topology = new CpuTopology();
        m.cpu.topology.sockets = String.valueOf(v.getVcpus());
        m.cpu.topology.cores = "1";
        m.cpu.topology.threads = "1";
        if (v.getOsType() != null) {
            m.os = new OperatingSystem();
            m.os.type = v.getOsType().apiName();
        }
        m.migrationPolicy = v.getMigrationPolicy();
        m.links.add(new Link(ApiPaths.sub(ApiPaths.VMS, v.getId(), "nics"), "nics"));
        m.links.add(new Link(ApiPaths.sub(ApiPaths.VMS, v.getId(), "migrations"), "migrations"));
        return m;
    }

    public static Vm forAdd(org.vfmigrate.backend.restapi.model.Vm m) {
        if (m.name == null || m.cluster == null || m.cluster.id == null) {
            throw ApiFaultException.incomplete("VM", "name, cluster.id", "add");
        }
        return merge(m, new Vm(null, m.name, null));
    }

    /** Applies what the request names onto {@code v}; what it leaves out is kept. */
    public static Vm merge(org.vfmigrate.backend.restapi.model.Vm m, Vm v) {
        if (m.name != null) {
            v.setName(m.name);
        }
        if (m.cluster != null && m.cluster.id != null) {
            v.setClusterId(ApiValues.parseId("cluster.id", m.cluster.id));
        }
        Long memory = ApiMemory.vmMib("memory", m.memory);
        if (memory != null) {
            v.setMemoryMib(memory);
        }
        if (m.cpu != null && m.cpu.topology != null) {
            v.setVcpus(vcpus(m.cpu.topology));
        }
        if (m.os != null && m.os.type != null) {
            v.setOsType(guestOs(m.os.type));
        }
        if (m.migrationPolicy != null) {
            v.setMigrationPolicy(m.migrationPolicy.isBlank() ? null : ApiValues.parseEnum("migration_policy",
                    m.migrationPolicy, org.vfmigrate.common.businessentities.migration.MigrationPolicy.class).apiName());
        }
        return v;
    }

    private static GuestOs guestOs(String type) {
        return GuestOs.byApiName(type.trim()).orElseThrow(() -> ApiFaultException.badValue("os.type", type,
                "one of " + Arrays.stream(GuestOs.values()).map(GuestOs::apiName).collect(Collectors.joining(", "))));
    }

    private static int vcpus(CpuTopology t) {
        long sockets = orOne(ApiValues.parseAtLeast("cpu.topology.sockets", t.sockets, 1));
        long cores = orOne(ApiValues.parseAtLeast("cpu.topology.cores", t.cores, 1));
        long threads = orOne(ApiValues.parseAtLeast("cpu.topology.threads", t.threads, 1));
        long product = sockets * cores * threads;
        if (product > Integer.MAX_VALUE) {
            throw ApiFaultException.badValue("cpu.topology", sockets + " x " + cores + " x " + threads,
                    "a topology whose product (the vCPU count) is a sensible number");
        }
        return (int) product;
    }

    private static long orOne(Integer value) {
        return value == null ? 1 : value;
    }
}
