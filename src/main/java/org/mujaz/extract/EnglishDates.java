package org.mujaz.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.mujaz.model.DatePrecision;

/** English date words: yesterday/today/tomorrow, (next|last|on) weekday, next week, by March, by the end of the year. */
final class EnglishDates {

    private static final String WD = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October|November|December)";

    static final List<DateRule> RULES = List.of(
            // "the first quarter of 2005", "the third quarter of next year", "Q4 2006": a quarter, stored as its first day
            DateRule.of("\\b(?<q>first|second|third|fourth|final|last)\\s+quarter\\s+of\\s+(?:(?<year>\\d{4})|(?<rel>next|this|the)\\s+year)\\b"
                    + "|\\bQ(?<qn>[1-4])\\s+(?<qyear>\\d{4})\\b", false, m -> DatePrecision.QUARTER, EnglishDates::quarter),
            DateRule.of("\\byesterday(?:,?\\s+" + WD + ")?\\b", true, (m, b, f) -> b.minusDays(1)),
            DateRule.of("\\btomorrow(?:,?\\s+" + WD + ")?\\b", true, (m, b, f) -> b.plusDays(1)),
            DateRule.of("\\bnext\\s+" + WD + "\\b", true, (m, b, f) -> DateResolver.nearest(b, DateResolver.weekday(m.group("wd")), true)),
            DateRule.of("\\blast\\s+" + WD + "\\b", true,
                    (m, b, f) -> DateResolver.nearest(b.minusDays(1), DateResolver.weekday(m.group("wd")), false)),
            DateRule.of("\\bnext week\\b", true, (m, b, f) -> b.plusWeeks(1)),
            DateRule.of("\\blast week\\b", true, (m, b, f) -> b.minusWeeks(1)),
            DateRule.of("\\bnext month\\b", true, m -> DatePrecision.MONTH, (m, b, f) -> b.plusMonths(1).withDayOfMonth(1)),
            DateRule.of("\\blast month\\b", true, m -> DatePrecision.MONTH, (m, b, f) -> b.minusMonths(1).withDayOfMonth(1)),
            DateRule.of("\\bnext year\\b", true, m -> DatePrecision.YEAR, (m, b, f) -> LocalDate.of(b.getYear() + 1, 1, 1)),
            DateRule.of("\\blast year\\b", true, m -> DatePrecision.YEAR, (m, b, f) -> LocalDate.of(b.getYear() - 1, 1, 1)),
            DateRule.of("\\bby the end of (?:the|this) year\\b", true, (m, b, f) -> LocalDate.of(b.getYear(), 12, 31)),
            DateRule.of("\\bby the end of next year\\b", true, (m, b, f) -> LocalDate.of(b.getYear() + 1, 12, 31)),
            // "mid-2027" is no particular month: the year is what it gives (and whenText keeps the words).
            DateRule.of("\\bmid-(?<year>\\d{4})\\b", false, m -> DatePrecision.YEAR, (m, b, f) -> LocalDate.of(Integer.parseInt(m.group("year")), 7, 1)),
            DateRule.of("\\b(?:(?<day>\\d{1,2})\\s+)?" + MONTH.replace("|May|", "|(?<=\\d\\s|in\\s|by\\s|of\\s|until\\s|since\\s)May|")
                    + "(?:\\s+(?<day2>\\d{1,2})(?!\\d))?(?:,?\\s+(?<year>\\d{4}))?\\b", false,
                    m -> m.group("day") == null && m.group("day2") == null ? DatePrecision.MONTH : DatePrecision.DAY, EnglishDates::month),
            DateRule.of("\\b(?:on\\s+)?" + WD + "\\b", true,
                    (m, b, f) -> DateResolver.nearest(f ? b.minusDays(1) : b, DateResolver.weekday(m.group("wd")), f)));

    private EnglishDates() {
    }

    private static LocalDate quarter(Matcher m, LocalDate base, boolean future) {
        int q = m.group("qn") != null ? Integer.parseInt(m.group("qn"))
                : switch (m.group("q").toLowerCase()) { case "first" -> 1; case "second" -> 2; case "third" -> 3; default -> 4; };
        String y = m.group("qn") != null ? m.group("qyear") : m.group("year");
        int year = y != null ? Integer.parseInt(y) : base == null ? -1 : "next".equalsIgnoreCase(m.group("rel")) ? base.getYear() + 1 : base.getYear();
        return year < 0 ? null : LocalDate.of(year, (q - 1) * 3 + 1, 1);
    }

    private static LocalDate month(Matcher m, LocalDate base, boolean future) {
        int month = 0;
        for (Month x : Month.values()) {
            if (x.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(m.group("month"))) month = x.getValue();
        }
        String d = m.group("day") != null ? m.group("day") : m.group("day2");
        int day = d == null ? 1 : Integer.parseInt(d);
        if (m.group("year") != null) return LocalDate.of(Integer.parseInt(m.group("year")), month, day);
        if (base == null) return null;
        int year = base.getYear() + (future && month < base.getMonthValue() ? 1 : 0);
        return LocalDate.of(year, month, day);
    }
}
