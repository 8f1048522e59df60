package org.vfmigrate.backend.bll.host;

import static org.vfmigrate.backend.bll.validator.ValidationChain.firstFailure;

import java.util.UUID;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.bll.validator.EntityNameValidator;
import org.vfmigrate.backend.host.HostDrivers;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.AddHostParameters;
import org.vfmigrate.common.businessentities.Cluster;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.ClusterDao;
import org.vfmigrate.dal.dao.host.HostDao;

/** Adds a host to a cluster, in maintenance; activating it reads its devices and networks. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.ADD_HOST)
public class AddHostCommand extends CommandBase<AddHostParameters> {

    private final HostDao hostDao;
    private final ClusterDao clusterDao;
    private final HostDrivers drivers;

    public AddHostCommand(HostDao hostDao, ClusterDao clusterDao, HostDrivers drivers) {
        this.hostDao = hostDao;
        this.clusterDao = clusterDao;
        this.drivers = drivers;
    }

    @Override
    protected ValidationResult validate() {
        Host host = getParameters().host();
        if (host.getId() == null) {
            host.setId(UUID.randomUUID());
        }
        audit().host(host.getId(), host.getName());
        Cluster cluster = host.getClusterId() == null ? null : clusterDao.get(host.getClusterId());
        HostValidator validator = new HostValidator(host, hostDao);
        return firstFailure(
                () -> EntityNameValidator.validName(host.getName(), 255),
                () -> validator.clusterExists(cluster),
                () -> validator.addressUsable(drivers),
                () -> validator.addressWellFormed(drivers),
                validator::nameNotUsed,
                validator::addressNotUsed,
                validator::parallelMigrationsInRange);
    }

    @Override
    protected Object execute() {
        Host host = getParameters().host();
        host.setStatus(HostStatus.MAINTENANCE);
        hostDao.save(host);
        return host.getId();
    }
}
