package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <action>}: the body of {@code POST …/{id}/<action>} and its answer, {@code <status>complete</status>}.
 * A VM start may name its host as {@code <host id/>} or oVirt's
 * {@code <vm><placement_policy><hosts><host id/></hosts></placement_policy></vm>}.
 */
@XmlRootElement(name = "action")
public class Action {

    public String status;

    public Ref host;

    public ActionVm vm;

    public Action() {
    }

    public static Action complete() {
        Action a = new Action();
        a.status = "complete";
        return a;
    }

    /** {@code <vm>} inside an action. */
    public static class ActionVm {

        @jakarta.xml.bind.annotation.XmlElement(name = "placement_policy")
        public PlacementPolicy placementPolicy;
    }

    /** {@code <placement_policy><hosts><host id/></hosts></placement_policy>}. */
    public static class PlacementPolicy {

        public Hosts hosts;
    }
}
