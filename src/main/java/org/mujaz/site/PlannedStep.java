package org.mujaz.site;

import org.mujaz.model.Brief;
import org.mujaz.model.NextStep;

/** A next step together with the brief it comes from, for the site-wide timeline. */
public record PlannedStep(Brief brief, NextStep step) {
}
