package org.vfmigrate.backend.restapi.model;

import java.util.ArrayList;
import java.util.List;

/** {@code <usages><usage>vm</usage></usages>}: a network with usage {@code vm} carries VM traffic. */
public class Usages {

    public List<String> usage = new ArrayList<>();
}
