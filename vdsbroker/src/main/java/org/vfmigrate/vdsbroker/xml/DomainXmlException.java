package org.vfmigrate.vdsbroker.xml;

import org.vfmigrate.common.errors.EngineException;

/** Domain XML that cannot be read or written (malformed, forbidden DTD, unexpected structure). */
public class DomainXmlException extends EngineException {

    public DomainXmlException(String message) {
        super(message);
    }

    public DomainXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
