package org.mujaz.site;

import org.mujaz.model.Brief;
import org.mujaz.model.Statement;

/** A statement together with the brief it comes from, for listing a person's statements across briefs. */
public record Quote(Brief brief, Statement statement) {
}
