package org.vfmigrate.dal.dao.network;

import java.util.List;
import java.util.UUID;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.businessentities.network.VnicProfileView;
import org.vfmigrate.dal.dao.GenericDao;

/** vNIC profiles, and their views carrying the network's and the failover profile's names. */
public interface VnicProfileDao extends GenericDao<VnicProfile> {

    List<VnicProfile> getAllForNetwork(UUID networkId);

    /** Profiles whose failover is {@code failoverProfileId} (served by the failover index). */
    List<VnicProfile> getAllByFailoverVnicProfileId(UUID failoverProfileId);

    VnicProfile getByNameInNetwork(String name, UUID networkId);

    VnicProfileView getView(UUID id);

    List<VnicProfileView> getAllViews();

    List<VnicProfileView> getAllViewsForNetwork(UUID networkId);
}
