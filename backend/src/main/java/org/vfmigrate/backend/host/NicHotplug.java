package org.vfmigrate.backend.host;

import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.vfmigrate.vdsbroker.host.HostOperation;
import org.vfmigrate.vdsbroker.vm.NicAliases;
import org.vfmigrate.vdsbroker.vm.VmNicDescription;
import org.vfmigrate.vdsbroker.xml.builder.HotplugXmlBuilder;

/**
 * Plugs and unplugs one device of a NIC on a running VM: the NIC's own device (its VF, or a plain virtio NIC)
 * or a VF NIC's failover twin. An unplug is done only when the guest has released the device, bounded by
 * {@code VFMIGRATE_UNPLUG_TIMEOUT_S} (default 30 s, as KubeVirt waits); a plug by {@code VFMIGRATE_PLUG_TIMEOUT_S}
 * (default 60 s).
 */
@Component
public class NicHotplug {

    private final HostDrivers drivers;
    private final Duration unplugTimeout;
    private final Duration plugBound;
    private final HotplugXmlBuilder xml = new HotplugXmlBuilder();

    public NicHotplug(HostDrivers drivers, Environment environment) {
        this.drivers = drivers;
        this.unplugTimeout = Duration.ofSeconds(environment.getProperty("VFMIGRATE_UNPLUG_TIMEOUT_S", Long.class, 30L));
        this.plugBound = Duration.ofSeconds(environment.getProperty("VFMIGRATE_PLUG_TIMEOUT_S", Long.class, 60L));
    }

    public void plugPrimary(String hostAddress, String vmName, VmNicDescription nic) {
        HostCalls.await(drivers.driver(hostAddress).plugInterface(vmName, xml.primaryXml(nic)), plugBound,
                hostAddress, vmName, HostOperation.HOT_PLUG);
    }

    public void plugTwin(String hostAddress, String vmName, VmNicDescription nic) {
        HostCalls.await(drivers.driver(hostAddress).plugInterface(vmName, xml.failoverTwinXml(nic)), plugBound,
                hostAddress, vmName, HostOperation.HOT_PLUG);
    }

    public void unplugPrimary(String hostAddress, String vmName, VmNicDescription nic) {
        unplug(hostAddress, vmName, NicAliases.primary(nic.id()));
    }

    public void unplugTwin(String hostAddress, String vmName, VmNicDescription nic) {
        unplug(hostAddress, vmName, NicAliases.failoverTwin(nic.id()));
    }

    private void unplug(String hostAddress, String vmName, String alias) {
        HostCalls.await(drivers.driver(hostAddress).unplugInterface(vmName, alias, unplugTimeout),
                unplugTimeout.plusSeconds(5), hostAddress, vmName, HostOperation.HOT_UNPLUG);
    }

}
