package org.vfmigrate.backend.bll.network;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import java.util.UUID;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.backend.bll.validator.VnicProfileValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddVnicProfileParameters;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/** Adds a vNIC profile to a VM network; with a failover profile, SPEC-failover.md §1.1 decides. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.ADD_VNIC_PROFILE)
public class AddVnicProfileCommand extends VnicProfileCommandBase<AddVnicProfileParameters> {

    public AddVnicProfileCommand(VnicProfileDao vnicProfileDao, NetworkDao networkDao, VmNicDao vmNicDao) {
        super(vnicProfileDao, networkDao, vmNicDao);
    }

    @Override
    protected ValidationResult validate() {
        VnicProfile profile = getParameters().vnicProfile();
        if (profile.getId() == null) {
            profile.setId(UUID.randomUUID());
        }
        Network network = networkDao.get(profile.getNetworkId());
        auditProfile(profile, network);
        VnicProfileValidator validator = validatorFor(profile);
        return firstFailure(
                () -> EntityNameValidator.validName(profile.getName(), 50),
                () -> EntityNameValidator.validDescription(profile.getDescription()),
                () -> validator.networkExists(network),
                () -> validator.networkIsVmNetwork(network),
                () -> validator.nameNotUsedInNetwork(),
                () -> validator.validFailoverId(network));
    }

    @Override
    protected Object execute() {
        VnicProfile profile = getParameters().vnicProfile();
        vnicProfileDao.save(profile);
        return profile.getId();
    }
}
