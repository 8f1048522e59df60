package org.vfmigrate.backend.host;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vfmigrate.vdsbroker.host.libvirt.LibvirtHostDriverFactory;
import org.vfmigrate.vdsbroker.host.sim.SimEnvironment;
import org.vfmigrate.vdsbroker.host.sim.SimHostDriverFactory;

/**
 * One set of host drivers for the engine: simulated hosts on the wall clock, and libvirt for real ones. Whoever
 * embeds the engine may hand in a {@link SimEnvironment} bean of its own; its simulated hosts then outlive the
 * engine (as real hosts outlive an engine restart) and are not closed with it.
 */
@Configuration(proxyBeanMethods = false)
public class HostDriversConfiguration {

    @Bean(destroyMethod = "close")
    public HostDrivers hostDrivers(ObjectProvider<SimEnvironment> given) {
        SimEnvironment shared = given.getIfAvailable();
        SimEnvironment simulation = shared != null ? shared : SimEnvironment.realTime();
        return new HostDrivers(simulation, shared == null,
                List.of(new SimHostDriverFactory(simulation), new LibvirtHostDriverFactory()));
    }
}
