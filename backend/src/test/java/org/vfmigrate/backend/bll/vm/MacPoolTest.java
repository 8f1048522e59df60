package org.vfmigrate.backend.bll.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.vm.MacPoolDao;

/** The MAC pool's allocation on a tiny range over an in-memory pool: probing, lost races, exhaustion. */
class MacPoolTest {

    static final UUID DC = UUID.randomUUID();

    /** Addresses by (data center, MAC), as the primary key of {@code mac_addresses} keeps them. */
    static class InMemoryMacPoolDao implements MacPoolDao {
        final Map<String, UUID> taken = new HashMap<>();

        @Override
        public boolean take(UUID dataCenterId, String mac, UUID nicId) {
            return taken.putIfAbsent(dataCenterId + "/" + mac, nicId) == null;
        }

        @Override
        public boolean isTaken(UUID dataCenterId, String mac) {
            return taken.containsKey(dataCenterId + "/" + mac);
        }

        @Override
        public void releaseForNic(UUID nicId) {
            taken.values().removeIf(nicId::equals);
        }
    }

    final InMemoryMacPoolDao dao = new InMemoryMacPoolDao();
    /** Four addresses; probes start at index 2. */
    final MacPool pool = new MacPool(dao, bound -> 2, 4);

    @Test
    void addressesCarryThePrefixAndFourOctets() {
        assertThat(MacPool.address(0)).isEqualTo("56:6f:00:00:00:00");
        assertThat(MacPool.address(0xfffffffeL)).isEqualTo("56:6f:ff:ff:ff:fe");
    }

    @Test
    void freeAddressIsTheFirstFreeProbeWrappingAround() {
        dao.take(DC, "56:6f:00:00:00:02", UUID.randomUUID());
        dao.take(DC, "56:6f:00:00:00:03", UUID.randomUUID());

        assertThat(pool.freeAddress(DC)).contains("56:6f:00:00:00:00");
    }

    @Test
    void fullPoolHasNoFreeAddress() {
        for (int i = 0; i < 4; i++) {
            dao.take(DC, MacPool.address(i), UUID.randomUUID());
        }

        assertThat(pool.freeAddress(DC)).isEmpty();
        assertThat(pool.freeAddress(UUID.randomUUID())).as("other data centers are separate").isPresent();
    }

    @Test
    void claimMovesPastAnAddressTakenMeanwhile() {
        VmNic nic = new VmNic(UUID.randomUUID(), UUID.randomUUID(), "nic1", null, "56:6f:00:00:00:03");
        dao.take(DC, "56:6f:00:00:00:03", UUID.randomUUID());

        assertThat(pool.claim(DC, nic)).isTrue();

        assertThat(nic.getMacAddress()).isEqualTo("56:6f:00:00:00:00");
        assertThat(dao.taken).containsEntry(DC + "/56:6f:00:00:00:00", nic.getId());
    }

    @Test
    void claimFailsWhenEveryAddressIsTaken() {
        for (int i = 0; i < 4; i++) {
            dao.take(DC, MacPool.address(i), UUID.randomUUID());
        }
        VmNic nic = new VmNic(UUID.randomUUID(), UUID.randomUUID(), "nic1", null, "56:6f:00:00:00:01");

        assertThat(pool.claim(DC, nic)).isFalse();
    }

    @Test
    void probesAreBoundedInAFullSizedPool() {
        int[] probes = {0};
        MacPoolDao alwaysTaken = new InMemoryMacPoolDao() {
            @Override
            public boolean isTaken(UUID dataCenterId, String mac) {
                probes[0]++;
                return true;
            }
        };

        assertThat(new MacPool(alwaysTaken).freeAddress(DC)).isEmpty();
        assertThat(probes[0]).isEqualTo(MacPool.MAX_PROBES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"56:6f:00:00:00:01", "02:00:00:00:00:01", "fe:ff:ff:ff:ff:ff"})
    void unicastAddressesAreValid(String mac) {
        assertThat(MacPool.isValidUnicast(mac)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01:00:5e:00:00:01", "00:00:00:00:00:00", "56:6F:00:00:00:01", "56:6f:00:00:00",
            "56:6f:00:00:00:001", ""})
    void otherStringsAreNot(String mac) {
        assertThat(MacPool.isValidUnicast(mac)).isFalse();
    }
}
