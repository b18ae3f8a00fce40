package org.mujaz.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mujaz.model.DatePrecision;
import org.mujaz.model.Lang;

/** Dates are shown to the precision the article gave, in each tree's language and digits. */
class LocaleFormatsTest {

    private static final LocalDate JULY = LocalDate.of(2005, 7, 1);

    @Test
    void aQuarterIsShownAsAQuarterAndItsLastDayEndsIt() {
        assertThat(LocaleFormats.date(JULY, DatePrecision.QUARTER, Lang.EN)).isEqualTo("3rd quarter 2005");
        assertThat(LocaleFormats.date(JULY, DatePrecision.QUARTER, Lang.AR)).isEqualTo("الربع الثالث ٢٠٠٥");
        assertThat(DatePrecision.QUARTER.lastDay(JULY)).isEqualTo(LocalDate.of(2005, 9, 30));
        assertThat(DatePrecision.QUARTER.iso(JULY)).isEqualTo("2005");
    }

    @Test
    void aMonthAndAYearKeepTheirPrecision() {
        assertThat(LocaleFormats.date(JULY, DatePrecision.MONTH, Lang.EN)).isEqualTo("July 2005");
        assertThat(LocaleFormats.date(JULY, DatePrecision.YEAR, Lang.EN)).isEqualTo("2005");
    }
}
