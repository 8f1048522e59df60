package org.vfmigrate.common.businessentities.vm;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link GuestOs} by its oVirt type name. */
@Converter
public class GuestOsConverter implements AttributeConverter<GuestOs, String> {

    @Override
    public String convertToDatabaseColumn(GuestOs os) {
        return os == null ? null : os.apiName();
    }

    @Override
    public GuestOs convertToEntityAttribute(String name) {
        return name == null ? null : GuestOs.byApiName(name).orElse(GuestOs.OTHER);
    }
}
