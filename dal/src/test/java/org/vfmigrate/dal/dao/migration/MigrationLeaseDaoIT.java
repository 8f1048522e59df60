package org.vfmigrate.dal.dao.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.common.businessentities.migration.MigrationMode;
import org.vfmigrate.common.businessentities.migration.MigrationPhase;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.dal.dao.engine.EngineInstanceDao;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.dal.testing.DaoTestBase;

/** Which engine carries a migration, engine heartbeats, and taking over the migrations of a stopped engine. */
class MigrationLeaseDaoIT extends DaoTestBase {

    private static final Duration LEASE = Duration.ofSeconds(15);

    @Autowired
    MigrationDao migrations;
    @Autowired
    EngineInstanceDao engines;
    @Autowired
    HostDao hostDao;

    final UUID self = UUID.randomUUID();
    final UUID liveOther = UUID.randomUUID();
    final UUID stoppedOther = UUID.randomUUID();

    @Test
    void aHeartbeatKeepsAnEngineAliveUntilTheLeaseRunsOut() {
        engines.heartbeat(liveOther, "engine-a");
        engines.heartbeat(stoppedOther, "engine-b");
        ageHeartbeat(stoppedOther);

        assertThat(engines.isAlive(liveOther, LEASE)).isTrue();
        assertThat(engines.isAlive(stoppedOther, LEASE)).isFalse();
        assertThat(engines.isAlive(UUID.randomUUID(), LEASE)).isFalse();
    }

    @Test
    void recoveryIsOfferedOnlyMigrationsNoLiveEngineCarries() {
        engines.heartbeat(self, "self");
        engines.heartbeat(liveOther, "engine-a");
        engines.heartbeat(stoppedOther, "engine-b");
        ageHeartbeat(stoppedOther);
        Cluster cluster = cluster(dataCenter("dc"), "c");
        Host a = host(cluster, "a");
        Host b = host(cluster, "b");
        Migration ofNobody = migration(cluster, a, b, "vm-nobody", null, MigrationPhase.MIGRATING);
        Migration ofSelf = migration(cluster, a, b, "vm-self", self, MigrationPhase.UNPLUGGING);
        Migration ofStopped = migration(cluster, a, b, "vm-stopped", stoppedOther, MigrationPhase.RESERVED);
        migration(cluster, a, b, "vm-live", liveOther, MigrationPhase.MIGRATING);
        migration(cluster, a, b, "vm-done", stoppedOther, MigrationPhase.DONE);
        flushAndClear();

        assertThat(migrations.getUnfinishedWithoutLiveEngine(self, LEASE)).extracting(Migration::getId)
                .containsExactlyInAnyOrder(ofNobody.getId(), ofSelf.getId(), ofStopped.getId());
    }

    @Test
    void onlyOneEngineTakesOverAMigration() {
        Cluster cluster = cluster(dataCenter("dc"), "c");
        Migration m = migration(cluster, host(cluster, "a"), host(cluster, "b"), "vm1", stoppedOther,
                MigrationPhase.MIGRATING);
        flushAndClear();

        assertThat(migrations.takeOver(m.getId(), stoppedOther, self)).isTrue();
        assertThat(migrations.takeOver(m.getId(), stoppedOther, liveOther)).isFalse();
        flushAndClear();
        assertThat(migrations.get(m.getId()).getEngineId()).isEqualTo(self);
    }

    @Test
    void aMigrationOfNoEngineCanBeTakenOverButAFinishedOneCannot() {
        Cluster cluster = cluster(dataCenter("dc"), "c");
        Host a = host(cluster, "a");
        Host b = host(cluster, "b");
        Migration orphan = migration(cluster, a, b, "vm1", null, MigrationPhase.RESERVED);
        Migration done = migration(cluster, a, b, "vm2", null, MigrationPhase.UNDONE);
        flushAndClear();

        assertThat(migrations.takeOver(orphan.getId(), null, self)).isTrue();
        assertThat(migrations.takeOver(done.getId(), null, self)).isFalse();
    }

    private void ageHeartbeat(UUID engine) {
        em.createNativeQuery("UPDATE engine_instances SET heartbeat_at = now() - interval '1 hour' WHERE id = :id")
                .setParameter("id", engine).executeUpdate();
    }

    private Host host(Cluster cluster, String name) {
        Host h = new Host(UUID.randomUUID(), name, "sim://" + name, cluster.getId());
        hostDao.save(h);
        return h;
    }

    private Migration migration(Cluster cluster, Host from, Host to, String vmName, UUID engine, MigrationPhase phase) {
        Vm vm = new Vm(UUID.randomUUID(), vmName, cluster.getId());
        em.persist(vm);
        Migration m = new Migration(UUID.randomUUID(), vm.getId(), from.getId(), to.getId(),
                MigrationMode.ENGINE_MANAGED, Instant.now());
        m.setPhase(phase);
        m.setEngineId(engine);
        migrations.save(m);
        return m;
    }
}
