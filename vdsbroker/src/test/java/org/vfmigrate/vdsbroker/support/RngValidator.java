package org.vfmigrate.vdsbroker.support;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Validates documents against libvirt's RELAX NG domain schema with Jing; collects the error messages. */
public final class RngValidator {

    private final List<String> errors = new ArrayList<>();
    private final ValidationDriver driver;

    public RngValidator() {
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        driver = new ValidationDriver(props.toPropertyMap());
        try {
            if (!driver.loadSchema(ValidationDriver.fileInputSource(LibvirtEnvironment.SCHEMA.toFile()))) {
                throw new IllegalStateException("Cannot load " + LibvirtEnvironment.SCHEMA + ": " + errors);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot load " + LibvirtEnvironment.SCHEMA, e);
        }
    }

    /** The validation errors of {@code xml}; empty when valid. */
    public List<String> validate(String xml) {
        errors.clear();
        try {
            driver.validate(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            errors.add(e.toString());
        }
        return List.copyOf(errors);
    }
}
