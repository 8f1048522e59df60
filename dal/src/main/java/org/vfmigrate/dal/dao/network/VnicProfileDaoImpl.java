package org.vfmigrate.dal.dao.network;

import jakarta.persistence.Tuple;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.businessentities.network.VnicProfileView;
import org.vfmigrate.dal.dao.JpaDao;

/** Hibernate implementation of {@link VnicProfileDao}; views are read from {@code vnic_profiles_view}. */
@Repository
public class VnicProfileDaoImpl extends JpaDao<VnicProfile> implements VnicProfileDao {

    private static final String VIEW_SELECT = "select id, name, description, network_id, network_name, "
            + "data_center_id, data_center_name, passthrough, migratable, failover_vnic_profile_id, "
            + "failover_vnic_profile_name, version from vnic_profiles_view ";

    public VnicProfileDaoImpl() {
        super(VnicProfile.class);
    }

    @Override
    public List<VnicProfile> getAllForNetwork(UUID networkId) {
        return em.createQuery("from VnicProfile p where p.networkId = :net order by p.name", VnicProfile.class)
                .setParameter("net", networkId).getResultList();
    }

    @Override
    public List<VnicProfile> getAllByFailoverVnicProfileId(UUID failoverProfileId) {
        return em.createQuery("from VnicProfile p where p.failoverVnicProfileId = :f order by p.name",
                VnicProfile.class).setParameter("f", failoverProfileId).getResultList();
    }

    @Override
    public VnicProfile getByNameInNetwork(String name, UUID networkId) {
        return firstOrNull(em.createQuery("from VnicProfile p where p.networkId = :net and p.name = :name",
                VnicProfile.class).setParameter("net", networkId).setParameter("name", name).getResultList());
    }

    @Override
    public VnicProfileView getView(UUID id) {
        return firstOrNull(views(VIEW_SELECT + "where id = :id", "id", id));
    }

    @Override
    public List<VnicProfileView> getAllViews() {
        return views(VIEW_SELECT + "order by network_name, name", null, null);
    }

    @Override
    public List<VnicProfileView> getAllViewsForNetwork(UUID networkId) {
        return views(VIEW_SELECT + "where network_id = :net order by name", "net", networkId);
    }

    private List<VnicProfileView> views(String sql, String param, Object value) {
        var query = em.createNativeQuery(sql, Tuple.class);
        if (param != null) {
            query.setParameter(param, value);
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = query.getResultList();
        return rows.stream().map(VnicProfileDaoImpl::toView).toList();
    }

    private static VnicProfileView toView(Tuple t) {
        return new VnicProfileView(
                t.get("id", UUID.class),
                t.get("name", String.class),
                t.get("description", String.class),
                t.get("network_id", UUID.class),
                t.get("network_name", String.class),
                t.get("data_center_id", UUID.class),
                t.get("data_center_name", String.class),
                t.get("passthrough", Boolean.class),
                t.get("migratable", Boolean.class),
                t.get("failover_vnic_profile_id", UUID.class),
                t.get("failover_vnic_profile_name", String.class),
                ((Number) t.get("version")).longValue());
    }
}
