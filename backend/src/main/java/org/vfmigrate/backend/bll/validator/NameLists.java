package org.vfmigrate.backend.bll.validator;

import java.util.List;

/** Formats the lists of names that messages show: the first five, then "…". */
public final class NameLists {

    public static final int SHOWN = 5;

    private NameLists() {
    }

    public static String shortList(List<String> names) {
        if (names.size() <= SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, SHOWN)) + ", …";
    }
}
