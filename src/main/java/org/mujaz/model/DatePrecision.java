package org.mujaz.model;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How much of a date the text gave: «في مارس» and "by March" name a month, "the first quarter of 2005" a quarter,
 * «العام المقبل» a year. Such a date is
 * stored as a day of its period (usually the first), so the period, not the day, is what may be shown.
 */
public enum DatePrecision {
    DAY, MONTH, QUARTER, YEAR;

    public String code() { return name().toLowerCase(Locale.ROOT); }

    /**
     * ISO 8601 to this precision: "2027-03-14", "2027-03" or "2027" (valid in an HTML {@code <time datetime>}, which
     * has no quarters: a quarter gives its year).
     */
    public String iso(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case QUARTER, YEAR -> String.valueOf(date.getYear());
        };
    }

    /** The last day of the period {@code date} stands for. */
    public LocalDate lastDay(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> date.withMonth((date.getMonthValue() - 1) / 3 * 3 + 3).with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> date.with(TemporalAdjusters.lastDayOfYear());
        };
    }
}
