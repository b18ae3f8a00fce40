package org.mujaz.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.mujaz.model.DatePrecision;

/**
 * A date expression in a sentence.
 *
 * @param text      the words as written («أمس الأربعاء», "next Tuesday")
 * @param date      the resolved date, or null when unresolved
 * @param precision how much of {@code date} the words give (a month's date is its first day)
 * @param relative  true when it needs the article date («أمس», "next month"), false for "March 2005"
 * @param weekday   a weekday the text names alongside a relative day, or null
 */
record DateMention(String text, LocalDate date, DatePrecision precision, int start, boolean relative, DayOfWeek weekday) {
}
