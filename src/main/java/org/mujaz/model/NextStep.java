package org.mujaz.model;

import java.time.LocalDate;

/**
 * A planned, scheduled or ordered action.
 *
 * @param actor     who is to act, or ""
 * @param when      resolved date or deadline, or {@code null}
 * @param whenText  the words that gave the date ("الأسبوع المقبل", "by March"), or ""
 * @param paragraph 1-based paragraph number
 */
public record NextStep(String text, String actor, LocalDate when, String whenText, int paragraph) {
}
