package org.vfmigrate.backend.bll.host;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import org.vfmigrate.backend.bll.CommandFor;
import org.vfmigrate.backend.host.HostInventorySync;
import org.vfmigrate.common.action.ActionType;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.businessentities.host.HostStatus;
import org.vfmigrate.common.errors.EngineException;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDao;
import org.vfmigrate.vdsbroker.host.HostOperationException;
import org.vfmigrate.vdsbroker.host.HostPciInventory;

/**
 * Brings a host up: reads its PFs, VFs and bridges from the host and stores them, then marks it up. A host that
 * cannot be reached stays as it was and the failure, and its audit entry's {@code ${Reason}}, name the host's own
 * error.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@CommandFor(ActionType.ACTIVATE_HOST)
public class ActivateHostCommand extends HostByIdCommandBase {

    private final HostInventorySync inventory;

    public ActivateHostCommand(HostDao hostDao, HostInventorySync inventory) {
        super(hostDao);
        this.inventory = inventory;
    }

    @Override
    protected ValidationResult validate() {
        ValidationResult exists = hostExists();
        if (!exists.isValid()) {
            return exists;
        }
        return new HostValidator(host, hostDao).statusIsOneOf(HostStatus.MAINTENANCE, HostStatus.NON_RESPONSIVE,
                HostStatus.PREPARING_FOR_MAINTENANCE);
    }

    @Override
    protected Object execute() {
        HostPciInventory read;
        try {
            read = inventory.read(host);
        } catch (EngineException e) {
            audit().put("Reason", reason(e));
            throw e;
        }
        inventory.store(host, read);
        host.setStatus(HostStatus.UP);
        hostDao.update(host);
        return host.getId();
    }

    /** The host's own error text (the entry already names the host), without a final full stop. */
    private static String reason(EngineException e) {
        String text = e instanceof HostOperationException h && h.detail() != null ? h.detail() : e.getMessage();
        String line = text.strip().lines().findFirst().orElse("the host did not answer");
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
}
