package org.vfmigrate.vdsbroker.bench;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vfmigrate.vdsbroker.matching.DeviceMatchReport;
import org.vfmigrate.vdsbroker.matching.DeviceMatcher;
import org.vfmigrate.vdsbroker.matching.EngineNicDevice;
import org.vfmigrate.vdsbroker.support.VmFixtures;
import org.vfmigrate.vdsbroker.vm.VmDescription;
import org.vfmigrate.vdsbroker.xml.builder.DomainXmlBuilder;
import org.vfmigrate.vdsbroker.xml.model.Domain;

/**
 * Hot host-side code: building the domain XML of a VM with 4 failover NICs (plus a management NIC), and
 * parsing + matching the live XML of such a VM. Run with the {@code bench} profile (docs/benchmarks.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DomainXmlBenchmark {

    private final DomainXmlBuilder builder = new DomainXmlBuilder();
    private final DeviceMatcher matcher = new DeviceMatcher();
    private VmDescription vm;
    private String liveXml;
    private List<EngineNicDevice> devices;

    @Setup
    public void setUp() {
        vm = VmFixtures.failoverNics("bench-vm", UUID.fromString("7e3a0000-0000-4000-8000-000000000001"), 4, 0);
        liveXml = builder.buildXml(vm);
        devices = vm.nics().stream().map(EngineNicDevice::of).toList();
        if (matcher.match(liveXml, devices).matched().size() != 9) {
            throw new IllegalStateException("benchmark fixture does not match: expected 9 interfaces");
        }
    }

    /** Typed model only (contributors, failover pairs). */
    @Benchmark
    public Domain buildDomainModel() {
        return builder.build(vm);
    }

    /** The full document: model + JAXB marshalling to a string. */
    @Benchmark
    public String buildDomainXml() {
        return builder.buildXml(vm);
    }

    /** Parse the live XML (secure StAX + JAXB) and match its 9 interfaces to 5 engine NICs. */
    @Benchmark
    public DeviceMatchReport parseAndMatchLiveXml() {
        return matcher.match(liveXml, devices);
    }
}
