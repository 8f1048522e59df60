package org.vfmigrate.backend.bll.vm;

import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.common.action.ActionParametersBase;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.network.VnicProfileView;
import org.vfmigrate.common.businessentities.vm.Vm;
import org.vfmigrate.common.businessentities.vm.VmNic;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.network.VnicProfileDao;
import org.vfmigrate.dal.dao.vm.VmDao;
import org.vfmigrate.dal.dao.vm.VmNicDao;

/**
 * What adding and editing a VM NIC share: their collaborators, the look-ups of the VM's cluster and the NIC's
 * profile, and the audit placeholders (VmName, InterfaceName, InterfaceType) filled while validating so that
 * even a failure entry names what it was about.
 */
abstract class VmInterfaceCommandBase<P extends ActionParametersBase> extends CommandBase<P> {

    protected final VmDao vmDao;
    protected final VmNicDao vmNicDao;
    protected final VnicProfileDao vnicProfileDao;
    protected final ClusterDao clusterDao;
    protected final MacPool macPool;
    protected final FailoverNics failoverNics;

    VmInterfaceCommandBase(VmDao vmDao, VmNicDao vmNicDao, VnicProfileDao vnicProfileDao, ClusterDao clusterDao,
            MacPool macPool, FailoverNics failoverNics) {
        this.vmDao = vmDao;
        this.vmNicDao = vmNicDao;
        this.vnicProfileDao = vnicProfileDao;
        this.clusterDao = clusterDao;
        this.macPool = macPool;
        this.failoverNics = failoverNics;
    }

    protected VnicProfileView profileOf(VmNic nic) {
        return nic.getVnicProfileId() == null ? null : vnicProfileDao.getView(nic.getVnicProfileId());
    }

    protected Cluster clusterOf(Vm vm) {
        return clusterDao.get(vm.getClusterId());
    }

    protected void auditNic(Vm vm, Cluster cluster, VmNic nic) {
        audit().vm(vm.getId(), vm.getName());
        audit().cluster(cluster.getId(), cluster.getName());
        audit().put("InterfaceName", nic.getName());
        if (nic.getType() != null) {
            audit().put("InterfaceType", nic.getType().apiName());
        }
    }

    protected VmNicValidator validatorFor(VmNic nic, Vm vm, Cluster cluster, VnicProfileView profile) {
        return new VmNicValidator(nic, vm, cluster, profile, vmNicDao);
    }
}
