package org.mujaz.extract;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import org.mujaz.model.DatePrecision;

/** Arabic date words: أمس/اليوم/غدا with an optional weekday, «الأسبوع المقبل», month names (both series). */
final class ArabicDates {

    private static final String WD = "(?<wd>ال[أاإ]حد|ال[أاإ]ثنين|الثلاثاء|ال[أا]ربعاء|الخميس|الجمع[ةه]|السبت)(?![\\p{L}])";
    /** No letter before, except a joined و/ف/ب (وأمس، فاليوم). */
    private static final String START = "(?<![\\p{L}&&[^وفب]])";
    private static final String NEXT = "(?:المقبل|القادم|المقبلة|القادمة|المقبله|القادمه)";
    private static final String LAST = "(?:الماضي|المنصرم|الماضية|المنصرمة|الماضيه)";
    private static final String[][] MONTHS = {
        {"يناير", "كانون الثاني"}, {"فبراير", "شباط"}, {"مارس", "[آا]ذار"}, {"[أا]بريل", "نيسان"}, {"مايو", "[أا]يار"},
        {"يونيو|يونيه", "حزيران"}, {"يوليو|يوليه", "تموز"}, {"[أا]غسطس", "[آا]ب"}, {"سبتمبر", "[أا]يلول"},
        {"[أا]كتوبر", "تشرين ال[أا]ول"}, {"نوفمبر", "تشرين الثاني"}, {"ديسمبر", "كانون ال[أا]ول"}};

    /** Hijri months in order; a Hijri date needs its day, month, year and usually هـ. */
    private static final String[] HIJRI = {"محرم", "صفر", "ربيع الأول|ربيع الاول", "ربيع الآخر|ربيع الثاني|ربيع الاخر",
        "جمادى الأولى|جمادى الاولى|جمادى الأول", "جمادى الآخرة|جمادى الثانية|جمادى الاخرة", "رجب", "شعبان", "رمضان",
        "شوال", "ذو القعدة|ذي القعدة", "ذو الحجة|ذي الحجة"};

    static final List<DateRule> RULES = List.of(
            DateRule.of("(?<hday>\\d{1,2})\\s+(?<hmonth>" + String.join("|", HIJRI) + ")\\s+(?:عام\\s+|سنة\\s+)?(?<hyear>1[34]\\d\\d)"
                    + "\\s*(?:هـ|ه(?![\\p{L}])|للهجرة)?", false, ArabicDates::hijri),
            DateRule.of(START + "(?:[أا]ول|ما قبل) [أا]مس(?![\\p{L}])", true, (m, b, f) -> b.minusDays(2)),
            DateRule.of(START + "بعد غد(?![\\p{L}])", true, (m, b, f) -> b.plusDays(2)),
            DateRule.of(START + "(?:يوم )?(?:[أا]مس|البارحة)(?![\\p{L}])(?:،?\\s+(?:يوم\\s+)?" + WD + ")?", true, (m, b, f) -> b.minusDays(1)),
            DateRule.of(START + "(?:غدا|غدًا|غداً)(?![\\p{L}])(?:،?\\s+(?:يوم\\s+)?" + WD + ")?", true, (m, b, f) -> b.plusDays(1)),
            DateRule.of(START + "اليوم(?:،?\\s+" + WD + ")", true, (m, b, f) -> b),
            DateRule.of("(?:يوم\\s+)?" + WD + "\\s+" + NEXT, true,
                    (m, b, f) -> DateResolver.nearest(b, DateResolver.weekday(m.group("wd")), true)),
            DateRule.of("(?:يوم\\s+)?" + WD + "\\s+" + LAST, true,
                    (m, b, f) -> DateResolver.nearest(b.minusDays(1), DateResolver.weekday(m.group("wd")), false)),
            DateRule.of("ال[أا]سبوع " + NEXT, true, (m, b, f) -> b.plusWeeks(1)),
            DateRule.of("ال[أا]سبوع " + LAST, true, (m, b, f) -> b.minusWeeks(1)),
            DateRule.of("الشهر " + NEXT, true, m -> DatePrecision.MONTH, (m, b, f) -> b.plusMonths(1).withDayOfMonth(1)),
            DateRule.of("الشهر " + LAST, true, m -> DatePrecision.MONTH, (m, b, f) -> b.minusMonths(1).withDayOfMonth(1)),
            // «الربع الأول من العام المقبل»، «الربع الثالث من 2018»: a quarter, stored as its first day
            DateRule.of("الربع (?<q>ال[أا]ول|الثاني|الثالث|الرابع|ال[أا]خير)(?: من)?(?:(?: (?:العام|عام|السن[ةه]))?(?: (?<year>\\d{4})| (?<rel>"
                    + NEXT + "|الحالي|الجاري|الحالية|الجارية))| (?:العام|السن[ةه])(?![\\p{L}\\d ]))", false, m -> DatePrecision.QUARTER, ArabicDates::quarter),
            DateRule.of("(?:العام|السن[ةه]) " + NEXT, true, m -> DatePrecision.YEAR, (m, b, f) -> LocalDate.of(b.getYear() + 1, 1, 1)),
            DateRule.of("(?:العام|السن[ةه]) " + LAST, true, m -> DatePrecision.YEAR, (m, b, f) -> LocalDate.of(b.getYear() - 1, 1, 1)),
            DateRule.of("(?:(?<day>\\d{1,2})\\s*(?:من\\s+)?)?(?<![\\p{L}])(?<month>" + monthAlternatives() + ")(?![\\p{L}])(?:\\s*[/(]\\s*(?:"
                    + monthAlternatives() + ")\\s*\\)?)?(?:\\s+(?:عام\\s+|سنة\\s+)?(?<year>\\d{4}))?", false,
                    m -> m.group("day") == null ? DatePrecision.MONTH : DatePrecision.DAY, ArabicDates::month),
            DateRule.of("(?:يوم\\s+)?" + WD, true,
                    (m, b, f) -> DateResolver.nearest(f ? b.minusDays(1) : b, DateResolver.weekday(m.group("wd")), f)));

    private ArabicDates() {
    }

    private static LocalDate quarter(Matcher m, LocalDate base, boolean future) {
        String w = m.group("q");
        int q = w.endsWith("ول") ? 1 : w.equals("الثاني") ? 2 : w.equals("الثالث") ? 3 : 4;
        int year;
        if (m.group("year") != null) year = Integer.parseInt(m.group("year"));
        else if (base == null) return null;
        else year = m.group("rel") != null && m.group("rel").matches(NEXT) ? base.getYear() + 1 : base.getYear();
        return LocalDate.of(year, (q - 1) * 3 + 1, 1);
    }

    private static String monthAlternatives() {
        StringBuilder b = new StringBuilder();
        for (String[] pair : MONTHS) b.append(b.length() == 0 ? "" : "|").append(pair[0]).append('|').append(pair[1]);
        return b.toString();
    }

    /** A Hijri date converted with ICU's Umm al-Qura calendar. */
    private static LocalDate hijri(Matcher m, LocalDate base, boolean future) {
        int month = 0;
        for (int i = 0; i < HIJRI.length; i++) if (m.group("hmonth").matches(HIJRI[i])) month = i + 1;
        IslamicCalendar cal = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        cal.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        cal.clear();
        cal.set(Integer.parseInt(m.group("hyear")), month - 1, Integer.parseInt(m.group("hday")));
        return LocalDate.ofEpochDay(Math.floorDiv(cal.getTimeInMillis(), 86_400_000L));
    }

    static int monthNumber(String name) {
        for (int i = 0; i < MONTHS.length; i++) {
            if (name.matches(MONTHS[i][0]) || name.matches(MONTHS[i][1])) return i + 1;
        }
        return 0;
    }

    /** A named month: the given day (or the 1st) in the given year, else the article's year (next one if the month is past and the sentence looks forward). */
    private static LocalDate month(Matcher m, LocalDate base, boolean future) {
        int month = monthNumber(m.group("month"));
        int day = m.group("day") == null ? 1 : Integer.parseInt(m.group("day"));
        if (m.group("year") != null) return LocalDate.of(Integer.parseInt(m.group("year")), month, day);
        if (base == null) return null;
        int year = base.getYear();
        if (future && month < base.getMonthValue()) year++;
        return LocalDate.of(year, month, day);
    }
}
