/**
 * Hand-written Jakarta XML Binding model of the subset of libvirt's domain XML that vfmigrate writes or
 * reads, one type per element named after its path as in libvirt-go-xml. Unknown content is preserved.
 */
package org.vfmigrate.vdsbroker.xml.model;
