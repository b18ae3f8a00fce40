package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mujaz.model.Brief;
import org.mujaz.model.DatePrecision;
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

    @ParameterizedTest(name = "{1} → {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            AR | ستعقد القمة في مارس                     | 2022-03-01 | MONTH
            AR | ستعقد القمة في 14 مارس                  | 2022-03-14 | DAY
            AR | ستعقد القمة في مايو 2023                | 2023-05-01 | MONTH
            AR | سيزور الوفد بغداد الشهر المقبل           | 2021-05-01 | MONTH
            AR | تجرى الانتخابات العام المقبل             | 2022-01-01 | YEAR
            AR | ستعقد الجولة المقبلة يوم الأحد المقبل     | 2021-04-11 | DAY
            EN | a deal by March                         | 2022-03-01 | MONTH
            EN | a deal by March 14                      | 2022-03-14 | DAY
            EN | talks in June 2021                      | 2021-06-01 | MONTH
            EN | the plant opens next month              | 2021-05-01 | MONTH
            EN | elections next year                     | 2022-01-01 | YEAR
            EN | a review in mid-2023                    | 2023-07-01 | YEAR
            EN | a deal by the end of the year           | 2021-12-31 | DAY
            EN | approval in the first quarter of 2022   | 2022-01-01 | QUARTER
            EN | opens in the third quarter of next year | 2022-07-01 | QUARTER
            EN | results for Q4 2021                     | 2021-10-01 | QUARTER
            AR | خلال الربع الثالث من العام المقبل        | 2022-07-01 | QUARTER
            AR | في الربع الأخير من 2023                 | 2023-10-01 | QUARTER
            AR | في الربع الأول من العام                 | 2021-01-01 | QUARTER
            """)
    void aMonthOrAYearWithoutADayKeepsThatPrecision(Lang lang, String text, LocalDate date, DatePrecision precision) {
        assertThat(new DateResolver(lang, SEED_DATE, new Warnings()).find(text, true)).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(date);
            assertThat(d.precision()).isEqualTo(precision);
        });
    }

    @Test
    void aNextStepCarriesThePrecisionOfItsDate() {
        Brief b = Articles.EXTRACTOR.extract(Articles.of(Lang.EN, SEED_DATE, "The ministers will meet again in Geneva in March to sign the deal."));
        assertThat(b.nextSteps()).singleElement().satisfies(s -> {
            assertThat(s.when()).isEqualTo(LocalDate.of(2022, 3, 1));
            assertThat(s.precision()).isEqualTo(DatePrecision.MONTH);
            assertThat(s.whenText()).isEqualTo("March");
        });
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
