package org.vfmigrate.vdsbroker.host;

import java.util.List;

/** Reads what a host actually runs. */
public interface LiveDomainXml {

    /** The live XML of a running domain (or the definition of an inactive one). */
    String liveXml(String vmName);

    /** Names of the running domains. */
    List<String> runningDomains();
}
