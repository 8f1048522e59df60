package org.vfmigrate.vdsbroker.host;

import java.util.concurrent.CompletableFuture;

/** Define, start, destroy and undefine domains on one host. */
public interface DomainLifecycle {

    /** Defines (or redefines) a persistent domain from its XML. */
    void define(String domainXml);

    /** Starts a defined domain; completes when it runs. */
    CompletableFuture<Void> start(String vmName);

    /** Powers a running domain off at once (its VFs are released). */
    void destroy(String vmName);

    /** Removes the definition of a domain that is not running. */
    void undefine(String vmName);
}
