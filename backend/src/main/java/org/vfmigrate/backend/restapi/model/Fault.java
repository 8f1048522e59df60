package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code <fault><reason>…</reason><detail>…</detail></fault>}, the oVirt error body. */
@XmlRootElement(name = "fault")
public class Fault {

    public String reason;

    public String detail;

    public Fault() {
    }

    public Fault(String reason, String detail) {
        this.reason = reason;
        this.detail = detail;
    }
}
