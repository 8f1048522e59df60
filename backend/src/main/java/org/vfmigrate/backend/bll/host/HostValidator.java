package org.vfmigrate.backend.bll.host;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_HOST_ADDRESS_ALREADY_USED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_HOST_ADDRESS_INVALID;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_HOST_ADDRESS_MALFORMED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_HOST_HAS_VMS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_HOST_MAX_PARALLEL_MIGRATIONS_INVALID;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_HOST_STATUS_ILLEGAL;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.vfmigrate.backend.bll.validator.NameLists;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.Identifiable;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.dao.vm.VmDao;

/** The rules of a host: its name, address, cluster, migration limit, and the states actions need. */
class HostValidator {

    static final int MAX_PARALLEL_MIGRATIONS = 16;

    private final Host host;
    private final HostDao hostDao;

    HostValidator(Host host, HostDao hostDao) {
        this.host = host;
        this.hostDao = hostDao;
    }

    ValidationResult clusterExists(Cluster cluster) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_CLUSTER_NOT_EXIST).when(cluster == null);
    }

    ValidationResult nameNotUsed() {
        Host same = hostDao.getByName(host.getName());
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NAME_ALREADY_USED)
                .when(same != null && !same.getId().equals(host.getId()));
    }

    ValidationResult addressUsable(HostDrivers drivers) {
        String address = host.getAddress();
        boolean usable = address != null && address.length() <= 1024 && drivers.supports(address);
        return ValidationResult.failWith(ACTION_TYPE_FAILED_HOST_ADDRESS_INVALID, "HostAddress", String.valueOf(address))
                .unless(usable);
    }

    /** What the (usable) address says about the host is well formed: sim hardware, libvirt PF networks, bridges. */
    ValidationResult addressWellFormed(HostDrivers drivers) {
        String problem = drivers.addressProblem(host.getAddress());
        return ValidationResult.failWith(ACTION_TYPE_FAILED_HOST_ADDRESS_MALFORMED, "HostAddress", host.getAddress(),
                "AddressProblem", String.valueOf(problem)).when(problem != null);
    }

    ValidationResult addressNotUsed() {
        Host same = hostDao.getByAddress(host.getAddress());
        return ValidationResult.failWith(ACTION_TYPE_FAILED_HOST_ADDRESS_ALREADY_USED, "HostAddress", host.getAddress())
                .when(same != null && !same.getId().equals(host.getId()));
    }

    ValidationResult parallelMigrationsInRange() {
        int n = host.getMaxParallelMigrations();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_HOST_MAX_PARALLEL_MIGRATIONS_INVALID, "Max",
                String.valueOf(MAX_PARALLEL_MIGRATIONS)).unless(n >= 1 && n <= MAX_PARALLEL_MIGRATIONS);
    }

    ValidationResult statusIsOneOf(HostStatus... allowed) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_HOST_STATUS_ILLEGAL, "HostName", host.getName(),
                        "HostStatus", host.getStatus().apiName(),
                        "RequiredStatus", Arrays.stream(allowed).map(HostStatus::apiName).collect(Collectors.joining(" or ")))
                .unless(Arrays.asList(allowed).contains(host.getStatus()));
    }

    ValidationResult runsNoVms(VmDao vmDao) {
        List<String> vms = vmDao.getAllRunningOnHost(host.getId()).stream().map(Identifiable::getName).toList();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_HOST_HAS_VMS, "HostName", host.getName(),
                "VmNames", NameLists.shortList(vms)).unless(vms.isEmpty());
    }
}
