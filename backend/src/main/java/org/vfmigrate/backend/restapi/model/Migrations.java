package org.vfmigrate.backend.restapi.model;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code <migrations>}: a VM's migrations, newest first. */
@XmlRootElement(name = "migrations")
public class Migrations {

    @XmlElement(name = "migration")
    public List<Migration> items = new ArrayList<>();

    public Migrations() {
    }

    public Migrations(List<Migration> items) {
        this.items = items;
    }
}
