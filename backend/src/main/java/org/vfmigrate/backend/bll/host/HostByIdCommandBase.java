package org.vfmigrate.backend.bll.host;

import static org.vfmigrate.common.errors.EngineMessage.ACTION_TYPE_FAILED_HOST_NOT_EXIST;

import org.vfmigrate.backend.bll.CommandBase;
import org.vfmigrate.common.action.HostIdParameters;
import org.vfmigrate.common.businessentities.host.Host;
import org.vfmigrate.common.validation.ValidationResult;
import org.vfmigrate.dal.dao.host.HostDao;

/** Base of the commands on one existing host by id (activate, deactivate, remove): finds it and names it. */
abstract class HostByIdCommandBase extends CommandBase<HostIdParameters> {

    protected final HostDao hostDao;
    protected Host host;

    HostByIdCommandBase(HostDao hostDao) {
        this.hostDao = hostDao;
    }

    /** The host exists; it is then in {@link #host} and named in the audit entry. */
    protected ValidationResult hostExists() {
        host = hostDao.get(getParameters().hostId());
        if (host == null) {
            return ValidationResult.failWith(ACTION_TYPE_FAILED_HOST_NOT_EXIST);
        }
        audit().host(host.getId(), host.getName());
        return ValidationResult.VALID;
    }
}
