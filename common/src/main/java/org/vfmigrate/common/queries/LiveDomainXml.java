package org.vfmigrate.common.queries;

/**
 * The answer of {@link QueryType#GET_VM_LIVE_DOMAIN_XML}: the domain XML as the VM's host reports it, or why
 * there is none.
 *
 * @param outcome what happened
 * @param xml the host's text, passed through unchanged; null unless {@link Outcome#READ}
 * @param detail why it could not be read, for a person; null when read
 */
public record LiveDomainXml(Outcome outcome, String xml, String detail) {

    /** How reading the live XML ended. */
    public enum Outcome {
        /** The host answered. */
        READ,
        /** No such VM. */
        NO_VM,
        /** The VM runs on no host. */
        NOT_RUNNING,
        /** The host could not answer. */
        HOST_FAILED
    }

    public static LiveDomainXml read(String xml) {
        return new LiveDomainXml(Outcome.READ, xml, null);
    }

    public static LiveDomainXml failed(Outcome outcome, String detail) {
        return new LiveDomainXml(outcome, null, detail);
    }
}
