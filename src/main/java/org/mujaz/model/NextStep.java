package org.mujaz.model;

import java.time.LocalDate;

/**
 * A planned, scheduled or ordered action.
 *
 * @param actor     who is to act, or ""
 * @param when      resolved date or deadline, or {@code null}; when {@code precision} is coarser than a day,
 *                  a day of that month or year (its first, or 1 July for "mid-2027")
 * @param precision how much of {@code when} the text gave; {@code null} exactly when {@code when} is
 * @param whenText  the words that gave the date ("الأسبوع المقبل", "by March"), or ""
 * @param paragraph 1-based paragraph number
 */
public record NextStep(String text, String actor, LocalDate when, DatePrecision precision, String whenText, int paragraph) {

    public NextStep {
        // A date without a precision (an editor's correction, a brief stored before precisions) is a whole date.
        precision = when == null ? null : precision == null ? DatePrecision.DAY : precision;
    }

    /** The same step with another actor. */
    public NextStep withActor(String newActor) {
        return new NextStep(text, newActor, when, precision, whenText, paragraph);
    }

    /** A step whose date, if any, is a day. */
    public NextStep(String text, String actor, LocalDate when, String whenText, int paragraph) {
        this(text, actor, when, DatePrecision.DAY, whenText, paragraph);
    }
}
