package org.vfmigrate.dal.dao.vm;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** SQL implementation of {@link MacPoolDao}; the primary key (data center, MAC) is the arbiter. */
@Repository
public class MacPoolDaoImpl implements MacPoolDao {

    @PersistenceContext
    private EntityManager em;

    @Override
    public boolean take(UUID dataCenterId, String mac, UUID nicId) {
        em.flush();
        int inserted = em.createNativeQuery("insert into mac_addresses (data_center_id, mac_address, vm_nic_id) "
                        + "values (:dc, :mac, :nic) on conflict do nothing")
                .setParameter("dc", dataCenterId).setParameter("mac", mac).setParameter("nic", nicId).executeUpdate();
        return inserted == 1;
    }

    @Override
    public boolean isTaken(UUID dataCenterId, String mac) {
        return !em.createNativeQuery("select 1 from mac_addresses where data_center_id = :dc and mac_address = :mac")
                .setParameter("dc", dataCenterId).setParameter("mac", mac).getResultList().isEmpty();
    }

    @Override
    public void releaseForNic(UUID nicId) {
        em.createNativeQuery("delete from mac_addresses where vm_nic_id = :nic").setParameter("nic", nicId)
                .executeUpdate();
    }
}
