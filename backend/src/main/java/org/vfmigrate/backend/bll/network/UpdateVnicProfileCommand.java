package org.vfmigrate.backend.bll.network;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.backend.bll.validator.VnicProfileValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.UpdateVnicProfileParameters;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/**
 * Updates a vNIC profile: SPEC-failover.md §1.1 (rules 1–6) then §1.2 (rule 7: a profile used as failover is
 * not updated; rule 8: the failover link does not change under running NICs).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.UPDATE_VNIC_PROFILE)
public class UpdateVnicProfileCommand extends VnicProfileCommandBase<UpdateVnicProfileParameters> {

    public UpdateVnicProfileCommand(VnicProfileDao vnicProfileDao, NetworkDao networkDao, VmNicDao vmNicDao) {
        super(vnicProfileDao, networkDao, vmNicDao);
    }

    @Override
    protected ValidationResult validate() {
        VnicProfile profile = getParameters().vnicProfile();
        VnicProfile stored = profile.getId() == null ? null : vnicProfileDao.get(profile.getId());
        VnicProfileValidator validator = validatorFor(profile);
        if (stored == null) {
            return validator.vnicProfileExists(null);
        }
        Network network = networkDao.get(stored.getNetworkId());
        auditProfile(stored, network);
        return firstFailure(
                () -> EntityNameValidator.validName(profile.getName(), 50),
                () -> EntityNameValidator.validDescription(profile.getDescription()),
                () -> validator.networkNotChanged(stored),
                () -> validator.nameNotUsedInNetwork(),
                () -> validator.validFailoverId(network),
                () -> validator.profileNotUsedAsFailover(),
                () -> validator.failoverNotChangedIfUsedByVms(stored));
    }

    @Override
    protected Object execute() {
        VnicProfile updated = vnicProfileDao.update(getParameters().vnicProfile());
        return updated.getId();
    }
}
