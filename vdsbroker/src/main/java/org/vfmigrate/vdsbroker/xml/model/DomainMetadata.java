package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import java.util.ArrayList;
import java.util.List;
import org.vfmigrate.vdsbroker.xml.model.metadata.VfmigrateMetadata;

/**
 * {@code <metadata>}: application namespaces. Our own {@link VfmigrateMetadata} element is bound to a type;
 * other applications' elements are kept as DOM.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public class DomainMetadata {

    @XmlAnyElement(lax = true)
    private List<Object> content;

    public List<Object> getContent() {
        if (content == null) {
            content = new ArrayList<>();
        }
        return content;
    }

    /** Our metadata element, or null. */
    public VfmigrateMetadata vfmigrate() {
        return getContent().stream()
            .filter(VfmigrateMetadata.class::isInstance)
            .map(VfmigrateMetadata.class::cast)
            .findFirst()
            .orElse(null);
    }
}
