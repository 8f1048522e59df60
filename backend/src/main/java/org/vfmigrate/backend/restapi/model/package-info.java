/**
 * The oVirt REST API v4 representations the engine speaks, as JAXB types: XML by default, JSON through Jackson
 * reading the same annotations. Scalar values are kept as text and parsed strictly by the mappers, so a bad
 * value becomes a clear 400 instead of JAXB's silent null.
 */
@XmlAccessorType(XmlAccessType.FIELD)
package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
