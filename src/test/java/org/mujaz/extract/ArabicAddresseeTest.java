package org.mujaz.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mujaz.model.Article;
import org.mujaz.model.Brief;
import org.mujaz.model.Lang;
import org.mujaz.model.Statement;

/** Words near an Arabic verb of saying that are not its source: the medium spoken to, the person a role belongs to. */
class ArabicAddresseeTest {

    private static Brief extract(String... paragraphs) {
        Article a = new Article(Path.of("t.md"), "t", Lang.AR, "t", null, "", "", List.of(), List.of(), "t", "t", false,
                List.of(paragraphs), java.util.stream.IntStream.range(0, paragraphs.length).map(i -> i + 1).boxed().toList());
        return new BriefExtractor(List.of(), List.of()).extract(a);
    }

    @Test
    void theSourceBetweenKanaAndQadSpeaksNotTheMagazine() {
        Brief b = extract("فازت باللقب في ذلك العام سلمى الرفاعي من حلب. وكانت الرفاعي قد صرحت لمجلة الأسبوع الأدبي في عام 2014 قائلةً: \"أعرف أن المسابقات لا تروق للجميع لكنها فتحت لي أبوابا كثيرة\".");
        assertThat(b.statements()).extracting(Statement::speaker).containsExactly("سلمى الرفاعي");
    }

    @Test
    void aVerbWithOnlyAnAddresseeCarriesThePreviousSource() {
        Brief b = extract("وقال وزير المالية خالد العمري إن \"الميزانية الجديدة تحمي الإنفاق على التعليم والصحة\".",
                "وأضاف للصحفيين إن \"الحكومة لن ترفع الضرائب هذا العام على الإطلاق\".");
        assertThat(b.statements()).extracting(Statement::speaker).containsOnly("خالد العمري");
        assertThat(b.statements()).extracting(Statement::speaker).doesNotContain("للصحفيين");
    }

    @Test
    void aNameGovernedByAnIndefiniteNounIsNotTheSource() {
        Brief b = extract("وتواجه المرشحة سلوى الحداد منافسها في الانتخابات التمهيدية الشهر المقبل.",
                "وقالت حملة الحداد في بيان إن \"المرشحة لن تنسحب مهما كانت نتائج الاستطلاعات\".",
                "وأوضحت ريم الخطيب، مستشارة الحداد، أن الفريق \"يستعد لمناظرة طويلة وصعبة\".");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("المرشحة لن")).extracting(Statement::speaker)
                .containsExactly("حملة الحداد");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("يستعد")).extracting(Statement::speaker)
                .containsExactly("ريم الخطيب");
    }

    @Test
    void theRelativePronounBeforeTheVerbSpeaksForItsAntecedentWhenTheyAgree() {
        Brief b = extract("وكان الاستثناء الوحيد هو منى الساعدي، عضوة البرلمان عن دائرة البصرة، التي قالت إن \"القانون يحتاج إلى مراجعة شاملة\".",
                "وقال مصدر أمني إن القصف أصاب المخازن والتي أوضح أنها كانت فارغة منذ أسابيع.",
                "وأضافت الحكومة لاحقا أن \"اللجنة ستنشر تقريرها كاملا\".");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("القانون")).extracting(Statement::speaker)
                .containsExactly("منى الساعدي");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("كانت فارغة")).extracting(Statement::speaker)
                .doesNotContain("المخازن");
    }

    @Test
    void objectsAdverbialsReflexivesAndRelayedSayingAreNotSources() {
        Brief b = extract("ووصفت الوكالة الرسمية زيارة الوفد بأنها \"خطوة مهمة نحو تعزيز التعاون\".",
                "وقالت هالة الشريف إن مشروعها الجديد بدأ قبل عام. وبحماسة كبيرة تقول إن \"الرياضة غيرت حياتي كلها\".",
                "لكنها قالت لنفسها إن \"هذا هو الوقت المناسب للتغيير\".",
                "ونقلت الصحيفة عن سامر الأحمد، رئيس تحرير الموقع، قوله إن مصادر موثوقة أبلغته بالخطة.");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("خطوة مهمة")).extracting(Statement::speaker)
                .containsExactly("الوكالة الرسمية");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("الرياضة") || s.text().startsWith("هذا هو"))
                .extracting(Statement::speaker).containsOnly("هالة الشريف");
        assertThat(b.statements()).filteredOn(s -> s.text().startsWith("مصادر موثوقة")).extracting(Statement::speaker)
                .containsExactly("سامر الأحمد");
    }

    @Test
    void aParagraphThatIsOnlyAQuoteGoesOnInTheVoiceOfThePersonQuoted() {
        Brief b = extract("وقالت المدربة هالة الشريف: \"بدأت التدريب في قبو المنزل قبل عشر سنوات\".",
                "وتعمل الشريف اليوم في ناد كبير في المدينة.",
                "\"كانت المتدربات يخجلن في البداية لكن الأمر تغير بسرعة\".");
        assertThat(b.statements()).extracting(Statement::speaker).containsOnly("هالة الشريف");
    }

    @Test
    void anOutletAddressedByNameIsNotTheSource() {
        Brief b = extract("وقالت المدربة هالة الشريف إن النادي يتوسع بسرعة كبيرة.",
                "وتقول لبي بي سي بعد عام إنها الآن \"تعيش الحلم الذي انتظرته طويلا\".");
        assertThat(b.statements()).extracting(Statement::speaker).doesNotContain("لبي بي سي").contains("هالة الشريف");
    }

    @Test
    void aCircumstantialClauseAfterTheVerbIsNotTheSource() {
        Brief b = extract("وقالت الناشطة منى السيد إن الاحتجاج كان سلميا تماما.",
                "وتقول وعليها علامات الغضب إن \"الأمر لا يعدو كونه خرافة سعينا لدحضها طيلة سنوات\".");
        assertThat(b.statements()).extracting(Statement::speaker).containsOnly("منى السيد");
    }
}
