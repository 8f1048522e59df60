package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <network_attachments>}: a collection of {@code <network_attachment>}. */
@XmlRootElement(name = "network_attachments")
public class NetworkAttachments {

    @XmlElement(name = "network_attachment")
    public List<NetworkAttachment> items = new ArrayList<>();

    public NetworkAttachments() {
    }

    public NetworkAttachments(List<NetworkAttachment> items) {
        this.items = items;
    }
}
