package org.vfmigrate.dal.dao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.springframework.dao.DataIntegrityViolationException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.businessentities.network.VnicProfileView;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.testing.DaoTestBase;

class VnicProfileDaoIT extends DaoTestBase {

    @Autowired
    VnicProfileDao dao;

    @Test
    void savedProfileWithFailoverIsReadBackWithAllFields() {
        DataCenter dc = dataCenter("dc");
        VnicProfile bridged = profile(network(dc, "mgmt"), "mgmt");
        VnicProfile vf = new VnicProfile(UUID.randomUUID(), "vf", network(dc, "sriov").getId());
        vf.setPassthrough(true);
        vf.setMigratable(true);
        vf.setDescription("SR-IOV with failover");
        vf.setFailoverVnicProfileId(bridged.getId());
        dao.save(vf);
        flushAndClear();

        VnicProfile read = dao.get(vf.getId());

        assertThat(read.getName()).isEqualTo("vf");
        assertThat(read.isPassthrough()).isTrue();
        assertThat(read.isMigratable()).isTrue();
        assertThat(read.getDescription()).isEqualTo("SR-IOV with failover");
        assertThat(read.getFailoverVnicProfileId()).isEqualTo(bridged.getId());
    }

    @Test
    void getReturnsNullForUnknownId() {
        assertThat(dao.get(UUID.randomUUID())).isNull();
    }

    @Test
    void getAllForNetworkReturnsOnlyThatNetworksProfilesByName() {
        DataCenter dc = dataCenter("dc");
        Network a = network(dc, "a");
        profile(a, "z-profile");
        profile(a, "a-profile");
        profile(network(dc, "b"), "other");
        flushAndClear();

        assertThat(dao.getAllForNetwork(a.getId())).extracting(VnicProfile::getName)
                .containsExactly("a-profile", "z-profile");
    }

    @Test
    void getAllByFailoverVnicProfileIdFindsEveryUser() {
        DataCenter dc = dataCenter("dc");
        VnicProfile bridged = profile(network(dc, "mgmt"), "mgmt");
        Network sriov = network(dc, "sriov");
        failoverProfile(sriov, "vf1", bridged);
        failoverProfile(sriov, "vf2", bridged);
        profile(sriov, "plain");
        flushAndClear();

        assertThat(dao.getAllByFailoverVnicProfileId(bridged.getId())).extracting(VnicProfile::getName)
                .containsExactly("vf1", "vf2");
        assertThat(dao.getAllByFailoverVnicProfileId(UUID.randomUUID())).isEmpty();
    }

    @Test
    void viewCarriesNetworkDataCenterAndFailoverNames() {
        DataCenter dc = dataCenter("dc1");
        VnicProfile bridged = profile(network(dc, "mgmt"), "mgmt-profile");
        VnicProfile vf = failoverProfile(network(dc, "sriov"), "vf", bridged);
        flushAndClear();

        VnicProfileView view = dao.getView(vf.getId());

        assertThat(view.networkName()).isEqualTo("sriov");
        assertThat(view.dataCenterId()).isEqualTo(dc.getId());
        assertThat(view.dataCenterName()).isEqualTo("dc1");
        assertThat(view.failoverVnicProfileId()).isEqualTo(bridged.getId());
        assertThat(view.failoverVnicProfileName()).isEqualTo("mgmt-profile");
        assertThat(dao.getView(bridged.getId()).failoverVnicProfileName()).isNull();
        assertThat(view.toProfile().getFailoverVnicProfileId()).isEqualTo(bridged.getId());
    }

    @Test
    void allViewsAndViewsForNetworkAreComplete() {
        DataCenter dc = dataCenter("dc");
        Network mgmt = network(dc, "mgmt");
        VnicProfile bridged = profile(mgmt, "mgmt");
        failoverProfile(network(dc, "sriov"), "vf", bridged);
        flushAndClear();

        assertThat(dao.getAllViews()).extracting(VnicProfileView::name).containsExactly("mgmt", "vf");
        assertThat(dao.getAllViewsForNetwork(mgmt.getId())).extracting(VnicProfileView::name)
                .containsExactly("mgmt");
    }

    @Test
    void removingAProfileThatIsSomeonesFailoverIsRefusedByTheForeignKey() {
        DataCenter dc = dataCenter("dc");
        VnicProfile bridged = profile(network(dc, "mgmt"), "mgmt");
        failoverProfile(network(dc, "sriov"), "vf", bridged);
        flushAndClear();

        assertThatThrownBy(() -> dao.remove(bridged.getId())).isInstanceOf(DataIntegrityViolationException.class)
                .hasStackTraceContaining("violates foreign key constraint");
    }

    @Test
    void aProfileCannotBeItsOwnFailoverInTheDatabase() {
        DataCenter dc = dataCenter("dc");
        VnicProfile self = new VnicProfile(UUID.randomUUID(), "self", network(dc, "n").getId());
        self.setFailoverVnicProfileId(self.getId());

        assertThatThrownBy(() -> dao.save(self)).hasStackTraceContaining("vnic_profiles_failover_not_self");
    }

    @Test
    void failoverColumnIsIndexed() {
        Object count = em.createNativeQuery("select count(*) from pg_indexes where tablename = 'vnic_profiles' "
                + "and indexdef like '%(failover_vnic_profile_id)%'").getSingleResult();
        assertThat(((Number) count).intValue()).isEqualTo(1);
    }

    @Test
    void foreignKeyIsOnDeleteRestrict() {
        Object rule = em.createNativeQuery("select confdeltype from pg_constraint where conrelid = "
                + "'vnic_profiles'::regclass and contype = 'f' and conkey = (select array_agg(attnum) from "
                + "pg_attribute where attrelid = 'vnic_profiles'::regclass and attname = 'failover_vnic_profile_id')")
                .getSingleResult();
        assertThat(rule.toString()).isEqualTo("r");
    }

    @Test
    void updateChangesFailoverAndRemoveDeletes() {
        DataCenter dc = dataCenter("dc");
        VnicProfile bridged = profile(network(dc, "mgmt"), "mgmt");
        VnicProfile vf = failoverProfile(network(dc, "sriov"), "vf", bridged);
        flushAndClear();

        VnicProfile changed = dao.get(vf.getId());
        changed.setFailoverVnicProfileId(null);
        dao.update(changed);
        flushAndClear();
        assertThat(dao.get(vf.getId()).getFailoverVnicProfileId()).isNull();

        dao.remove(vf.getId());
        flushAndClear();
        assertThat(dao.get(vf.getId())).isNull();
    }

    @Test
    void getByNameInNetworkIsScopedToTheNetwork() {
        DataCenter dc = dataCenter("dc");
        Network a = network(dc, "a");
        VnicProfile p = profile(a, "same");
        profile(network(dc, "b"), "same");
        flushAndClear();

        assertThat(dao.getByNameInNetwork("same", a.getId()).getId()).isEqualTo(p.getId());
        assertThat(dao.getByNameInNetwork("missing", a.getId())).isNull();
    }
}
