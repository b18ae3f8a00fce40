package org.mujaz.render;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import org.mujaz.model.DatePrecision;
import org.mujaz.model.Lang;

/**
 * Dates and numbers per site language. The Arabic tree uses Arabic-Indic digits (٠١٢٣) everywhere,
 * dates and counts alike, as Arabic news sites in the Mashreq do; the English tree uses Latin digits.
 * Always Gregorian: the articles' dates are Gregorian and analysts compare them across languages.
 */
final class LocaleFormats {

    private static final ULocale ARABIC = new ULocale("ar@numbers=arab;calendar=gregorian");
    private static final ULocale ENGLISH = new ULocale("en@calendar=gregorian");

    private LocaleFormats() {
    }

    static ULocale ulocale(Lang lang) { return lang == Lang.AR ? ARABIC : ENGLISH; }

    /** A long date such as "5 March 2025" / "٥ مارس ٢٠٢٥"; "" for null. */
    static String longDate(LocalDate date, Lang lang) { return date(date, DatePrecision.DAY, lang); }

    /**
     * A date to the precision the text gave: "5 March 2025", "March 2025", "Q1 2025" or "2025" («٥ مارس ٢٠٢٥»، «مارس ٢٠٢٥»،
     * «٢٠٢٥»), so a step planned "in March" is not shown as on the 1st; "" for null.
     */
    static String date(LocalDate date, DatePrecision precision, Lang lang) {
        if (date == null) return "";
        // DateFormat is not thread-safe; a new one per call keeps the renderer thread-safe and is cheap
        // next to template processing.
        DateFormat f = switch (precision) {
            case DAY -> DateFormat.getDateInstance(DateFormat.LONG, ulocale(lang));
            case MONTH -> DateFormat.getInstanceForSkeleton(DateFormat.YEAR_MONTH, ulocale(lang));
            case QUARTER -> DateFormat.getInstanceForSkeleton(DateFormat.YEAR_QUARTER, ulocale(lang));
            case YEAR -> DateFormat.getInstanceForSkeleton(DateFormat.YEAR, ulocale(lang));
        };
        f.setTimeZone(TimeZone.GMT_ZONE);
        Calendar c = new GregorianCalendar(TimeZone.GMT_ZONE, ulocale(lang));
        c.clear();
        c.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        return f.format(c.getTime());
    }
}
