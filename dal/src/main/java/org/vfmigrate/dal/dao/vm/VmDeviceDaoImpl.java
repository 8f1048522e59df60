package org.vfmigrate.dal.dao.vm;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.vm.VmDevice;

/** Hibernate implementation of {@link VmDeviceDao}. */
@Repository
public class VmDeviceDaoImpl implements VmDeviceDao {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<VmDevice> getAllForVm(UUID vmId) {
        return em.createQuery("from VmDevice d where d.vmId = :vm order by d.alias", VmDevice.class)
                .setParameter("vm", vmId).getResultList();
    }

    @Override
    public List<VmDevice> getAllForNic(UUID nicId) {
        return em.createQuery("from VmDevice d where d.vmNicId = :nic order by d.role", VmDevice.class)
                .setParameter("nic", nicId).getResultList();
    }

    @Override
    public void save(VmDevice device) {
        em.persist(device);
        em.flush();
    }

    @Override
    public void removeAllForVm(UUID vmId) {
        getAllForVm(vmId).forEach(em::remove);
        em.flush();
    }

    @Override
    public void removeAllForNic(UUID nicId) {
        getAllForNic(nicId).forEach(em::remove);
        em.flush();
    }
}
