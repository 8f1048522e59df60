package org.vfmigrate.backend.migration;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_NETWORK_NOT_IN_CLUSTER;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_HOST_MIGRATION_LIMIT_REACHED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_MIGRATION_OF_NON_MIGRATABLE_PASSTHROUGH_VNICS_IS_NOT_SUPPORTED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NO_SUITABLE_HOST;
import static org.vfmigrate.common.errors.EngineMessage.CANNOT_PLUG_PASSTHROUGH_VNIC_NO_SUITABLE_VF;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vfmigrate.backend.bll.ActionFailedException;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.scheduling.SchedulingRequestLoader;
import org.vfmigrate.backend.bll.vm.RunningVmCommandBase;
import org.vfmigrate.backend.bll.vm.RunningVmSupport;
import org.vfmigrate.backend.bll.vm.run.FailoverRunRules;
import org.vfmigrate.backend.host.VmDescriptionFactory;
import org.vfmigrate.backend.scheduling.SchedulingResult;
import org.vfmigrate.backend.scheduling.VmScheduler;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.MigrateVmParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.common.businessentities.migration.Migration;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.common.businessentities.vm.VmStatus;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.migration.MigrationDao;
import org.vfmigrate.vdsbroker.vm.VnicProfileDescription;

/**
 * Starts a live migration: checks the failover rules on the migrate path, every plugged passthrough NIC is
 * migratable (SPEC rule 16), and the source's parallel-migration limit; picks a destination with the Run VM
 * filters; and reserves the destination VFs in the database — all before anything is unplugged. The migration
 * is persisted in phase RESERVED and the {@link MigrationOrchestrator} carries it on once this commits.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.MIGRATE_VM)
public class MigrateVmCommand extends RunningVmCommandBase<MigrateVmParameters> {

    private final SchedulingRequestLoader scheduling;
    private final HostDeviceDao hostDeviceDao;
    private final MigrationDao migrationDao;
    private final VmDescriptionFactory descriptions;
    private final MigrationOrchestrator orchestrator;
    private final MigrationJobs jobs;
    private final Clock clock;
    private final EngineLease lease;
    private Host destination;
    private List<VmNic> nics;

    public MigrateVmCommand(RunningVmSupport support, SchedulingRequestLoader scheduling, HostDeviceDao hostDeviceDao,
            MigrationDao migrationDao, VmDescriptionFactory descriptions, MigrationOrchestrator orchestrator,
            MigrationJobs jobs, Clock clock, EngineLease lease) {
        super(support);
        this.scheduling = scheduling;
        this.hostDeviceDao = hostDeviceDao;
        this.migrationDao = migrationDao;
        this.descriptions = descriptions;
        this.orchestrator = orchestrator;
        this.jobs = jobs;
        this.clock = clock;
        this.lease = lease;
    }

    @Override
    protected ValidationResult validate() {
        ValidationResult running = lockRunningVm(getParameters().vmId());
        if (!running.isValid()) {
            return running;
        }
        Cluster cluster = support.clusterDao().get(vm.getClusterId());
        nics = support.vmNicDao().getAllForVm(vm.getId());
        return firstFailure(
                () -> new FailoverRunRules(descriptions).check(vm, cluster, nics),
                this::passthroughNicsAreMigratable,
                this::sourceBelowMigrationLimit,
                () -> chooseDestination(cluster));
    }

    private ValidationResult passthroughNicsAreMigratable() {
        boolean pinned = nics.stream().filter(n -> n.isPlugged() && n.getVnicProfileId() != null)
                .map(n -> descriptions.profile(n.getVnicProfileId()))
                .anyMatch(p -> p.passthrough() && !p.migratable());
        return ValidationResult.failWith(
                ACTION_TYPE_FAILED_MIGRATION_OF_NON_MIGRATABLE_PASSTHROUGH_VNICS_IS_NOT_SUPPORTED).when(pinned);
    }

    private ValidationResult sourceBelowMigrationLimit() {
        support.hostDao().lockMigrationSlots(host.getId());
        int limit = host.getMaxParallelMigrations();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_HOST_MIGRATION_LIMIT_REACHED, "HostName", host.getName(),
                "Limit", String.valueOf(limit)).when(migrationDao.countActiveFromHost(host.getId()) >= limit);
    }

    private ValidationResult chooseDestination(Cluster cluster) {
        SchedulingResult result = new VmScheduler().schedule(scheduling.load(vm, getParameters().destinationHostId()));
        if (result instanceof SchedulingResult.Selected selected) {
            destination = support.hostDao().get(selected.host().id());
            audit().put("DestinationHostName", destination.getName());
            return ValidationResult.VALID;
        }
        if (result instanceof SchedulingResult.FailoverNetworkNotInCluster missing) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_FAILOVER_NETWORK_NOT_IN_CLUSTER,
                    "NetworkName", missing.networkNamesText(), "ClusterName", cluster.getName());
        }
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NO_SUITABLE_HOST,
                "Reasons", ((SchedulingResult.NoSuitableHost) result).summary());
    }

    @Override
    protected Object execute() {
        for (VmNic nic : nics) {
            if (!nic.isPlugged() || nic.getVnicProfileId() == null) {
                continue;
            }
            VnicProfileDescription p = descriptions.profile(nic.getVnicProfileId());
            if (p.passthrough()) {
                hostDeviceDao.claimFreeVf(destination.getId(), p.network().id(), vm.getId(), nic.getId(),
                        VfReservation.RESERVED, clock.instant()).orElseThrow(() -> new ActionFailedException(
                        ValidationResult.failWith(CANNOT_PLUG_PASSTHROUGH_VNIC_NO_SUITABLE_VF, "vnicName", nic.getName())));
            }
        }
        Cluster cluster = support.clusterDao().get(vm.getClusterId());
        Migration migration = new Migration(UUID.randomUUID(), vm.getId(), host.getId(), destination.getId(),
                cluster.getMigrationMode(), clock.instant());
        migration.setUserName(getUser().name());
        migration.setEngineId(lease.self());
        migration.setPolicy(org.vfmigrate.common.businessentities.migration.MigrationPolicy
                .byApiName(vm.getMigrationPolicy()).orElse(cluster.getMigrationPolicy()));
        migrationDao.save(migration);
        orchestrator.expect(migration.getId());
        jobs.started(migration, vm.getName(), destination.getName());
        vm.setStatus(VmStatus.MIGRATING);
        support.vmDao().update(vm);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    orchestrator.start(migration.getId());
                } else {
                    orchestrator.abandon(migration.getId());
                }
            }
        });
        return migration.getId();
    }
}
