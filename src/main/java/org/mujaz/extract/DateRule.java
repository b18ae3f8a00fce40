package org.mujaz.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One pattern of date words and how its match resolves against the article date (base may be null). */
record DateRule(Pattern pattern, boolean relative, Resolver resolver) {

    interface Resolver {
        /** The date for a match, or null; {@code future} says the sentence looks forward. */
        LocalDate resolve(Matcher m, LocalDate base, boolean future);
    }

    static DateRule of(String regex, boolean relative, Resolver r) {
        return new DateRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), relative, r);
    }
}
