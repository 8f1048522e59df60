/** Our own element inside libvirt's {@code <metadata>}, in the vfmigrate namespace (prefix {@code vfm}). */
@XmlSchema(xmlns = @XmlNs(prefix = "vfm", namespaceURI = VfmigrateMetadata.NAMESPACE))
package org.vfmigrate.vdsbroker.xml.model.metadata;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlSchema;
