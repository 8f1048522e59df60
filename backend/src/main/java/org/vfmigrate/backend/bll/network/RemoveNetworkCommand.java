package org.vfmigrate.backend.bll.network;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NETWORK_IN_USE_BY_VMS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NETWORK_NOT_EXISTS;

import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.NameLists;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.RemoveNetworkParameters;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.DataCenterDao;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/**
 * Removes a network with its vNIC profiles (as oVirt does), unless a VM uses one of them or a profile of
 * another network uses one as failover (SPEC rule 9 applied to the whole network).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.REMOVE_NETWORK)
public class RemoveNetworkCommand extends CommandBase<RemoveNetworkParameters> {

    private final NetworkDao networkDao;
    private final VnicProfileDao vnicProfileDao;
    private final VmNicDao vmNicDao;
    private final DataCenterDao dataCenterDao;
    private List<VnicProfile> profiles;

    public RemoveNetworkCommand(NetworkDao networkDao, VnicProfileDao vnicProfileDao, VmNicDao vmNicDao,
            DataCenterDao dataCenterDao) {
        this.dataCenterDao = dataCenterDao;
        this.networkDao = networkDao;
        this.vnicProfileDao = vnicProfileDao;
        this.vmNicDao = vmNicDao;
    }

    @Override
    protected ValidationResult validate() {
        Network network = networkDao.get(getParameters().id());
        if (network == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_NETWORK_NOT_EXISTS);
        }
        audit().network(network.getId(), network.getName());
        audit().dataCenter(network.getDataCenterId(), dataCenterDao.get(network.getDataCenterId()).getName());
        profiles = vnicProfileDao.getAllForNetwork(network.getId());
        List<String> vms = vmNicDao.getVmNamesUsingNetwork(network.getId());
        NetworkValidator validator = new NetworkValidator(network, networkDao, vnicProfileDao);
        return firstFailure(
                () -> ValidationResult.failWith(ACTION_TYPE_FAILED_NETWORK_IN_USE_BY_VMS, "VmNames",
                        NameLists.shortList(vms)).unless(vms.isEmpty()),
                () -> validator.profilesNotFailoverOfOtherNetworks(profiles));
    }

    @Override
    protected Object execute() {
        // Profiles pointing at a failover go first, so the RESTRICT foreign key never sees a dangling link.
        profiles.stream()
                .sorted(Comparator.comparing((VnicProfile p) -> p.getFailoverVnicProfileId() == null))
                .forEach(p -> vnicProfileDao.remove(p.getId()));
        networkDao.remove(getParameters().id());
        return getParameters().id();
    }
}
