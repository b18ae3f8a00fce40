package org.mujaz.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mujaz.model.BriefWarning;

/** A bounded, de-duplicated list of extraction warnings, so an odd article cannot flood the output. */
final class Warnings {

    static final int CAP = 20;
    private final Set<BriefWarning> items = new LinkedHashSet<>();

    void add(int paragraph, String message) {
        if (items.size() < CAP) items.add(new BriefWarning(paragraph, message));
    }

    List<BriefWarning> list() { return new ArrayList<>(items); }
}
