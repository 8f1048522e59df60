package org.vfmigrate.backend.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.backend.host.VmDescriptionFactory;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostDevice;
import org.vfmigrate.common.businessentities.host.VfReservation;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmDevice;
import org.vfmigrate.common.businessentities.vm.VmDeviceRole;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.host.HostDeviceDao;
import org.vfmigrate.dal.dao.vm.VmDeviceDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;
import org.vfmigrate.vdsbroker.matching.DeviceMatchReport;
import org.vfmigrate.vdsbroker.matching.DeviceMatcher;
import org.vfmigrate.vdsbroker.matching.EngineNicDevice;
import org.vfmigrate.vdsbroker.matching.MatchedInterface;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;

/**
 * Brings the database in line with what a VM's host really has: reads the live domain XML, matches its
 * interfaces to the VM's NICs (by alias and MAC where {@code <teaming>} makes two share a MAC), and records per
 * device whether it is plugged, and which VF each VF NIC really holds. With {@code adoptAsDesired} the NICs'
 * recorded plugged state follows the host too (after a failed plug or unplug, the truth is the final state).
 */
@Component
public class VmDeviceStateSync {

    private final HostDrivers drivers;
    private final VmDescriptionFactory descriptions;
    private final VmNicDao vmNicDao;
    private final VmDeviceDao vmDeviceDao;
    private final HostDeviceDao hostDeviceDao;
    private final Clock clock;

    public VmDeviceStateSync(HostDrivers drivers, VmDescriptionFactory descriptions, VmNicDao vmNicDao,
            VmDeviceDao vmDeviceDao, HostDeviceDao hostDeviceDao, Clock clock) {
        this.drivers = drivers;
        this.descriptions = descriptions;
        this.vmNicDao = vmNicDao;
        this.vmDeviceDao = vmDeviceDao;
        this.hostDeviceDao = hostDeviceDao;
        this.clock = clock;
    }

    public DeviceMatchReport sync(Vm vm, Host host, boolean adoptAsDesired) {
        VmDescription description = descriptions.describe(vm, host.getId());
        String live = drivers.driver(host.getAddress()).liveXml(vm.getName());
        DeviceMatchReport report = new DeviceMatcher().match(live,
                description.nics().stream().map(EngineNicDevice::of).toList());
        for (VmNicDescription nicDescription : description.nics()) {
            VmNic nic = vmNicDao.get(nicDescription.id());
            Optional<MatchedInterface> primary = report.primaryOf(nic.getId());
            UUID vf = nicDescription.passthrough() ? recordVf(vm, nic, host, primary) : null;
            record(vm, nic, nicDescription.passthrough() ? VmDeviceRole.VF : VmDeviceRole.NIC,
                    NicAliases.primary(nic.getId()), primary.isPresent(), vf);
            if (nicDescription.hasFailover()) {
                record(vm, nic, VmDeviceRole.FAILOVER_TWIN, NicAliases.failoverTwin(nic.getId()),
                        report.twinOf(nic.getId()).isPresent(), null);
            }
            if (adoptAsDesired) {
                nic.setPlugged(primary.isPresent());
            }
        }
        return report;
    }

    /** Makes the NIC hold exactly the VF the host shows plugged for it (or none); returns its device id. */
    private UUID recordVf(Vm vm, VmNic nic, Host host, Optional<MatchedInterface> primary) {
        Optional<HostDevice> held = hostDeviceDao.getHeldBy(nic.getId(), host.getId());
        Optional<HostDevice> onHost = primary.map(MatchedInterface::device)
                .filter(d -> d.getSource() != null && d.getSource().getAddress() != null)
                .flatMap(d -> hostDeviceDao.getByAddress(host.getId(), d.getSource().getAddress().toPciAddress().toString()));
        if (held.isPresent() && (onHost.isEmpty() || !held.get().getId().equals(onHost.get().getId()))
                && held.get().getReservation() == VfReservation.ATTACHED) {
            hostDeviceDao.release(held.get().getId());
        }
        if (onHost.isPresent() && (onHost.get().getVmNicId() == null || nic.getId().equals(onHost.get().getVmNicId()))) {
            HostDevice vf = onHost.get();
            // a VF the NIC already holds keeps the time it was taken: a monitoring round that finds nothing new
            // writes nothing (it used to rewrite every VF of every running VM)
            Instant since = nic.getId().equals(vf.getVmNicId()) && vf.getReservedAt() != null
                    ? vf.getReservedAt() : clock.instant();
            vf.hold(vm.getId(), nic.getId(), VfReservation.ATTACHED, since);
            return vf.getId();
        }
        return null;
    }

    private void record(Vm vm, VmNic nic, VmDeviceRole role, String alias, boolean plugged, UUID hostDevice) {
        VmDevice device = vmDeviceDao.getAllForNic(nic.getId()).stream().filter(d -> d.getRole() == role).findFirst()
                .orElseGet(() -> {
                    VmDevice created = new VmDevice(UUID.randomUUID(), vm.getId(), nic.getId(), role, alias);
                    vmDeviceDao.save(created);
                    return created;
                });
        device.setPlugged(plugged);
        device.setHostDeviceId(hostDevice);
    }
}
