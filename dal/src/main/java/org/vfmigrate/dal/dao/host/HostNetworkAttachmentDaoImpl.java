package org.vfmigrate.dal.dao.host;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/** SQL implementation of {@link HostNetworkAttachmentDao} (a plain link table, no entity). */
@Repository
public class HostNetworkAttachmentDaoImpl implements HostNetworkAttachmentDao {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void replace(UUID hostId, Map<UUID, String> networkBridges) {
        em.createNativeQuery("delete from host_network_attachments where host_id = :h")
                .setParameter("h", hostId).executeUpdate();
        networkBridges.forEach((network, bridge) -> em.createNativeQuery(
                        "insert into host_network_attachments (host_id, network_id, bridge_name) values (:h, :n, :b)")
                .setParameter("h", hostId).setParameter("n", network).setParameter("b", bridge).executeUpdate());
    }

    @Override
    public Map<UUID, String> getForHost(UUID hostId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select network_id, bridge_name from host_network_attachments "
                + "where host_id = :h", Tuple.class).setParameter("h", hostId).getResultList();
        Map<UUID, String> result = new LinkedHashMap<>();
        rows.forEach(t -> result.put(t.get(0, UUID.class), t.get(1, String.class)));
        return result;
    }

    @Override
    public Map<UUID, Set<UUID>> getNetworkIdsByHostInCluster(UUID clusterId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select a.host_id, a.network_id from host_network_attachments a "
                + "join hosts h on h.id = a.host_id where h.cluster_id = :c", Tuple.class)
                .setParameter("c", clusterId).getResultList();
        Map<UUID, Set<UUID>> result = new HashMap<>();
        rows.forEach(t -> result.computeIfAbsent(t.get(0, UUID.class), k -> new HashSet<>()).add(t.get(1, UUID.class)));
        return result;
    }
}
