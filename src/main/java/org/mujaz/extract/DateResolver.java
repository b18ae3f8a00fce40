package org.mujaz.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.mujaz.model.Lang;

/**
 * Finds date words and resolves relative ones («أمس الأربعاء», "next Tuesday", "by March") against the
 * article date; warns when a named weekday disagrees with the resolved day, or when there is no date.
 */
final class DateResolver {

    private final LocalDate base;
    private final List<DateRule> rules;
    private final Warnings warnings;
    private final Set<String> warned = new HashSet<>();

    /** The article date relative dates resolve against, or null. */
    LocalDate base() { return base; }

    DateResolver(Lang lang, LocalDate base, Warnings warnings) {
        this.base = base;
        this.rules = lang == Lang.AR ? ArabicDates.RULES : EnglishDates.RULES;
        this.warnings = warnings;
    }

    /** Date expressions of a text, leftmost first, without overlaps (earlier rules win a tie). */
    List<DateMention> find(String text, boolean future) {
        List<DateMention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (DateRule rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (m.end() == m.start() || overlaps(taken, m.start(), m.end())) continue;
                for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                LocalDate d = rule.relative() && base == null ? null : safe(rule, m, future);
                out.add(new DateMention(m.group().strip(), d, rule.precision().of(m), m.start(), rule.relative(), weekdayIn(m)));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private LocalDate safe(DateRule rule, Matcher m, boolean future) {
        try {
            return rule.resolver().resolve(m, base, future);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static DayOfWeek weekdayIn(Matcher m) {
        try {
            String name = m.group("wd");
            return name == null ? null : weekday(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static DayOfWeek weekday(String name) {
        String f = WordKey.fold(name).replace("ال", "");
        if (f.startsWith("احد") || f.startsWith("sun")) return DayOfWeek.SUNDAY;
        if (f.startsWith("اثنين") || f.startsWith("mon")) return DayOfWeek.MONDAY;
        if (f.startsWith("ثلاثا") || f.startsWith("tue")) return DayOfWeek.TUESDAY;
        if (f.startsWith("اربعا") || f.startsWith("wed")) return DayOfWeek.WEDNESDAY;
        if (f.startsWith("خميس") || f.startsWith("thu")) return DayOfWeek.THURSDAY;
        if (f.startsWith("جمعه") || f.startsWith("fri")) return DayOfWeek.FRIDAY;
        if (f.startsWith("سبت") || f.startsWith("sat")) return DayOfWeek.SATURDAY;
        return null;
    }

    /** 1–12 for an English month name, else 0. */
    static int monthOf(String word) {
        for (java.time.Month m : java.time.Month.values()) {
            if (m.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH).equalsIgnoreCase(word)) return m.getValue();
        }
        return 0;
    }

    /** The nearest such weekday on or before the base (past narration) or after it (future). */
    static LocalDate nearest(LocalDate base, DayOfWeek day, boolean future) {
        return future ? base.with(TemporalAdjusters.next(day)) : base.with(TemporalAdjusters.previousOrSame(day));
    }

    private static boolean overlaps(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) if (taken[i]) return true;
        return false;
    }

    /** Scans every sentence for relative dates that cannot be resolved or whose weekday disagrees. */
    void checkAll(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            for (DateMention d : find(p.text(), false)) {
                if (d.relative() && base == null) {
                    if (warned.add(WordKey.fold(d.text()))) {
                        warnings.add(p.number(), "relative date «" + d.text() + "» left unresolved: the article has no date");
                    }
                } else if (d.weekday() != null && d.date() != null && d.date().getDayOfWeek() != d.weekday()) {
                    warnings.add(p.number(), "«" + d.text() + "» resolves to " + d.date() + ", a "
                            + d.date().getDayOfWeek().toString().toLowerCase() + ", not the named weekday");
                }
            }
        }
    }
}
