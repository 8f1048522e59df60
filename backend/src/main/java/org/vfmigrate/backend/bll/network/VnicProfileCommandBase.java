package org.vfmigrate.backend.bll.network;

import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.validator.VnicProfileValidator;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.businessentities.network.Network;
import org.vfmigrate.common.businessentities.network.VnicProfile;
import org.vfmigrate.dal.dao.network.NetworkDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/** What the vNIC profile commands share: their DAOs, the validator, and the audit placeholders. */
abstract class VnicProfileCommandBase<P extends ActionParametersBase> extends CommandBase<P> {

    protected final VnicProfileDao vnicProfileDao;
    protected final NetworkDao networkDao;
    protected final VmNicDao vmNicDao;

    VnicProfileCommandBase(VnicProfileDao vnicProfileDao, NetworkDao networkDao, VmNicDao vmNicDao) {
        this.vnicProfileDao = vnicProfileDao;
        this.networkDao = networkDao;
        this.vmNicDao = vmNicDao;
    }

    protected VnicProfileValidator validatorFor(VnicProfile profile) {
        return new VnicProfileValidator(profile, vnicProfileDao, networkDao, vmNicDao);
    }

    protected void auditProfile(VnicProfile profile, Network network) {
        audit().vnicProfile(profile.getId(), profile.getName());
        if (network != null) {
            audit().network(network.getId(), network.getName());
            audit().dataCenter(network.getDataCenterId(), null);
        }
    }
}
