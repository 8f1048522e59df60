package org.vfmigrate.backend.bll.network;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_CANNOT_CHANGE_DATA_CENTER;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_SUPPORTED_WITH_EXTERNAL_NETWORK;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NETWORK_NOT_EXISTS;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_NETWORK_WITH_PROFILES_MUST_BE_VM_NETWORK;

import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.UpdateNetworkParameters;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;

/**
 * Updates a network. A network with profiles stays a VM network, and one whose profile serves as failover does
 * not become external: either change would silently break SPEC-failover.md rules 4 and 5 after the fact.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.UPDATE_NETWORK)
public class UpdateNetworkCommand extends CommandBase<UpdateNetworkParameters> {

    private final NetworkDao networkDao;
    private final VnicProfileDao vnicProfileDao;

    public UpdateNetworkCommand(NetworkDao networkDao, VnicProfileDao vnicProfileDao) {
        this.networkDao = networkDao;
        this.vnicProfileDao = vnicProfileDao;
    }

    @Override
    protected ValidationResult validate() {
        Network network = getParameters().network();
        Network stored = network.getId() == null ? null : networkDao.get(network.getId());
        if (stored == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_NETWORK_NOT_EXISTS);
        }
        audit().network(network.getId(), network.getName());
        List<VnicProfile> profiles = vnicProfileDao.getAllForNetwork(network.getId());
        boolean servesAsFailover = profiles.stream()
                .anyMatch(p -> !vnicProfileDao.getAllByFailoverVnicProfileId(p.getId()).isEmpty());
        NetworkValidator validator = new NetworkValidator(network, networkDao, vnicProfileDao);
        return firstFailure(
                () -> EntityNameValidator.validName(network.getName(), 50),
                () -> EntityNameValidator.validDescription(network.getDescription()),
                () -> ValidationResult.failWith(ACTION_TYPE_FAILED_CANNOT_CHANGE_DATA_CENTER)
                        .unless(stored.getDataCenterId().equals(network.getDataCenterId())),
                validator::nameNotUsedInDataCenter,
                validator::vlanInRange,
                validator::mtuInRange,
                validator::bridgeNameValid,
                () -> ValidationResult.failWith(ACTION_TYPE_FAILED_NETWORK_WITH_PROFILES_MUST_BE_VM_NETWORK)
                        .when(!network.isVmNetwork() && !profiles.isEmpty()),
                () -> ValidationResult.failWith(
                        ACTION_TYPE_FAILED_FAILOVER_VNIC_PROFILE_NOT_SUPPORTED_WITH_EXTERNAL_NETWORK)
                        .when(network.isExternal() && !stored.isExternal() && servesAsFailover));
    }

    @Override
    protected Object execute() {
        return networkDao.update(getParameters().network()).getId();
    }
}
