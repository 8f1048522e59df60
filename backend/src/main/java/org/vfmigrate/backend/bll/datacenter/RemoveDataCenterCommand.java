package org.vfmigrate.backend.bll.datacenter;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_NOT_EMPTY;
import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_DATA_CENTER_NOT_EXIST;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.RemoveDataCenterParameters;
import org.vfmigrate.common.businessentities.DataCenter;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.DataCenterDao;
import org.vfmigrate.dal.dao.network.NetworkDao;

/** Removes an empty data center; one with clusters or networks is refused and nothing is removed. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.REMOVE_DATA_CENTER)
public class RemoveDataCenterCommand extends CommandBase<RemoveDataCenterParameters> {

    private final DataCenterDao dataCenterDao;
    private final ClusterDao clusterDao;
    private final NetworkDao networkDao;

    public RemoveDataCenterCommand(DataCenterDao dataCenterDao, ClusterDao clusterDao, NetworkDao networkDao) {
        this.dataCenterDao = dataCenterDao;
        this.clusterDao = clusterDao;
        this.networkDao = networkDao;
    }

    @Override
    protected ValidationResult validate() {
        DataCenter dc = dataCenterDao.get(getParameters().id());
        if (dc == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_DATA_CENTER_NOT_EXIST);
        }
        audit().dataCenter(dc.getId(), dc.getName());
        List<String> contents = new ArrayList<>();
        int clusters = clusterDao.getAllForDataCenter(dc.getId()).size();
        int networks = networkDao.getAllForDataCenter(dc.getId()).size();
        if (clusters > 0) {
            contents.add(clusters + " cluster(s)");
        }
        if (networks > 0) {
            contents.add(networks + " network(s)");
        }
        return ValidationResult.failWith(ACTION_TYPE_FAILED_DATA_CENTER_NOT_EMPTY, "Contents",
                String.join(" and ", contents)).unless(contents.isEmpty());
    }

    @Override
    protected Object execute() {
        dataCenterDao.remove(getParameters().id());
        return getParameters().id();
    }
}
