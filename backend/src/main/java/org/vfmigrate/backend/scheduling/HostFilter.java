package org.vfmigrate.backend.scheduling;

/**
 * One scheduling rule applied to one host. The check and the explanation are split on purpose: the host loop only
 * asks {@link #accepts}, which must not allocate, and reasons are built only when no host fits and the user needs to
 * know why. {@link #rejectionReason} is called only for a host that {@link #accepts} rejected.
 */
interface HostFilter {

    boolean accepts(SchedulingHost host, SchedulingContext context);

    /** Why {@code host} was rejected, as shown to the user after "host &lt;name&gt;: ". */
    String rejectionReason(SchedulingHost host, SchedulingContext context);
}
