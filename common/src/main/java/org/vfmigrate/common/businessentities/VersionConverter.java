package org.vfmigrate.common.businessentities;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Version} as its {@code major.minor} text. */
@Converter
public class VersionConverter implements AttributeConverter<Version, String> {

    @Override
    public String convertToDatabaseColumn(Version attribute) {
        return Version.toValue(attribute);
    }

    @Override
    public Version convertToEntityAttribute(String dbData) {
        return dbData == null ? null : Version.parse(dbData);
    }
}
