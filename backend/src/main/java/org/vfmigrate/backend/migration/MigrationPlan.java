package org.vfmigrate.backend.migration;

import java.util.List;
import java.util.UUID;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;

/**
 * What one migration moves, read once from the database: the VM, its hosts, and each plugged VF NIC as it looks
 * on the source (the VF it holds there) and on the destination (the VF reserved there).
 */
record MigrationPlan(UUID migrationId, UUID vmId, String vmName, Host source, Host destination,
        org.vfmigrate.common.businessentities.migration.MigrationMode mode,
        org.vfmigrate.common.businessentities.migration.MigrationPolicy policy, List<MovingNic> nics) {

    MigrationPlan {
        nics = List.copyOf(nics);
    }

    /** A VF NIC that changes VF: its description with the source VF and with the destination VF. */
    record MovingNic(UUID nicId, String name, VmNicDescription atSource, VmNicDescription atDestination) {

        boolean hasFailover() {
            return atSource.hasFailover();
        }
    }

    boolean anyLegacyNic() {
        return nics.stream().anyMatch(n -> !n.hasFailover());
    }
}
