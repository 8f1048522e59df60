/**
 * Hand-written Jakarta XML Binding model of the subset of libvirt's domain XML that vfmigrate writes or
 * reads, one type per element named after its path as in libvirt-go-xml. Unknown content is preserved.
 */
@XmlSchema(xmlns = @XmlNs(prefix = "vfm", namespaceURI = VfmigrateMetadata.NAMESPACE))
package org.vfmigrate.vdsbroker.xml.model;

import jakarta.xml.bind.annotation.XmlNs;
import jakarta.xml.bind.annotation.XmlSchema;
