package org.vfmigrate.backend.bll.network;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_NOT_EXIST;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NAME_ALREADY_USED;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NETWORK_BRIDGE_NAME_INVALID;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NETWORK_MTU_OUT_OF_RANGE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NETWORK_VLAN_OUT_OF_RANGE;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_VNIC_PROFILE_IS_FAILOVER_FOR;

import java.util.List;
import java.util.regex.Pattern;
import org.vfmigrate.backend.bll.validator.NameLists;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;

/** The rules of a logical network: its data center, name, VLAN, MTU and bridge. */
class NetworkValidator {

    /** A Linux interface name: 1–15 characters, none of '/', ':' or white space. */
    static final Pattern LINUX_IFNAME = Pattern.compile("[^/:\\s]{1," + Network.MAX_BRIDGE_NAME_LENGTH + "}");

    private final Network network;
    private final NetworkDao networkDao;
    private final VnicProfileDao vnicProfileDao;

    NetworkValidator(Network network, NetworkDao networkDao, VnicProfileDao vnicProfileDao) {
        this.network = network;
        this.networkDao = networkDao;
        this.vnicProfileDao = vnicProfileDao;
    }

    ValidationResult dataCenterExists(DataCenter dc) {
        return ValidationResult.failWith(ACTION_TYPE_FAILED_DATA_CENTER_NOT_EXIST).when(dc == null);
    }

    ValidationResult nameNotUsedInDataCenter() {
        Network sameName = networkDao.getByNameInDataCenter(network.getName(), network.getDataCenterId());
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NAME_ALREADY_USED)
                .when(sameName != null && !sameName.getId().equals(network.getId()));
    }

    ValidationResult vlanInRange() {
        Integer vlan = network.getVlanId();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NETWORK_VLAN_OUT_OF_RANGE, "VlanId", String.valueOf(vlan))
                .when(vlan != null && (vlan < 0 || vlan > Network.MAX_VLAN_ID));
    }

    ValidationResult mtuInRange() {
        int mtu = network.getMtu();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NETWORK_MTU_OUT_OF_RANGE, "Mtu", String.valueOf(mtu))
                .unless(mtu == 0 || (mtu >= Network.MIN_MTU && mtu <= Network.MAX_MTU));
    }

    ValidationResult bridgeNameValid() {
        String bridge = network.getBridgeName();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_NETWORK_BRIDGE_NAME_INVALID, "BridgeName",
                String.valueOf(bridge)).when(bridge != null && !LINUX_IFNAME.matcher(bridge).matches());
    }

    /** No profile of another network uses one of this network's profiles as failover. */
    ValidationResult profilesNotFailoverOfOtherNetworks(List<VnicProfile> ownProfiles) {
        List<String> users = ownProfiles.stream()
                .flatMap(p -> vnicProfileDao.getAllByFailoverVnicProfileId(p.getId()).stream())
                .filter(user -> !user.getNetworkId().equals(network.getId()))
                .map(VnicProfile::getName)
                .toList();
        return ValidationResult.failWith(ACTION_TYPE_FAILED_VNIC_PROFILE_IS_FAILOVER_FOR,
                "ENTITIES_USING_FAILOVER", NameLists.shortList(users)).unless(users.isEmpty());
    }

    /** The bridge a VM network gets when none is named: the network's name, if Linux accepts it. */
    static String defaultBridgeName(Network network) {
        return network.isVmNetwork() && LINUX_IFNAME.matcher(network.getName()).matches() ? network.getName() : null;
    }
}
