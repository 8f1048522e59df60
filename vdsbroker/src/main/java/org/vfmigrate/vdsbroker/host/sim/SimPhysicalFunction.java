package org.vfmigrate.vdsbroker.host.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vfmigrate.vdsbroker.vm.PciAddress;

/**
 * A simulated SR-IOV physical function. Its VFs get addresses on the PF's bus, slot
 * {@code 0x02 + 4 * pf function + i / 8}, function {@code i % 8} (so up to 32 VFs per PF do not collide).
 *
 * @param address PF address
 * @param netdev kernel interface name
 * @param vfCount number of VFs (0–32)
 * @param networks logical networks the PF serves
 */
public record SimPhysicalFunction(PciAddress address, String netdev, int vfCount, Set<String> networks) {

    public SimPhysicalFunction {
        Objects.requireNonNull(address, "address");
        networks = Set.copyOf(networks);
        if (vfCount < 0 || vfCount > 32) {
            throw new SimSettingsException(List.of("vf count of PF " + address + " must be 0-32, was " + vfCount));
        }
    }

    /** The addresses of this PF's VFs. */
    public List<PciAddress> vfAddresses() {
        List<PciAddress> out = new ArrayList<>(vfCount);
        for (int i = 0; i < vfCount; i++) {
            out.add(new PciAddress(address.domain(), address.bus(), 0x02 + 4 * address.function() + i / 8, i % 8));
        }
        return out;
    }
}
