package org.vfmigrate.dal.dao.vm;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.dal.dao.JpaDao;

/** Hibernate implementation of {@link VmDao}. */
@Repository
public class VmDaoImpl extends JpaDao<Vm> implements VmDao {

    public VmDaoImpl() {
        super(Vm.class);
    }

    @Override
    public List<Vm> getAllForCluster(UUID clusterId) {
        return em.createQuery("from Vm v where v.clusterId = :c order by v.name", Vm.class)
                .setParameter("c", clusterId).getResultList();
    }
}
