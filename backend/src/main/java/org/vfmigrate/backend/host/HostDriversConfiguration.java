package org.vfmigrate.backend.host;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vfmigrate.vdsbroker.host.libvirt.LibvirtHostDriverFactory;
import org.vfmigrate.vdsbroker.host.sim.SimEnvironment;
import org.vfmigrate.vdsbroker.host.sim.SimHostDriverFactory;

/** One set of host drivers for the engine: simulated hosts on the wall clock, and libvirt for real ones. */
@Configuration(proxyBeanMethods = false)
public class HostDriversConfiguration {

    @Bean(destroyMethod = "close")
    public HostDrivers hostDrivers() {
        SimEnvironment simulation = SimEnvironment.realTime();
        return new HostDrivers(simulation, List.of(new SimHostDriverFactory(simulation), new LibvirtHostDriverFactory()));
    }
}
