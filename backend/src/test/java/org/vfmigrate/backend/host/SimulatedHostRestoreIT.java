package org.vfmigrate.backend.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.backend.testing.EngineTestBase;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddHostParameters;
import org.vfmigrate.common.businessentities.Version;
import org.vfmigrate.common.businessentities.host.Host;

/**
 * What an engine start does for simulated hosts: a host the database knows but the simulation does not yet (as
 * after a restart, when the simulation starts empty) is brought back even when it runs no VM, so a migration to it
 * finds it.
 */
class SimulatedHostRestoreIT extends EngineTestBase {

    @Autowired
    HostDrivers drivers;
    @Autowired
    SimulatedHostRestore restore;

    @Test
    void aSimulatedHostThatRunsNothingIsBroughtBack() {
        UUID cluster = cluster(dataCenter("dc", Version.V4_6), "cluster", Version.V4_6);
        String name = "quiet-" + UUID.randomUUID().toString().substring(0, 8);
        runOk(ActionType.ADD_HOST, new AddHostParameters(new Host(null, name,
                "sim://" + name + "?vfs=2&networks=sriov-net&bridges=ovirtmgmt", cluster)));
        assertThat(drivers.simulation().find(name)).as("not yet simulated").isEmpty();

        restore.restore();

        assertThat(drivers.simulation().find(name)).isPresent();
        assertThat(drivers.simulation().find(name).orElseThrow().runningDomains()).isEmpty();
    }
}
