package org.mujaz.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mujaz.model.DatePrecision;

/**
 * One pattern of date words, how its match resolves against the article date (base may be null), and how much of
 * a date the match gives (a month, «في مارس», resolves to its first day but is no more than a month).
 */
record DateRule(Pattern pattern, boolean relative, Precision precision, Resolver resolver) {

    interface Resolver {
        /** The date for a match, or null; {@code future} says the sentence looks forward. */
        LocalDate resolve(Matcher m, LocalDate base, boolean future);
    }

    interface Precision {
        DatePrecision of(Matcher m);
    }

    /** A rule whose matches give a whole day. */
    static DateRule of(String regex, boolean relative, Resolver r) { return of(regex, relative, m -> DatePrecision.DAY, r); }

    static DateRule of(String regex, boolean relative, Precision p, Resolver r) {
        return new DateRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), relative, p, r);
    }
}
