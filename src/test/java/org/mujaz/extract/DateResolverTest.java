package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Brief;
import org.mujaz.model.Lang;

/** Relative dates against the article date, and the warnings when they cannot be trusted. */
class DateResolverTest {

    private static final LocalDate SEED_DATE = LocalDate.of(2021, 4, 8);

    @Test
    void yesterdayWithItsWeekdayResolvesToTheDayBefore() {
        Warnings w = new Warnings();
        List<DateMention> found = new DateResolver(Lang.AR, SEED_DATE, w).find("جددت الولايات المتحدة، أمس الأربعاء، تأكيدها", false);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(LocalDate.of(2021, 4, 7));
            assertThat(d.text()).isEqualTo("أمس الأربعاء");
        });
    }

    @Test
    void aWeekdayThatDoesNotMatchTheResolvedDayIsWarnedAbout() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic("وصل الوفد أمس الثلاثاء إلى العاصمة."));
        assertThat(b.warnings()).singleElement().satisfies(w -> {
            assertThat(w.paragraph()).isEqualTo(1);
            assertThat(w.message()).contains("أمس الثلاثاء").contains("2021-04-07");
        });
    }

    @Test
    void theSeedsYesterdayWednesdayIsConsistent() {
        assertThat(Articles.EXTRACTOR.extract(Articles.seed()).warnings()).isEmpty();
    }

    @Test
    void nextWeekAndNextWeekdayResolveForward() {
        DateResolver r = new DateResolver(Lang.AR, SEED_DATE, new Warnings());
        assertThat(r.find("يعقد الاجتماع الأسبوع المقبل", true)).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2021, 4, 15)));
        DateResolver e = new DateResolver(Lang.EN, SEED_DATE, new Warnings());
        assertThat(e.find("The talks resume next Tuesday", true)).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2021, 4, 13)));
        assertThat(e.find("a deal by March 2022", true)).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2022, 3, 1)));
    }

    @Test
    void withoutAnArticleDateRelativeDatesAreLeftUnresolvedWithAWarning() {
        Brief b = Articles.EXTRACTOR.extract(Articles.of(Lang.EN, null, "The minister will visit Paris next week."));
        assertThat(b.nextSteps()).singleElement().satisfies(s -> {
            assertThat(s.when()).isNull();
            assertThat(s.whenText()).isEqualTo("next week");
        });
        assertThat(b.warnings()).anySatisfy(w -> assertThat(w.message()).contains("next week").contains("no date"));
    }

    @Test
    void hijriDatesAreConvertedWithTheUmmAlQuraCalendar() {
        DateResolver r = new DateResolver(Lang.AR, SEED_DATE, new Warnings());
        assertThat(r.find("يبدأ الصيام في 1 رمضان 1442 هـ حسب التقويم", true)).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2021, 4, 13)));
    }

    @Test
    void nextStepsCarryTheirResolvedDate() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic("وسيزور الوزير بغداد الأسبوع المقبل لبحث الملفات العالقة."));
        assertThat(b.nextSteps()).singleElement().satisfies(s -> {
            assertThat(s.when()).isEqualTo(LocalDate.of(2021, 4, 15));
            assertThat(s.whenText()).isEqualTo("الأسبوع المقبل");
        });
    }
}
