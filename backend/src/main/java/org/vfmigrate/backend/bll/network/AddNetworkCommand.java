package org.vfmigrate.backend.bll.network;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import java.util.UUID;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddNetworkParameters;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.DataCenterDao;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;

/**
 * Adds a logical network to a data center. As in oVirt, a VM network also gets a vNIC profile of its own name
 * unless the caller says none is required; a VM network without a bridge name gets its own name as bridge.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.ADD_NETWORK)
public class AddNetworkCommand extends CommandBase<AddNetworkParameters> {

    private final NetworkDao networkDao;
    private final DataCenterDao dataCenterDao;
    private final VnicProfileDao vnicProfileDao;

    public AddNetworkCommand(NetworkDao networkDao, DataCenterDao dataCenterDao, VnicProfileDao vnicProfileDao) {
        this.networkDao = networkDao;
        this.dataCenterDao = dataCenterDao;
        this.vnicProfileDao = vnicProfileDao;
    }

    @Override
    protected ValidationResult validate() {
        Network network = getParameters().network();
        if (network.getId() == null) {
            network.setId(UUID.randomUUID());
        }
        if (network.getBridgeName() == null) {
            network.setBridgeName(NetworkValidator.defaultBridgeName(network));
        }
        DataCenter dc = network.getDataCenterId() == null ? null : dataCenterDao.get(network.getDataCenterId());
        audit().network(network.getId(), network.getName());
        audit().dataCenter(network.getDataCenterId(), dc == null ? "" : dc.getName());
        NetworkValidator validator = new NetworkValidator(network, networkDao, vnicProfileDao);
        return firstFailure(
                () -> EntityNameValidator.validName(network.getName(), 50),
                () -> EntityNameValidator.validDescription(network.getDescription()),
                () -> validator.dataCenterExists(dc),
                validator::nameNotUsedInDataCenter,
                validator::vlanInRange,
                validator::mtuInRange,
                validator::bridgeNameValid);
    }

    @Override
    protected Object execute() {
        Network network = getParameters().network();
        networkDao.save(network);
        if (getParameters().vnicProfileRequired() && network.isVmNetwork()) {
            vnicProfileDao.save(new VnicProfile(UUID.randomUUID(), network.getName(), network.getId()));
        }
        return network.getId();
    }
}
