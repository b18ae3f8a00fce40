package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mujaz.model.Brief;
import org.mujaz.model.Statement;

/** A subjectless feminine or masculine verb of saying continues the last source that agrees with it. */
class ArabicGenderAgreementTest {

    @Test
    void aFeminineCarryOverSkipsBackOverAMan() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقالت وزيرة الصحة سميرة الحسن إن \"المستشفيات تعمل بكامل طاقتها منذ الأسبوع الماضي\".",
                "ورد النائب خالد العمري بأن \"الأرقام الرسمية لا تعكس الواقع في الأرياف\".",
                "وأضافت أن \"الوزارة سترسل فرقا طبية إضافية إلى المحافظات الشمالية\"."));
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("الوزارة سترسل")).extracting(Statement::speaker)
                .containsExactly("سميرة الحسن");
    }

    @Test
    void aMasculineCarryOverSkipsBackOverAMinistry() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال المتحدث باسم الجيش العقيد سامي النجار إن \"القوات أنهت عملياتها في المنطقة الحدودية\".",
                "وأكدت وزارة الدفاع في بيان أن \"الانسحاب تم وفق الجدول الزمني المتفق عليه\".",
                "وأضاف النجار للصحفيين أن \"الوحدات ستعود إلى ثكناتها خلال أيام\".",
                "وتابع أن \"الجنود سيحصلون على إجازات بعد عودتهم\"."));
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("الجنود")).extracting(Statement::speaker)
                .containsExactly("سامي النجار");
    }

    @Test
    void anUnknownGenderKeepsTheLastSource() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقالت ماريا كوستا إن \"المفاوضات تسير ببطء شديد منذ بدايتها\".",
                "وأضافت أن \"الطرفين لم يتفقا بعد على جدول الأعمال\"."));
        assertThat(b.statements()).extracting(Statement::speaker).containsOnly("ماريا كوستا");
    }

    @Test
    void aPluralCarryOverGoesToAPluralSource() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال الناشطون إن \"الاحتجاجات ستستمر حتى تلبية المطالب كلها\".",
                "وقال المتحدث باسم الشرطة إن \"الوضع تحت السيطرة الكاملة منذ الصباح\".",
                "وأضافوا أن \"السلطات لم تستجب لأي مطلب حتى الآن\"."));
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("السلطات")).extracting(Statement::speaker)
                .containsExactly("الناشطون");
    }

    @Test
    void aJoinedVerbInsideTheSentenceSharesTheOpeningVerbsSubject() {
        Brief b = Articles.EXTRACTOR.extract(Articles.arabic(
                "وقال الوزير خالد العمري إن الوضع مستقر تماما في العاصمة.",
                "ومنحت الإكوادور الصحفي اللجوء في سفارتها عام 2012، وقالت إنها تخاف على حياته من ملاحقة قضائية.",
                "واستقبلت الحكومة بعثة الأمم المتحدة في المطار، وأكدت أن \"المفاوضات ستستمر حتى التوصل إلى اتفاق\"."));
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("تخاف")).extracting(Statement::speaker).containsExactly("الإكوادور");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("المفاوضات")).extracting(Statement::speaker).containsOnly("الحكومة");
    }
}
