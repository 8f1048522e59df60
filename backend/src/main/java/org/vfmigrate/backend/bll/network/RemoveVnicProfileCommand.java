package org.vfmigrate.backend.bll.network;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.VnicProfileValidator;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.RemoveVnicProfileParameters;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/**
 * Removes a vNIC profile unless another profile uses it as failover (rule 9, where the reference silently nulls
 * the link) or a VM NIC uses it (rule 10).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.REMOVE_VNIC_PROFILE)
public class RemoveVnicProfileCommand extends VnicProfileCommandBase<RemoveVnicProfileParameters> {

    private VnicProfile stored;

    public RemoveVnicProfileCommand(VnicProfileDao vnicProfileDao, NetworkDao networkDao, VmNicDao vmNicDao) {
        super(vnicProfileDao, networkDao, vmNicDao);
    }

    @Override
    protected ValidationResult validate() {
        stored = vnicProfileDao.get(getParameters().id());
        VnicProfileValidator validator = validatorFor(stored);
        if (stored == null) {
            return validator.vnicProfileExists(null);
        }
        auditProfile(stored, networkDao.get(stored.getNetworkId()));
        return firstFailure(
                validator::profileNotFailoverOfOthersForRemoval,
                validator::vnicProfileNotUsedByVms);
    }

    @Override
    protected Object execute() {
        vnicProfileDao.remove(stored.getId());
        return stored.getId();
    }
}
